#pragma once

#include "planning/AttendanceService.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace guichet {

class PrintService;
class Session;

// The kitchen's counts: meals per school and day for a day or a week, the diets and the children to
// watch (PAI, allergies); printed on A4, saved as PDF, or exported as CSV for French Excel.
class KitchenView : public QWidget
{
    Q_OBJECT

public:
    KitchenView(Session &session, PrintService *print, QWidget *parent = nullptr);

    void reload();
    void setRange(const QDate &from, const QDate &to);
    void showWeek(); // Monday to Friday of the first day's week

    QTableWidget *table() const { return m_table; }
    const QList<KitchenCount> &counts() const { return m_counts; }
    QString total() const;
    void exportCsv(const QString &path);

Q_SIGNALS:
    void message(const QString &text, bool error);

private:
    Session &m_session;
    PrintService *m_print;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_total;
    QList<KitchenCount> m_counts;
};

// Writes 'bytes' to 'path' in one go (QSaveFile); an error message for the clerk when it cannot.
QString writeExport(const QString &path, const QByteArray &bytes);
// Asks where to save a CSV export, starting from the last folder used.
QString askCsvPath(QWidget *parent, Session &session, const QString &suggestedName);

} // namespace guichet
