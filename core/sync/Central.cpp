#include "sync/Central.h"

#include "common/Money.h"
#include "commune/CommuneSettings.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "users/UserService.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <functional>

namespace guichet {

namespace {

constexpr int MigrationLock = 0x6775; // pg_advisory_xact_lock key of central init ("gu")

QStringList migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/central")).entryList({QStringLiteral("*.sql")}, QDir::Files);
    files.sort();
    return files;
}

// The statements of a migration file: split at the semicolons that end a line outside a function's body
// (between $$ and $$), comment lines dropped.
QStringList statementsOf(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inBody = false;
    for (const QString &line : sql.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && line.trimmed().endsWith(QLatin1Char(';'))) {
            statements += current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements += current.trimmed();
    return statements;
}

} // namespace

Result<CentralAddress> CentralAddress::parse(const QString &text)
{
    const QString given = text.trimmed();
    CentralAddress a;
    if (given.startsWith(QLatin1String("service="))) {
        a.options = given;
        a.port = 0;
        return a;
    }
    const QUrl url(given, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")) ||
        url.host().isEmpty() || url.path().size() < 2)
        return Error::of(
            Central::tr("“%1” is not the address of a central database. Give "
                        "postgresql://USER@HOST:5432/DATABASE (with ?sslmode=verify-full for a server "
                        "outside the building) or service=NAME from pg_service.conf.")
                .arg(given));
    a.host = url.host();
    a.port = url.port(5432);
    a.user = url.userName();
    a.password = url.password();
    a.database = url.path().mid(1);
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options += key + QLatin1Char('=') + value;
    a.options = options.join(QLatin1Char(';'));
    return a;
}

QString CentralAddress::shown() const
{
    if (host.isEmpty())
        return options;
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(user.isEmpty() ? QString() : user + QLatin1Char('@'), host)
        .arg(port)
        .arg(database);
}

int Central::latestVersion()
{
    return int(migrationFiles().size());
}

Central::Central() : m_connectionName(QStringLiteral("central-") + QUuid::createUuid().toString()) {}

Central::~Central()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Central::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Central::connect(const CentralAddress &address)
{
    m_address = address;
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid())
        return Error::of(
            tr("The PostgreSQL driver of Qt is missing (Debian package libqt6sql6-psql): install it "
               "to reach the central database."));
    db.setHostName(address.host);
    if (address.port > 0)
        db.setPort(address.port);
    db.setUserName(address.user);
    db.setPassword(address.password);
    db.setDatabaseName(address.database);
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=guichet")};
    if (!address.options.isEmpty())
        options += address.options;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (db.open())
        return Status::success();
    const QString detail = db.lastError().text().simplified();
    if (detail.contains(QLatin1String("password authentication failed")) ||
        detail.contains(QLatin1String("no password supplied")))
        return Error::of(tr("The central server refused the password of %1 (%2): check it in .pgpass, the "
                            "keyring or the address.")
                             .arg(address.user.isEmpty() ? address.shown() : address.user, detail));
    if (detail.contains(QLatin1String("does not exist")))
        return Error::of(tr("The central server has no such database or user (%1): check the address %2.")
                             .arg(detail, address.shown()));
    return Error::of(tr("The central server %1 does not answer (%2): check the address and the network; the "
                        "counter works on without it.")
                         .arg(address.shown(), detail));
}

Result<int> Central::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT to_regclass('public.central_meta') IS NOT NULL, "
                               "(SELECT count(*) FROM pg_tables WHERE schemaname = 'public')")) ||
        !q.next())
        return storageError(q.lastError()).error();
    const bool ours = q.value(0).toBool();
    const int tables = q.value(1).toInt();
    if (!ours)
        return tables == 0 ? 0 : -1;
    if (!q.exec(QStringLiteral("SELECT value FROM central_meta WHERE key = 'schema_version'")))
        return storageError(q.lastError()).error();
    return q.next() ? q.value(0).toInt() : -1;
}

