#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace guichet {

class Clock;
class SyncWorker;

// What a sync run did (the window's status bar).
struct SyncRun
{
    qint64 pushed = 0, pulled = 0, applied = 0;
    int conflicts = 0; // waiting for a clerk
    QString error;     // "" when it ran
};

// The window's sync: push then pull on a thread of its own, with its own connection to the database file and
// to the central database, so that a slow server never freezes the counter. One run at a time: asked again
// while one runs, it runs once more after it.
class BackgroundSync : public QObject
{
    Q_OBJECT

public:
    BackgroundSync(const QString &databasePath, const Clock &clock, QObject *parent = nullptr);
    ~BackgroundSync() override;

    // The central database (a URL without its password, or service=NAME) and its password ("" : .pgpass).
    void setCentral(const QString &url, const QString &password);
    void syncNow();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const guichet::SyncRun &run);

private:
    QThread m_thread;
    SyncWorker *m_worker;
    QString m_url, m_password;
    bool m_running = false;
    bool m_again = false;
};

} // namespace guichet

Q_DECLARE_METATYPE(guichet::SyncRun)
