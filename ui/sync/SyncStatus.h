#pragma once

#include <QDateTime>
#include <QLabel>

class QProgressDialog;
class QTimer;

namespace guichet {

class BackgroundSync;
class Session;
struct SyncRun;

// The status bar's sync: last sync, changes waiting, conflicts, trouble (tooltip). Owns the window's
// background sync: every few minutes while this counter has a central database (Administration › Central
// database), and at once on "Synchronise now". Clicking it while conflicts wait opens them.
//
// A new counter's first sync brings the whole town and holds the file while it does (minutes for a big town):
// it is not started by the timer but by hand, and the window waits for it behind a progress dialog, so that
// no clerk's action meets a file in use.
class SyncStatus : public QLabel
{
    Q_OBJECT

public:
    static constexpr int IntervalMinutes = 3;

    explicit SyncStatus(Session &session, QWidget *parent = nullptr);
    ~SyncStatus() override;

    void syncNow();
    void syncOnTimer(); // what the timer does: syncNow, unless the first sync is still to run by hand
    void refresh();
    void centralChanged()
    {
        m_passwordRead = false;
        refresh();
    } // the administrator changed it
    BackgroundSync &sync() const { return *m_sync; }
    int conflicts() const { return m_conflicts; }
    void conflictsSettled(int remaining); // the conflicts dialog closed

Q_SIGNALS:
    void pulled(); // rows changed here: what the window shows may be stale
    void conflictsClicked();

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void runFinished(const SyncRun &run);

    Session &m_session;
    BackgroundSync *m_sync;
    QTimer *m_timer;
    QProgressDialog *m_firstSync = nullptr; // while the first sync runs
    bool m_newCounter = false;
    bool m_passwordRead = false;
    int m_conflicts = 0;
    QString m_lastText, m_trouble;
};

} // namespace guichet
