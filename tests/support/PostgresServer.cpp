#include "PostgresServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <unistd.h>

namespace guichet::test {

PostgresServer::PostgresServer()
{
    if (::geteuid() == 0) {
        // nobody owns the server's folder (and only it: initdb wants 0700 on the data folder).
        if (::chown(QFile::encodeName(m_dir.path()).constData(), 65534, 65534) != 0)
            qWarning("cannot give %s to nobody", qPrintable(m_dir.path()));
        m_prefix = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                    QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
    }
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::bin(const char *name) const
{
    return QStringLiteral("/usr/lib/postgresql/15/bin/") + QString::fromLatin1(name);
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(Password));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path()); // nobody may not enter the caller's folder
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_prefix.isEmpty())
        process.start(program, arguments);
    else
        process.start(m_prefix.first(), m_prefix.mid(1) + QStringList{program} + arguments);
    const bool finished = process.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresServer::start(QString *error)
{
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString passwordFile = m_dir.filePath(QStringLiteral("password"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(Password) < 0)
            return false;
    }
    if (!m_prefix.isEmpty() && ::chown(QFile::encodeName(passwordFile).constData(), 65534, 65534) != 0)
        return false;
    QString output;
    if (!run(bin("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QString::fromLatin1(User),
              QStringLiteral("--pwfile"), passwordFile, QStringLiteral("--auth-local=trust"),
              QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--no-locale"), QStringLiteral("--no-sync")},
             &output)) {
        *error = QStringLiteral("initdb: ") + output;
        return false;
    }
    // A port nobody uses, tried until one is free.
    for (int attempt = 0; attempt < 8 && !m_running; ++attempt) {
        m_port = 20000 + int(QRandomGenerator::global()->bounded(20000));
        m_running =
            run(bin("pg_ctl"),
                {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                 QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                 QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                "-c full_page_writes=off")
                     .arg(m_port)
                     .arg(m_dir.path()),
                 QStringLiteral("start")},
                &output);
    }
    if (!m_running) {
        QFile log(m_dir.filePath(QStringLiteral("log")));
        *error = QStringLiteral("pg_ctl start: ") + output +
                 (log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString());
    }
    return m_running;
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    run(bin("pg_ctl"),
        {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
         QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
        nullptr);
    m_running = false;
}

QString PostgresServer::url(const QString &database, const QString &password) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4")
        .arg(QString::fromLatin1(User), password)
        .arg(m_port)
        .arg(database);
}

bool PostgresServer::createDatabase(const QString &name, QString *error)
{
    QString output;
    const bool made = run(bin("createdb"),
                          {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                           QString::number(m_port), QStringLiteral("-U"), QString::fromLatin1(User), name},
                          &output);
    if (!made && error)
        *error = output;
    return made;
}

} // namespace guichet::test
