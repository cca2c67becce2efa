// bench_mail — what the outbox costs the action that causes a message, on the 12,000-household demo:
//   queue   MailService::invoiceIssued (the invoice's message: the family's address, the commune's signature,
//           one insert) inside a transaction rolled back, against the same insert through the bare SQLite C
//           API.
//                                                                       Target: <= 1 ms added to the action.
//   bench_mail --database PATH [--messages N]
// Delivery speed is measured against a local server (README: guichet-cli mail send to
// tests/mail/smtp_server.py).
#include "BenchSupport.h"

#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "mail/Outbox.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "users/UserService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace guichet;
using namespace guichet::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("database"), QStringLiteral("The demo database."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages queued."), QStringLiteral("n"),
                      QStringLiteral("2000")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty() || !QFile::exists(path)) {
        std::fprintf(stderr, "Give --database: a demo made by guichet-cli demo --households 12000.\n");
        return 2;
    }
    const int count = std::max(1, parser.value(QStringLiteral("messages")).toInt());
    QTemporaryDir dir(QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral("bench-XXXXXX")));
    const QString copy = dir.filePath(QStringLiteral("mail.sqlite"));
    if (!copyFresh(path, copy))
        return 1;
    SystemClock clock;
    Settings settings;
    Database database{clock};
    if (!database.open(copy, {}))
        return 1;
    Session session(database, settings, QStringLiteral("bench"));
    if (const auto admin = session.users().authenticate(QStringLiteral("admin"), QStringLiteral("demo")))
        session.setUser(admin.value());
    QList<qint64> households;
    {
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral("SELECT id FROM household WHERE email <> '' ORDER BY id"));
        while (q.next())
            households += q.value(0).toLongLong();
    }
    std::vector<double> ours, theirs;
    {
        Transaction transaction(database); // rolled back: the demo stays as it was
        for (int i = 0; i < count; ++i) {
            QElapsedTimer t;
            t.start();
            const Status s =
                session.mail().invoiceIssued(households.at(i % households.size()),
                                             QStringLiteral("BENCH-%1").arg(i), Money::fromCents(4150));
            ours.push_back(elapsedMs(t));
            if (!s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
                return 1;
            }
        }
        transaction.rollback();
    }
    // "Plannings open" to every validated family of the demo, in one transaction (rolled back).
    double announceMs = 0;
    int announced = 0;
    {
        Transaction transaction(database);
        const qint64 year = session.catalog().schoolYears().value().first().id;
        QElapsedTimer t;
        t.start();
        const auto queued = session.mail().announcePlannings(year);
        announceMs = elapsedMs(t);
        if (!queued) {
            std::fprintf(stderr, "%s\n", qPrintable(queued.error().message));
            return 1;
        }
        announced = queued.value();
        transaction.rollback();
    }
    database.close();
    {
        Bare bare(copy);
        sqlite3_stmt *insert = bare.prepare(
            "INSERT INTO mail_message (uuid, message_id, household_id, kind, event_key, to_address, subject, "
            "body, "
            "queued_at, queued_by, next_attempt_at) VALUES (?, ?, ?, 'invoice', ?, 'a@b.fr', 'Facture', ?, "
            "'2026-12-01T00:00:00.000Z', 'bench', '2026-12-01T00:00:00.000Z')");
        const QByteArray body(700, 'x'); // a message's text
        bare.exec("BEGIN IMMEDIATE");
        for (int i = 0; i < count; ++i) {
            QElapsedTimer t;
            t.start();
            const QByteArray key = "bench-" + QByteArray::number(i);
            Bare::text(insert, 1, key);
            Bare::text(insert, 2, "<" + key + "@x>");
            sqlite3_bind_int64(insert, 3, households.at(i % households.size()));
            Bare::text(insert, 4, key);
            Bare::text(insert, 5, body);
            Bare::run(insert);
            theirs.push_back(elapsedMs(t));
        }
        bare.exec("ROLLBACK");
    }
    const Stats o = stats(ours), b = stats(theirs);
    std::printf("bench_mail on %s: %d messages queued\n", qPrintable(path), count);
    std::printf(
        "  queue a message (ms): ours median %.3f p95 %.3f max %.3f | bare median %.3f p95 %.3f | x %.1f "
        "| %s\n",
        o.median, o.p95, o.max, b.median, b.p95, b.median > 0 ? o.median / b.median : 0.0,
        o.p95 <= 1.0 ? "target met" : "TARGET MISSED");
    std::printf("  plannings open: %d families queued in %.0f ms (%.3f ms each) | %s\n", announced,
                announceMs, announced ? announceMs / announced : 0.0,
                announceMs * 12000.0 / std::max(1, announced) <= 5000 ? "target met (12,000 in <= 5 s)"
                                                                      : "TARGET MISSED");
    return 0;
}
