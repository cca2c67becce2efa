#pragma once

#include <QDateTime>
#include <QLabel>

class QTimer;

namespace guichet {

class BackgroundSync;
class Session;
struct SyncRun;

// The status bar's sync: last sync, changes waiting, conflicts, trouble (tooltip). Owns the window's
// background sync: every few minutes while this counter has a central database (Administration › Central
// database), and at once on "Synchronise now". Clicking it while conflicts wait opens them.
class SyncStatus : public QLabel
{
    Q_OBJECT

public:
    static constexpr int IntervalMinutes = 3;

    explicit SyncStatus(Session &session, QWidget *parent = nullptr);
    ~SyncStatus() override;

    void syncNow();
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
    bool m_passwordRead = false;
    int m_conflicts = 0;
    QString m_lastText, m_trouble;
};

} // namespace guichet
