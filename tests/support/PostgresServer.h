#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace guichet::test {

// A throw-away PostgreSQL 15 server for the tests (Debian's postgresql): initdb into a temporary folder,
// started on a loopback port with password authentication (scram-sha-256) for its superuser "guichet",
// stopped and removed at the end. PostgreSQL refuses to run as root: as root, the server runs as the
// unprivileged user nobody (setpriv), which owns its folder.
class PostgresServer
{
public:
    static constexpr const char *User = "guichet";
    static constexpr const char *Password = "central-test";

    PostgresServer();
    ~PostgresServer();

    bool start(QString *error);
    void stop();
    int port() const { return m_port; }
    // postgresql://guichet:PASSWORD@127.0.0.1:PORT/DATABASE
    QString url(const QString &database, const QString &password = QString::fromLatin1(Password)) const;
    // A new empty database.
    bool createDatabase(const QString &name, QString *error);

private:
    bool run(const QString &program, const QStringList &arguments, QString *output);
    QString bin(const char *name) const;

    QTemporaryDir m_dir;
    QStringList m_prefix; // setpriv … when running as root
    int m_port = 0;
    bool m_running = false;
};

} // namespace guichet::test