Result<CentralInit> Central::init(Session &session, int upTo)
{
    const int target = upTo < 0 ? latestVersion() : std::min(upTo, latestVersion());
    if (Status s = session.users().require(Role::Admin, tr("Setting up the central database")); !s)
        return s.error();
    if (!session.counter().isSetUp())
        return Error::of(
            tr("This counter has no code yet: set it up first (guichet-cli setup --counter-code)."));
    QSqlDatabase db = connection();
    if (!db.transaction())
        return storageError(db.lastError()).error();
    // Whatever is refused below, nothing stays written on the server.
    struct Rollback
    {
        QSqlDatabase db;
        bool done = false;
        ~Rollback()
        {
            if (!done)
                db.rollback();
        }
    } rollback{db};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLock)))
        return storageError(q.lastError()).error();
    const auto version = schemaVersion();
    if (!version)
        return version.error();
    if (version.value() < 0)
        return Error::of(tr("The database %1 holds tables that are not Guichet Périscolaire's: give an empty "
                            "database for the central one.")
                             .arg(m_address.shown()));
    if (version.value() > latestVersion())
        return Error::of(tr("The central database is at version %1, newer than this program's %2: update "
                            "the program on this counter first.")
                             .arg(version.value())
                             .arg(latestVersion()));
    CentralInit result;
    result.fromVersion = version.value();
    result.toVersion = std::max(target, version.value());
    const QStringList files = migrationFiles();
    for (int v = version.value() + 1; v <= target; ++v) {
        QFile file(QStringLiteral(":/central/") + files.at(v - 1));
        if (!file.open(QIODevice::ReadOnly))
            return Error::of(
                tr("The central migration %1 is missing from the program.").arg(file.fileName()));
        for (const QString &statement : statementsOf(QString::fromUtf8(file.readAll())))
            if (!q.exec(statement))
                return storageError(q.lastError()).error();
    }
    if (result.fromVersion != result.toVersion) {
        q.prepare(QStringLiteral("INSERT INTO central_meta (key, value) VALUES ('schema_version', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString::number(result.toVersion));
        if (!q.exec())
            return storageError(q.lastError()).error();
    }
    // The commune: the first counter's names it; any other must be the same.
    const QString commune = session.commune().name();
    if (!q.exec(QStringLiteral("SELECT value FROM central_meta WHERE key = 'commune'")))
        return storageError(q.lastError()).error();
    if (q.next()) {
        if (q.value(0).toString() != commune)
            return Error::of(tr("This central database belongs to the commune of %1, not %2: check the "
                                "address, or the commune's name on this counter.")
                                 .arg(q.value(0).toString(), commune));
    } else {
        q.prepare(QStringLiteral("INSERT INTO central_meta (key, value) VALUES ('commune', ?)"));
        q.addBindValue(commune);
        if (!q.exec())
            return storageError(q.lastError()).error();
    }
    // This counter, by its site id; its code must be free.
    const CounterIdentity &counter = session.counter();
    q.prepare(QStringLiteral("SELECT site_id::text, code, name, to_char(registered_at, 'DD/MM/YYYY') FROM "
                             "counter WHERE site_id = ?::uuid OR code = ?"));
    q.addBindValue(session.siteId());
    q.addBindValue(counter.code);
    if (!q.exec())
        return storageError(q.lastError()).error();
    bool registered = false;
    while (q.next()) {
        const bool ours = q.value(0).toString() == session.siteId();
        if (ours && q.value(1).toString() != counter.code)
            return Error::of(tr("This counter is registered on the central database as %1, not %2.")
                                 .arg(q.value(1).toString(), counter.code));
        if (!ours)
            return Error::of(tr("The code %1 is already used by another counter (%2, registered on %3): give "
                                "this counter another code (guichet-cli setup --counter-code).")
                                 .arg(counter.code, q.value(2).toString(), q.value(3).toString()));
        registered = true;
    }
    if (!registered) {
        q.prepare(QStringLiteral(
            "INSERT INTO counter (site_id, code, name, registered_by) VALUES (?::uuid, ?, ?, ?)"));
        q.addBindValue(session.siteId());
        q.addBindValue(counter.code);
        q.addBindValue(counter.name);
        q.addBindValue(session.actor());
        if (!q.exec())
            return storageError(q.lastError()).error();
        result.counterRegistered = true;
    }
    if (!db.commit())
        return storageError(db.lastError()).error();
    rollback.done = true;
    return result;
}

Status Central::checkCounter(Session &session) const
{
    const auto version = schemaVersion();
    if (!version)
        return version.error();
    if (version.value() != latestVersion())
        return Error::of(tr("The central database is at version %1 and this program expects %2: %3")
                             .arg(version.value())
                             .arg(latestVersion())
                             .arg(version.value() > latestVersion()
                                      ? tr("update the program on this counter.")
                                      : tr("an administrator runs guichet-cli central init.")));
    QSqlQuery q(connection());
    q.prepare(
        QStringLiteral("SELECT (SELECT value FROM central_meta WHERE key = 'commune'), (SELECT code FROM "
                       "counter WHERE site_id = ?::uuid)"));
    q.addBindValue(session.siteId());
    if (!q.exec() || !q.next())
        return storageError(q.lastError());
    if (q.value(0).toString() != session.commune().name())
        return Error::of(tr("This central database belongs to the commune of %1, not %2: check the address, "
                            "or the commune's name on this counter.")
                             .arg(q.value(0).toString(), session.commune().name()));
    if (q.value(1).isNull())
        return Error::of(tr("This counter is not registered on the central database: an administrator runs "
                            "guichet-cli central init on it."));
    return Status::success();
}

Result<QList<Central::Check>> Central::verify() const
{
    QSqlQuery q(connection());
    QList<Check> checks;
    const auto run = [&](const QString &name, const QString &title, const QString &sql,
                         const std::function<QString(const QSqlQuery &)> &message) -> Status {
        Check check{name, title, {}};
        if (!q.exec(sql))
            return storageError(q.lastError());
        while (q.next())
            check.failures += message(q);
        checks += check;
        return Status::success();
    };
    if (Status s =
            run(QStringLiteral("central.changes"),
                tr("Every counter's changes are all here, once each, numbered from 1 without a gap."),
                QStringLiteral(
                    "SELECT k.code, count(c.id), count(DISTINCT c.site_seq), coalesce(max(c.site_seq), "
                    "0), k.pushed_seq FROM counter k LEFT JOIN change c ON c.site_id = k.site_id "
                    "GROUP BY k.code, k.pushed_seq HAVING count(c.id) <> k.pushed_seq OR "
                    "count(DISTINCT c.site_seq) <> count(c.id) OR coalesce(max(c.site_seq), 0) <> "
                    "k.pushed_seq ORDER BY k.code"),
                [](const QSqlQuery &r) {
                    return tr("Counter %1 sent %2 changes, but %3 are here (%4 different, the last numbered "
                              "%5).")
                        .arg(r.value(0).toString())
                        .arg(r.value(4).toLongLong())
                        .arg(r.value(1).toLongLong())
                        .arg(r.value(2).toLongLong())
                        .arg(r.value(3).toLongLong());
                });
        !s)
        return s.error();
    if (Status s = run(
            QStringLiteral("central.series"),
            tr("Every series of document numbers runs from 1 without a gap or a duplicate, across all "
               "counters."),
            QStringLiteral("SELECT table_name, data->>'series', count(*), count(DISTINCT data->>'sequence'), "
                           "max((data->>'sequence')::bigint) FROM row_state WHERE table_name IN ('invoice', "
                           "'receipt', 'credit_note', 'refund') AND data IS NOT NULL GROUP BY 1, 2 HAVING "
                           "count(*) <> max((data->>'sequence')::bigint) OR count(DISTINCT "
                           "data->>'sequence') <> count(*) ORDER BY 1, 2"),
            [](const QSqlQuery &r) {
                return tr("Series %1: %2 documents, %3 different numbers, the last %4.")
                    .arg(r.value(1).toString())
                    .arg(r.value(2).toLongLong())
                    .arg(r.value(3).toLongLong())
                    .arg(r.value(4).toLongLong());
            });
        !s)
        return s.error();
    if (Status s = run(
            QStringLiteral("central.lots"),
            tr("No lot of tickets gives more than it holds, whichever counters took from it."),
            QStringLiteral("WITH m AS (SELECT data->>'uuid' AS uuid, (data->>'quantity')::bigint AS q, "
                           "data->>'lot_id.uuid' AS lot FROM row_state WHERE table_name = "
                           "'wallet_movement' AND data IS NOT NULL) SELECT l.uuid, l.q + coalesce(sum(t.q), "
                           "0) FROM m l LEFT JOIN m t ON t.lot = l.uuid WHERE l.lot IS NULL GROUP BY l.uuid, "
                           "l.q HAVING l.q + coalesce(sum(t.q), 0) < 0 ORDER BY 1"),
            [](const QSqlQuery &r) {
                return tr("Lot %1 is overdrawn by %2 ticket(s).")
                    .arg(r.value(0).toString())
                    .arg(-r.value(1).toLongLong());
            });
        !s)
        return s.error();
    // Each counter's journal, as its counter's verify walks it (Journal::entryHash): numbered from 0 without
    // a gap, each entry naming the hash of the one before, each hash the SHA-256 of its entry. The first
    // fault of each counter's chain is shown.
    if (Status s = run(
            QStringLiteral("central.journals"),
            tr("Every counter's journal is here whole: its entries follow one another from the first, and "
               "each "
               "still gives its hash."),
            QStringLiteral(
                "WITH j AS (SELECT data->>'origin_site' AS site, (data->>'seq')::bigint AS seq, "
                "data->>'prev_hash' "
                "AS prev, data->>'hash' AS hash, encode(sha256(convert_to(coalesce(data->>'prev_hash', '') "
                "|| "
                "E'\\n' || coalesce(data->>'seq', '') || E'\\n' || coalesce(data->>'at', '') || E'\\n' || "
                "coalesce(data->>'user_name', '') || E'\\n' || coalesce(data->>'event', '') || E'\\n' || "
                "coalesce(data->>'record_table', '') || E'\\n' || coalesce(data->>'record_id', '') || E'\\n' "
                "|| "
                "coalesce(data->>'payload', ''), 'UTF8')), 'hex') AS computed, lag(data->>'hash') OVER w AS "
                "before, row_number() OVER w - 1 AS expected FROM row_state WHERE table_name = "
                "'journal_entry' "
                "AND data IS NOT NULL WINDOW w AS (PARTITION BY data->>'origin_site' ORDER BY "
                "(data->>'seq')::bigint)) SELECT DISTINCT ON (j.site) coalesce(k.code, j.site), j.seq, CASE "
                "WHEN j.seq <> j.expected THEN 1 WHEN j.prev <> coalesce(j.before, repeat('0', 64)) THEN 2 "
                "ELSE "
                "3 END FROM j LEFT JOIN counter k ON k.site_id::text = j.site WHERE j.seq <> j.expected OR "
                "j.prev <> coalesce(j.before, repeat('0', 64)) OR j.hash <> j.computed ORDER BY j.site, "
                "j.seq"),
            [](const QSqlQuery &r) {
                const QString counter = r.value(0).toString();
                const qint64 seq = r.value(1).toLongLong();
                switch (r.value(2).toInt()) {
                case 1:
                    return tr("Counter %1's journal: entries are missing or doubled before entry %2.")
                        .arg(counter)
                        .arg(seq);
                case 2:
                    return tr("Counter %1's journal: entry %2 does not follow the entry before it.")
                        .arg(counter)
                        .arg(seq);
                default:
                    return tr("Counter %1's journal: entry %2 was altered: its content no longer gives its "
                              "hash.")
                        .arg(counter)
                        .arg(seq);
                }
            });
        !s)
        return s.error();
    // Money across counters and the portal: what is paid on an invoice, whichever counters took it, never
    // exceeds its total (a credit note may follow a payment: the family is then owed, which is no fault); an
    // online payment marked recorded has its receipt here.
    if (Status s = run(
            QStringLiteral("central.invoices"),
            tr("No invoice is paid beyond its total, whichever counters or the portal took the payments; "
               "every "
               "online payment recorded has its receipt."),
            QStringLiteral(
                // The payments added up per invoice in one pass, then set against the invoices: a
                // per-invoice sum let the planner scan every payment for each invoice of a large town.
                "SELECT i.data->>'number', x.paid - (i.data->>'total_cents')::bigint, '' FROM row_state i "
                "JOIN (SELECT r.data->>'invoice_id.uuid' AS invoice, sum((p.data->>'amount_cents')::bigint) "
                "AS paid FROM row_state r JOIN row_state p ON p.table_name = 'payment' AND "
                "p.data->>'receipt_id.uuid' = r.row_key WHERE r.table_name = 'receipt' GROUP BY 1) x ON "
                "x.invoice = i.row_key WHERE i.table_name = 'invoice' AND i.data IS NOT NULL AND x.paid > "
                "(i.data->>'total_cents')::bigint "
                "UNION ALL SELECT receipt_number, amount_cents, reference FROM portal_payment w WHERE status "
                "= "
                "'recorded' AND NOT EXISTS (SELECT 1 FROM row_state r JOIN row_state p ON p.table_name = "
                "'payment' AND "
                "p.data->>'receipt_id.uuid' = r.row_key WHERE r.table_name = 'receipt' AND r.data->>'number' "
                "= w.receipt_number AND p.data->>'card_reference' = w.reference AND "
                "(p.data->>'amount_cents')::bigint = w.amount_cents) ORDER BY 1"),
            [](const QSqlQuery &r) {
                const Money amount = Money::fromCents(r.value(1).toLongLong());
                return r.value(2).toString().isEmpty()
                           ? tr("Invoice %1 is paid %2 beyond its total.")
                                 .arg(r.value(0).toString(), amount.toString())
                           : tr("The online payment %1 of %2 is marked recorded with receipt %3, which is "
                                "not "
                                "here with that payment.")
                                 .arg(r.value(2).toString(), amount.toString(), r.value(0).toString());
            });
        !s)
        return s.error();
    return checks;
}

} // namespace guichet
