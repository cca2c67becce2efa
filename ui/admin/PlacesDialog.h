#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;
class QTableWidget;

namespace guichet {

class Session;
class StatusLine;

// Places a day per school for an activity (Administration › Places per school): the canteen's seats, the
// care room's size. "No limit" by default; bookings beyond the places are refused (BookingService).
class PlacesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlacesDialog(Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QSpinBox *placesOf(int row) const;
    QString status() const;
    void save();

private:
    void reload();

    Session &m_session;
    QComboBox *m_activity;
    QTableWidget *m_table;
    StatusLine *m_status;
};

} // namespace guichet
