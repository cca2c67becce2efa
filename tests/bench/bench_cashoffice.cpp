// bench_cashoffice — the cash office's three targets, each against a baseline measured in the same run:
//   closure  A counter's day of 2,000 payments (sales paid in cash, cheque and card): the Z's figures
//            (ClosureService::previewDay, median/p95 of repeated runs) and the final closeDay, against the
//            same aggregate queries through the bare SQLite C API.        Target: the closure <= 200 ms.
//   verify   A journal of 1,000,000 entries (document prints: the smallest records, one row each, plus the
//            sales of the day): journal.chain and journal.records, against hashing the same bytes with no
//            database (all entries read into memory first); then the whole verify, every check, as the
//            command line runs it (two threads share the checks).   Target: verify <= 5 s.
//   sale     A sale (confirm + cash payment, durable commits) and the journal's part of it (the two
//            entries it appends, measured alone in a rolled-back transaction): ratio sale / (sale - journal).
//                                                                      Target: <= 1.2.
//   load     A day of a city's counter traffic, compressed: three clerks (users of the agent role) serving
//            families in turn at one counter file for an hour of the test clock — sales paid in cash, cheque,
//            card or split, earlier invoices paid, credit notes, invoices left unpaid — then the count, the Z
//            and verify, which must be clean. (One file has one writer program at a time: counters of their
//            own are separate files, joined by the central database of the sync issue.)
//   bench_cashoffice [--entries N] [--payments N] [--only closure,verify,sale,load]
// Run by hand (not in ctest): the verify section builds its journal for a minute or two.
#include "BenchSupport.h"
#include "Fixtures.h"
#include "TestDatabase.h"

#include "cashoffice/CashOffice.h"
#include "cashoffice/Journal.h"
#include "catalog/CatalogService.h"
#include "common/Sha256.h"
#include "integrity/InvariantChecker.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "users/UserService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace guichet;
using namespace guichet::test;
using namespace guichet::bench;

namespace {

// The Z's aggregate reads through the C API: the same statements ClosureService runs for a day, prepared once
// on a connection kept open (as ours are).
class BareClosure
{
public:
    explicit BareClosure(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        const char *statements[] = {
            "SELECT count(*), coalesce(sum(total_cents), 0), min(number), max(number) FROM invoice WHERE "
            "origin_site = ?1 AND issued_at >= ?2 AND issued_at < ?3",
            "SELECT count(*), coalesce(sum(total_cents), 0), min(number), max(number) FROM credit_note WHERE "
            "origin_site = ?1 AND issued_at >= ?2 AND issued_at < ?3",
            "SELECT count(*), min(number), max(number) FROM receipt WHERE origin_site = ?1 AND paid_at >= ?2 "
            "AND "
            "paid_at < ?3",
            "SELECT p.method, sum(p.amount_cents) FROM receipt r JOIN payment p ON p.receipt_id = r.id WHERE "
            "r.origin_site = ?1 AND r.paid_at >= ?2 AND r.paid_at < ?3 GROUP BY p.method",
            "SELECT a.position, a.name, sum(x.quantity), sum(x.cents) FROM (SELECT l.activity_id, "
            "l.quantity, "
            "l.total_cents AS cents FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id WHERE "
            "i.origin_site = "
            "?1 AND i.issued_at >= ?2 AND i.issued_at < ?3 UNION ALL SELECT l.activity_id, -cl.quantity, "
            "-cl.total_cents FROM credit_note c JOIN credit_note_line cl ON cl.credit_note_id = c.id JOIN "
            "invoice_line l ON l.id = cl.invoice_line_id WHERE c.origin_site = ?1 AND c.issued_at >= ?2 AND "
            "c.issued_at < ?3) x JOIN activity a ON a.id = x.activity_id GROUP BY a.id ORDER BY a.position, "
            "a.id",
        };
        for (const char *sql : statements) {
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr);
            m_statements.push_back(st);
        }
    }
    ~BareClosure()
    {
        for (sqlite3_stmt *st : m_statements)
            sqlite3_finalize(st);
        sqlite3_close(m_db);
    }
    double run(const char *from, const char *to, const QByteArray &site)
    {
        QElapsedTimer t;
        t.start();
        sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
        for (sqlite3_stmt *st : m_statements) {
            sqlite3_bind_text(st, 1, site.constData(), -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 2, from, -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 3, to, -1, SQLITE_STATIC);
            while (sqlite3_step(st) == SQLITE_ROW) {
            }
            sqlite3_reset(st);
        }
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        return elapsedMs(t);
    }

private:
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
};

