#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace guichet {

class Session;

// Where the central PostgreSQL database is: a URL (postgresql://user@host:5432/guichet?sslmode=verify-full)
// or a libpq service name (service=guichet, from pg_service.conf). The password is never part of our
// settings: libpq's .pgpass, the desktop keyring, or a URL given by hand for a one-off.
struct CentralAddress
{
    QString host, user, password, database, options; // options: libpq's, "sslmode=require service=…"
    int port = 5432;

    // Parses a postgresql:// URL or "service=NAME"; a French message saying what is wrong otherwise.
    static Result<CentralAddress> parse(const QString &text);
    QString shown() const; // for messages: never the password
};

// What central init did.
struct CentralInit
{
    int fromVersion = 0, toVersion = 0; // 0: the schema was created
    bool counterRegistered = false;     // this counter was new to the central database
};

// The central PostgreSQL database (QtSql's QPSQL driver over libpq). Its schema has its own numbered
// migrations (core/sync/central/NNNN_*.sql) and version (central_meta 'schema_version'), applied in one
// transaction under an advisory lock so that two counters initialising at once do not race. The database
// belongs to one commune; each counter registers with its site id and its code, unique across counters.
class Central
{
    Q_DECLARE_TR_FUNCTIONS(Central)

public:
    static int latestVersion();

    Central();
    ~Central();
    Central(const Central &) = delete;
    Central &operator=(const Central &) = delete;

    // Connects (at most 10 s); a wrong address, password or database is said in French.
    Status connect(const CentralAddress &address);
    QSqlDatabase connection() const;

    // The schema version on the server (0: none of ours, -1: a database that is not ours).
    Result<int> schemaVersion() const;
    // Creates or migrates the central schema, checks the commune and registers this counter (an
    // administrator's act). A server of a newer schema, another commune's database or a counter code used by
    // another counter: refused, nothing written. 'upTo': the version to stop at (the tests of a migration
    // start from the version before it); the latest by default.
    Result<CentralInit> init(Session &session, int upTo = -1);
    // What a counter checks before it syncs: our schema, the same version, the same commune, this counter
    // registered under its code.
    Status checkCounter(Session &session) const;

    // The invariants that only the central database can see, across counters: every counter's changes all
    // there once, every document series numbered without a gap or a duplicate, no lot of tickets overdrawn.
    // Each check's name and title, then what breaks it (empty: it holds).
    struct Check
    {
        QString name, title;
        QStringList failures;
    };
    Result<QList<Check>> verify() const;

private:
    QString m_connectionName;
    CentralAddress m_address;
};

} // namespace guichet
