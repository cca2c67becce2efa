#include "mail/Keyring.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace guichet {

namespace {

const QString Service = QStringLiteral("Guichet Périscolaire");
constexpr int WaitMs = 10000;

// Runs a keychain job to its end (or the wait's); the job is the caller's (not deleted on finishing).
Status run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a clear-text file instead
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(WaitMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished)
        return Error::of(
            Keyring::tr("The desktop keyring did not answer within %1 seconds: unlock it (log in to "
                        "the desktop session) and try again.")
                .arg(WaitMs / 1000));
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return Status::success();
    return Error::of(Keyring::tr("The desktop keyring could not be used (%1). The mail server's password is "
                                 "kept only there: open a desktop session with its keyring (GNOME Keyring or "
                                 "KWallet), or give the password to guichet-cli mail send on stdin.")
                         .arg(job.errorString()));
}

} // namespace

QString Keyring::entry(const SmtpSettings &server)
{
    return server.url.trimmed() + QLatin1Char(' ') + server.user.trimmed();
}

Status Keyring::store(const QString &entry, const QString &password)
{
    if (password.isEmpty())
        return forget(entry);
    QKeychain::WritePasswordJob job(Service);
    job.setKey(entry);
    job.setTextData(password);
    return run(job);
}

Result<QString> Keyring::read(const QString &entry)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(entry);
    if (Status s = run(job); !s)
        return s.error();
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

Status Keyring::forget(const QString &entry)
{
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(entry);
    return run(job);
}

Status Keyring::storeSmtpPassword(const SmtpSettings &server, const QString &password)
{
    return store(entry(server), password);
}

Result<QString> Keyring::smtpPassword(const SmtpSettings &server)
{
    return read(entry(server));
}

Status Keyring::forgetSmtpPassword(const SmtpSettings &server)
{
    return forget(entry(server));
}

Status Keyring::storeCentralPassword(const QString &address, const QString &password)
{
    return store(QStringLiteral("central ") + address.trimmed(), password);
}

Result<QString> Keyring::centralPassword(const QString &address)
{
    return read(QStringLiteral("central ") + address.trimmed());
}

} // namespace guichet
