#pragma once

#include "sync/Sync.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace guichet {

class Session;
class StatusLine;

// Family › Sync conflicts: each field changed on this counter and on another one, with both values, which
// counter and when; the clerk keeps this counter's value or takes the other's. The choice is recorded and
// reaches every counter with the next sync (Sync::resolve).
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int remaining() const { return int(m_conflicts.size()); }
    // The buttons' actions (public so that tests drive exactly what they do).
    void settleSelected(bool takeOther);
    QString status() const;

private:
    void reload();
    // A notice (a booking settled by the sync) is only acknowledged: "Noted" instead of keep / take.
    void showButtonsForSelection();

    Session &m_session;
    Sync m_sync;
    QTableWidget *m_table;
    StatusLine *m_status;
    QPushButton *m_keep, *m_take, *m_noted;
    QList<SyncConflict> m_conflicts;
};

} // namespace guichet
