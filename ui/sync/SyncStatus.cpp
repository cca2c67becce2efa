#include "sync/SyncStatus.h"

#include "common/CommuneTime.h"
#include "common/Settings.h"
#include "mail/Keyring.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "sync/BackgroundSync.h"
#include "sync/Sync.h"

#include <QMouseEvent>
#include <QProgressDialog>
#include <QTimer>

namespace guichet {

// What the first sync's dialog says, then what it is doing.
static QString firstSyncText(const QString &doing = {})
{
    const QString what =
        SyncStatus::tr("This counter receives the town's files, bookings and tickets from the "
                       "central database. It is ready once this is done.");
    return doing.isEmpty() ? what : what + QStringLiteral("\n\n") + doing;
}

SyncStatus::SyncStatus(Session &session, QWidget *parent)
    : QLabel(parent), m_session(session),
      m_sync(new BackgroundSync(session.database().path(), session.clock(), this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    connect(m_sync, &BackgroundSync::progress, this, [this](const QString &text) {
        setText(text);
        if (m_firstSync)
            m_firstSync->setLabelText(firstSyncText(text));
    });
    connect(m_sync, &BackgroundSync::finished, this, &SyncStatus::runFinished);
    connect(m_timer, &QTimer::timeout, this, &SyncStatus::syncOnTimer);
    if (const auto fresh = Sync::isNewCounter(session); fresh)
        m_newCounter = fresh.value();
    m_timer->start(IntervalMinutes * 60 * 1000);
    if (const auto open = Sync::openConflicts(session); open) // not a Sync: it reads every table's columns
        m_conflicts = open.value();
    refresh();
}

void SyncStatus::conflictsSettled(int remaining)
{
    m_conflicts = remaining;
    refresh();
}

SyncStatus::~SyncStatus() = default;

void SyncStatus::syncNow()
{
    const QString url = m_session.settings().centralUrl();
    if (url.isEmpty()) {
        m_trouble = tr("This counter has no central database: an administrator sets it in Administration › "
                       "Central database.");
        refresh();
        return;
    }
    if (!m_passwordRead) { // the keyring's, else libpq's .pgpass
        const auto password = Keyring::centralPassword(url);
        m_sync->setCentral(url, password ? password.value() : QString());
        m_passwordRead = true;
    }
    setText(tr("Sync: under way…"));
    if (m_newCounter && !m_firstSync) {
        m_firstSync = new QProgressDialog(firstSyncText(), QString(), 0, 0, window());
        m_firstSync->setObjectName(QStringLiteral("firstSyncDialog"));
        m_firstSync->setWindowTitle(tr("First sync of this counter"));
        m_firstSync->setWindowModality(Qt::WindowModal);
        m_firstSync->setMinimumDuration(0);
        m_firstSync->setCancelButton(nullptr); // one transaction: stopping it would only start it again later
        m_firstSync->show();
    }
    m_sync->syncNow();
}

void SyncStatus::syncOnTimer()
{
    if (!m_session.settings().centralUrl().isEmpty() && !m_newCounter)
        syncNow();
}

void SyncStatus::runFinished(const SyncRun &run)
{
    if (m_firstSync) {
        m_firstSync->close();
        m_firstSync->deleteLater();
        m_firstSync = nullptr;
    }
    if (const auto fresh = Sync::isNewCounter(m_session); fresh)
        m_newCounter = fresh.value();
    const QString at = m_session.time().dateTimeText(m_session.clock().nowUtc());
    m_conflicts = run.error.isEmpty() ? run.conflicts : m_conflicts;
    if (run.error.isEmpty()) {
        m_trouble.clear();
        m_lastText = tr("Last sync %1: %2 sent, %3 received.").arg(at).arg(run.pushed).arg(run.pulled);
    } else {
        m_trouble = tr("Sync of %1 failed: %2").arg(at, run.error);
    }
    refresh();
    if (run.applied > 0)
        Q_EMIT pulled();
}

void SyncStatus::refresh()
{
    QString text;
    if (m_session.settings().centralUrl().isEmpty())
        text = tr("Sync: this counter works alone");
    else if (!m_trouble.isEmpty())
        text = tr("Sync: offline");
    else if (m_newCounter)
        text = tr("Sync: the first one to run");
    else if (m_conflicts > 0)
        text = tr("Sync: %n conflict(s) to settle", nullptr, m_conflicts);
    else if (!m_lastText.isEmpty())
        text = tr("Sync: up to date");
    else
        text = tr("Sync: not yet");
    setText(text);
    // A counter that works alone has nothing to say about a sync: the status bar keeps its room.
    setVisible(!m_session.settings().centralUrl().isEmpty());
    QStringList tip;
    if (!m_lastText.isEmpty())
        tip += m_lastText;
    if (!m_trouble.isEmpty())
        tip += m_trouble + QLatin1Char(' ') + tr("The counter goes on; nothing is lost.");
    if (m_conflicts > 0)
        tip += tr("Click to settle the conflicts (Family › Sync conflicts).");
    if (m_newCounter)
        tip +=
            tr("The first sync brings the whole town to this counter, which waits for it (minutes for a big "
               "town): run it with Family › Synchronise now, or guichet-cli sync before opening the window.");
    else
        tip += tr("Family › Synchronise now; otherwise every %n minute(s).", nullptr, IntervalMinutes);
    setToolTip(tip.join(QLatin1Char('\n')));
}

void SyncStatus::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_conflicts > 0)
        Q_EMIT conflictsClicked();
    QLabel::mousePressEvent(event);
}

} // namespace guichet