void closureSection(int payments)
{
    TestDatabase t; // Tuesday 1 September 2026, the till open with 150,00 €
    Session &s = t.session();
    const qint64 household = FamilyBuilder(s).child(QStringLiteral("Léa")).validated().build().householdId;
    const qint64 cantine = must(s.catalog().activities()).first().id;
    for (int i = 0; i < payments; ++i) {
        const qint64 invoice = must(s.sales().confirmOrder(household, {{cantine, 1 + i % 20}}));
        const Money due = must(s.sales().invoice(invoice)).due;
        PaymentPart part = i % 3 == 0 ? cash("0", "0") : i % 3 == 1 ? cheque("0") : card("0");
        part.amount = due;
        if (part.method == PaymentMethod::Cash)
            part.tendered.reset();
        must(s.sales().pay(invoice, {part}));
    }
    const TillFigures f = must(s.till().figures(must(s.till().current())->id));
    must(s.till().close(CashCount::of(f.expectedCash()), {}));

    std::vector<double> preview, bare;
    BareClosure baseline(t.path());
    const QByteArray site = s.database().siteId().toUtf8();
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        must(s.closures().previewDay(QDate(2026, 9, 1)));
        preview.push_back(elapsedMs(timer));
        bare.push_back(baseline.run("2026-08-31T22:00:00.000Z", "2026-09-01T22:00:00.000Z", site));
    }
    QElapsedTimer timer;
    timer.start();
    const ClosureView z = must(s.closures().closeDay(QDate(2026, 9, 1)));
    const double close = elapsedMs(timer);
    const Stats p = stats(preview), b = stats(bare);
    std::printf("Daily closure of a counter: %d receipts, %d invoices, takings %s\n", z.receipts, z.invoices,
                qPrintable(z.takings.toString()));
    std::printf("                                   median      p95      max   (ms)\n");
    std::printf("  Z figures (previewDay)         %8.2f %8.2f %8.2f\n", p.median, p.p95, p.max);
    std::printf("  bare SQLite C API, same reads  %8.2f %8.2f %8.2f\n", b.median, b.p95, b.max);
    std::printf("  ratio                          %8.2f %8.2f\n", p.median / b.median, p.p95 / b.p95);
    std::printf("  closeDay (figures + Z + journal, one durable commit): %.2f ms — target <= 200 ms: %s\n\n",
                close, close <= 200.0 ? "OK" : "FAIL");
}

void verifySection(int entries)
{
    TestDatabase t;
    Session &s = t.session();
    Database &db = s.database();
    std::printf("Building a journal of %d entries (document prints)...\n", entries);
    std::fflush(stdout);
    const int already = 2; // genesis and the till's opening
    for (int done = already; done < entries;) {
        Transaction batch(db);
        QSqlQuery insert(db.connection());
        insert.prepare(
            QStringLiteral("INSERT INTO document_print (uuid, origin_site, kind, number, duplicate, "
                           "printed_at, clerk) VALUES (?, ?, 'invoice', ?, ?, ?, 'bench')"));
        for (int i = 0; i < 20000 && done < entries; ++i, ++done) {
            insert.addBindValue(QStringLiteral("print-%1").arg(done));
            insert.addBindValue(db.siteId());
            insert.addBindValue(QStringLiteral("SO1-2026-%1").arg(done % 5000 + 1, 6, 10, QLatin1Char('0')));
            insert.addBindValue(done % 5000 == done ? 0 : 1);
            insert.addBindValue(QStringLiteral("2026-09-01T06:30:00.000Z"));
            insert.exec();
            if (Status st =
                    s.journal().record(JournalEvent::DocumentPrint, insert.lastInsertId().toLongLong());
                !st) {
                std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
                return;
            }
        }
        (void)batch.commit();
    }
    InvariantChecker checker(s);
    QElapsedTimer timer;
    timer.start();
    const auto chain = checker.run(QStringLiteral("journal.chain"));
    const double chainMs = elapsedMs(timer);
    timer.restart();
    const auto records = checker.run(QStringLiteral("journal.records"));
    const double recordsMs = elapsedMs(timer);
    // The whole of guichet-cli verify: every check, the two threads sharing them (InvariantChecker::run).
    timer.restart();
    const auto everything = checker.run();
    const double verifyMs = elapsedMs(timer);
    if (!chain || !records || !everything || !chain.value().isEmpty() || !records.value().isEmpty() ||
        !everything.value().isEmpty()) {
        std::fprintf(stderr, "verify found something: the bench is wrong\n");
        return;
    }

    // The same bytes hashed with no database: every entry's hash input, read into memory first.
    QList<QByteArray> inputs;
    inputs.reserve(entries);
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral(
            "SELECT prev_hash, seq, at, user_name, event, record_table, record_id, payload FROM "
            "journal_entry ORDER BY seq"));
        while (q.next())
            inputs += (q.value(0).toString() + QLatin1Char('\n') + q.value(1).toString() + QLatin1Char('\n') +
                       q.value(2).toString() + QLatin1Char('\n') + q.value(3).toString() + QLatin1Char('\n') +
                       q.value(4).toString() + QLatin1Char('\n') + q.value(5).toString() + QLatin1Char('\n') +
                       q.value(6).toString() + QLatin1Char('\n') + q.value(7).toString())
                          .toUtf8();
    }
    qint64 bytes = 0;
    timer.restart();
    Sha256 hash; // the same SHA-256 as verify (OpenSSL)
    for (const QByteArray &input : std::as_const(inputs)) {
        bytes += input.size();
        hash.add(input);
        (void)hash.hexResult();
    }
    const double hashMs = elapsedMs(timer);
    std::printf("verify over a journal of %lld entries (%.1f MB hashed)\n", qint64(inputs.size()),
                double(bytes) / 1e6);
    std::printf("  journal.chain alone      %8.0f ms\n  journal.records alone    %8.0f ms\n", chainMs,
                recordsMs);
    std::printf("  verify, all %lld checks   %8.0f ms — target <= 5000 ms: %s\n",
                qint64(InvariantChecker::checks().size()), verifyMs, verifyMs <= 5000.0 ? "OK" : "FAIL");
    std::printf("  SHA-256 of the same bytes, no database: %.0f ms — ratio %.1f\n\n", hashMs,
                verifyMs / hashMs);
}

void saleSection(int sales)
{
    TestDatabase t;
    Session &s = t.session();
    const qint64 household = FamilyBuilder(s).child(QStringLiteral("Léa")).validated().build().householdId;
    const qint64 cantine = must(s.catalog().activities()).first().id;
    std::vector<double> sale, journal;
    for (int i = -20; i < sales; ++i) {
        QElapsedTimer timer;
        timer.start();
        const qint64 invoice = must(s.sales().confirmOrder(household, {{cantine, 17}}));
        const PaymentOutcome paid = must(s.sales().pay(invoice, {cash("70,55", "100,00")}));
        const double saleMs = elapsedMs(timer);
        // The journal's part: its two entries for this sale's rows, appended again and rolled back.
        QSqlQuery q(s.database().connection());
        q.exec(QStringLiteral("SELECT max(id) FROM receipt"));
        q.next();
        const qint64 receipt = q.value(0).toLongLong();
        q.finish();
        timer.restart();
        {
            Transaction transaction(s.database());
            (void)s.journal().record(JournalEvent::Invoice, invoice);
            (void)s.journal().record(JournalEvent::Receipt, receipt);
            transaction.rollback();
        }
        const double journalMs = elapsedMs(timer);
        Q_UNUSED(paid)
        if (i >= 0) {
            sale.push_back(saleMs);
            journal.push_back(journalMs);
        }
    }
    const Stats a = stats(sale), j = stats(journal);
    std::printf("A sale (confirm + cash payment, two durable commits) and its journal entries, %d sales\n",
                sales);
    std::printf("                                   median      p95   (ms)\n");
    std::printf("  sale with its journal entries  %8.3f %8.3f\n", a.median, a.p95);
    std::printf("  the two journal entries alone  %8.3f %8.3f\n", j.median, j.p95);
    const double ratio = a.median / (a.median - j.median);
    std::printf("  ratio sale / (sale - journal): %.3f (median) — target <= 1.2: %s\n\n", ratio,
                ratio <= 1.2 ? "OK" : "FAIL");
}

void loadSection()
{
    TestDatabase t;
    Session &s = t.session();
    UserService &users = s.users();
    (void)users.add(QStringLiteral("admin"), QStringLiteral("Admin"), Role::Admin,
                    QStringLiteral("admin pw"));
    s.setUser(users.authenticate(QStringLiteral("admin"), QStringLiteral("admin pw")).value());
    QList<User> clerks;
    for (const char *login : {"amelie", "bruno", "chloe"}) {
        (void)users.add(QString::fromLatin1(login), QString::fromLatin1(login), Role::Agent,
                        QStringLiteral("pw pw pw"));
        clerks += users.authenticate(QString::fromLatin1(login), QStringLiteral("pw pw pw")).value();
    }
    const qint64 cantine = must(s.catalog().activities()).first().id;
    QList<qint64> households;
    for (int i = 0; i < 200; ++i)
        households += FamilyBuilder(s)
                          .payer(QStringLiteral("Famille%1").arg(i), QStringLiteral("Marie"))
                          .child(QStringLiteral("Léa"))
                          .validated()
                          .build()
                          .householdId;
    QRandomGenerator random(62500);
    QList<qint64> unpaid, paidInvoices;
    std::vector<double> ms;
    int sales = 0, payments = 0, creditNotes = 0, leftUnpaid = 0;
    const QDateTime start = t.clock().nowUtc();
    QElapsedTimer wall;
    wall.start();
    while (t.clock().nowUtc() < start.addSecs(3600)) {
        s.setUser(clerks.at(int(random.bounded(3u))));
        t.clock().advanceSeconds(2 + random.bounded(11u)); // three counters, a family every 7 s on average
        const int roll = int(random.bounded(100u));
        const qint64 household = households.at(int(random.bounded(quint32(households.size()))));
        QElapsedTimer timer;
        timer.start();
        if (roll < 70) { // a sale, paid at once
            const qint64 invoice =
                must(s.sales().confirmOrder(household, {{cantine, 5 + int(random.bounded(40u))}}));
            const Money due = must(s.sales().invoice(invoice)).due;
            PaymentPart part = roll < 35 ? cash("0", "0") : roll < 50 ? cheque("0") : card("0");
            part.amount = due;
            if (part.method == PaymentMethod::Cash)
                part.tendered = Money::fromCents((due.cents() / 1000 + 1) * 1000); // the next 10 € note
            if (roll < 5) { // split: half by card, the rest in cash
                PaymentPart cardPart = card("0");
                cardPart.amount = Money::fromCents(due.cents() / 2);
                PaymentPart cashPart = cash("0", "0");
                cashPart.amount = due - cardPart.amount;
                cashPart.tendered.reset();
                must(s.sales().pay(invoice, {cardPart, cashPart}));
            } else {
                must(s.sales().pay(invoice, {part}));
            }
            paidInvoices += invoice;
            ++sales;
            ++payments;
        } else if (roll < 80) { // ordered now, paid later
            unpaid += must(s.sales().confirmOrder(household, {{cantine, 10}}));
            ++sales;
            ++leftUnpaid;
        } else if (roll < 95 && !unpaid.isEmpty()) { // an earlier invoice paid
            const qint64 invoice = unpaid.takeFirst();
            PaymentPart part = cheque("0", QStringLiteral("%1").arg(invoice, 7, 10, QLatin1Char('0')));
            part.amount = must(s.sales().invoice(invoice)).due;
            must(s.sales().pay(invoice, {part}));
            paidInvoices += invoice;
            ++payments;
            --leftUnpaid;
        } else if (!paidInvoices.isEmpty()) { // a credit note on a paid invoice (2 meals not used)
            const InvoiceView v = must(s.sales().invoice(paidInvoices.takeLast()));
            if (v.lines.first().creditable >= 2) {
                must(s.sales().issueCreditNote(v.id, {{v.lines.first().id, 2}}, QStringLiteral("Départ")));
                ++creditNotes;
            }
        }
        ms.push_back(elapsedMs(timer));
    }
    const double busy = elapsedMs(wall);
    s.setUser(users.authenticate(QStringLiteral("admin"), QStringLiteral("admin pw"))
                  .value()); // the régisseur's acts
    const TillFigures f = must(s.till().figures(must(s.till().current())->id));
    must(s.till().close(CashCount::of(f.expectedCash()), {}));
    const ClosureView z = must(s.closures().closeDay(QDate(2026, 9, 1)));
    QElapsedTimer timer;
    timer.start();
    const auto findings = InvariantChecker(s).run();
    const double verifyMs = elapsedMs(timer);
    const Stats st = stats(ms);
    std::printf("Load: three clerks, one hour of a counter's traffic (test clock), %zu actions in %.1f s\n",
                ms.size(), busy / 1000.0);
    std::printf("  %d sales, %d payments, %d credit notes, %d invoices left unpaid\n", sales, payments,
                creditNotes, leftUnpaid);
    std::printf("  per action: median %.2f ms, p95 %.2f ms, max %.2f ms\n", st.median, st.p95, st.max);
    std::printf("  Z %s: %d receipts, takings %s (cash %s, cheques %s, cards %s), difference %s\n",
                qPrintable(z.number), z.receipts, qPrintable(z.takings.toString()),
                qPrintable(z.cash.toString()), qPrintable(z.cheque.toString()), qPrintable(z.card.toString()),
                qPrintable(z.difference.toString()));
    std::printf("  verify: %s in %.0f ms\n\n", findings && findings.value().isEmpty() ? "clean" : "FINDINGS",
                verifyMs);
    if (findings)
        for (const auto &finding : findings.value())
            std::printf("    %s: %s\n", qPrintable(finding.check), qPrintable(finding.message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption entries(QStringLiteral("entries"), QStringLiteral("Journal entries (verify)."),
                                     QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption payments(QStringLiteral("payments"),
                                      QStringLiteral("Payments of the day (closure)."), QStringLiteral("n"),
                                      QStringLiteral("2000"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Sections: closure,verify,sale."),
                                  QStringLiteral("list"), QStringLiteral("closure,verify,sale,load"));
    parser.addOptions({entries, payments, only});
    parser.addHelpOption();
    parser.process(app);
    const QStringList sections = parser.value(only).split(QLatin1Char(','));
    if (sections.contains(QStringLiteral("closure")))
        closureSection(parser.value(payments).toInt());
    if (sections.contains(QStringLiteral("sale")))
        saleSection(300);
    if (sections.contains(QStringLiteral("load")))
        loadSection();
    if (sections.contains(QStringLiteral("verify")))
        verifySection(parser.value(entries).toInt());
    return 0;
}
