#include "integrity/InvariantChecker.h"

#include "cashoffice/Journal.h"

#include "common/CommuneTime.h"
#include "documents/DocumentService.h"
#include "planning/BookingService.h"
#include "sales/NumberSeries.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "session/WorkerSession.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QMap>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QThread>
#include <atomic>

namespace guichet {

namespace {

// The state of every invoice, the way SalesService decides it: fully paid once paid > 0 and
// paid >= total - credited (then, and only then, its tickets are in the wallet).
const QString InvoiceBalances = QStringLiteral(
    "SELECT i.id, i.number, i.household_id, i.total_cents AS total, "
    "coalesce((SELECT sum(total_cents) FROM credit_note WHERE invoice_id = i.id), 0) AS credited, "
    "coalesce((SELECT sum(p.amount_cents) FROM receipt r JOIN payment p ON p.receipt_id = r.id "
    "          WHERE r.invoice_id = i.id), 0) AS paid "
    "FROM invoice i");

// PRAGMA data_version: changes when another connection commits (read inside a transaction, as of its
// snapshot); -1 when it cannot be read.
qint64 dataVersion(Database &database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString normalized(QString sql)
{
    sql = sql.simplified();
    while (sql.endsWith(QLatin1Char(';')))
        sql.chop(1);
    return sql.trimmed().toLower();
}

} // namespace

QList<InvariantChecker::Check> InvariantChecker::checks()
{
    return {
        {QStringLiteral("schema.triggers"), tr("The database's protections are in place: append-only tables "
                                               "and the rules of the ticket ledger.")},
        {QStringLiteral("references"), tr("Every row refers to rows that exist.")},
        {QStringLiteral("ledger.balances"), tr("No wallet has a negative balance.")},
        {QStringLiteral("ledger.lots"), tr("Every movement out of a lot takes from a lot of the same "
                                           "household, activity and price, no lot is overdrawn, and the "
                                           "count of each lot's tickets left is what its movements add up "
                                           "to.")},
        {QStringLiteral("ledger.movements_justified"),
         tr("Every ticket movement is justified by its document: a purchase by its invoice line, a credit "
            "note by its credit-note line, a booking, its cancellation or excused absence by the booking.")},
        {QStringLiteral("ledger.lots_match_paid_lines"),
         tr("The tickets of each invoice line are in the wallet exactly when the invoice is fully paid, less "
            "what "
            "credit notes took back.")},
        {QStringLiteral("bookings.tickets"),
         tr("Every booking took one ticket from the wallet, given back only if it was cancelled before the "
            "deadline or the absence excused.")},
        {QStringLiteral("bookings.one_a_day"), tr("No child is booked twice for the same activity and day.")},
        {QStringLiteral("refunds.amounts"),
         tr("Each refund pays the sum of its lines, each line its tickets at the price they were bought at, "
            "and each line's tickets left the wallet once; only transfers are ordered, each once.")},
        {QStringLiteral("invoices.totals"),
         tr("Each invoice's total is the sum of its lines; each line is quantity × "
            "unit price.")},
        {QStringLiteral("credit_notes.totals"), tr("Each credit note's total is the sum of its lines, at the "
                                                   "prices of the invoice it corrects, within what "
                                                   "the invoice holds.")},
        {QStringLiteral("payments.amounts"), tr("No invoice is overpaid; cash is handed over with at most "
                                                "500,00 € of change; cheques and cards have "
                                                "their details and give no change.")},
        {QStringLiteral("receipts.acts"), tr("Each receipt number is one payment act (one instant, one "
                                             "clerk, one invoice) with at least one means of "
                                             "payment, made after its invoice.")},
        {QStringLiteral("numbering.series"),
         tr("Every series of numbers runs from 1 without a gap or a duplicate, as far as its counter says, "
            "including series whose documents were all removed.")},
        {QStringLiteral("numbering.dates"), tr("A document's number carries the year of its date in the "
                                               "commune, and dates never go backwards along "
                                               "a series.")},
        {QStringLiteral("documents.issued"),
         tr("Every document kept as issued is intact (SHA-256) and states the amount the records hold.")},
        {QStringLiteral("journal.chain"),
         tr("The journal's entries follow one another from the genesis entry, none missing, added or altered "
            "(and the chain head given with --anchor is among them).")},
        {QStringLiteral("journal.records"),
         tr("Every financial event is in the journal once, and its rows still say what the journal "
            "recorded.")},
    };
}

// The checks read millions of rows on a town's file, and most counters' computers have two cores: a second
// connection, on a thread of its own, takes checks as the first one does, the costliest first (as measured on
// the 12,000-household demo) so that both end together. Both must read the same state: the second
// connection notes the file's data version before the first one takes its snapshot, and after taking its
// own; if nothing was committed in between, the two snapshots are the same one. Otherwise (a counter wrote
// just then), or with one core, or when the second connection cannot open, the first one runs them all.
Result<QList<InvariantChecker::Finding>> InvariantChecker::run(int limitPerCheck) const
{
    static const QStringList costliestFirst{
        QStringLiteral("bookings.tickets"), QStringLiteral("ledger.movements_justified"),
        QStringLiteral("references"),       QStringLiteral("bookings.one_a_day"),
        QStringLiteral("ledger.lots"),      QStringLiteral("ledger.balances"),
        QStringLiteral("journal.records"),  QStringLiteral("ledger.lots_match_paid_lines"),
        QStringLiteral("documents.issued")};
    const QList<Check> all = checks();
    QList<int> order; // indexes into 'all', in the order the threads take them
    for (const QString &name : costliestFirst)
        for (int i = 0; i < all.size(); ++i)
            if (all.at(i).name == name)
                order += i;
    for (int i = 0; i < all.size(); ++i)
        if (!order.contains(i))
            order += i;

    QList<QList<Finding>> found(all.size());
    std::atomic<int> next{0};
    const auto work = [&](const InvariantChecker &checker) {
        for (int taken = next++; taken < order.size(); taken = next++) {
            const int i = order.at(taken);
            const QString &name = all.at(i).name;
            int count = 0;
            const Status s = checker.runCheck(name, [&](const QString &message) {
                found[i] += Finding{name, message};
                return ++count < limitPerCheck;
            });
            if (!s)
                found[i] += Finding{name, tr("The check could not run: %1").arg(s.error().message)};
        }
    };

    Database &database = m_session.database();
    QSemaphore opened, snapshotTaken;
    std::unique_ptr<QThread> second;
    if (QThread::idealThreadCount() > 1 && database.transactionDepth() == 0) {
        second.reset(QThread::create([&] {
            WorkerSession worker(database, m_session.actor());
            const qint64 before = worker.open() ? dataVersion(worker.session().database()) : -1;
            opened.release();
            if (before < 0)
                return;
            snapshotTaken.acquire();
            ReadTransaction snapshot(worker.session().database());
            if (snapshot.status() && dataVersion(worker.session().database()) == before) {
                InvariantChecker checker(worker.session());
                checker.setAnchor(m_anchor);
                work(checker);
            }
        }));
        second->setObjectName(QStringLiteral("verify"));
        second->start();
        opened.acquire();
    }
    const auto joined = qScopeGuard([&] {
        if (!second)
            return;
        snapshotTaken.release();
        second->wait();
    });
    ReadTransaction snapshot(database);
    if (!snapshot.status()) {
        next = int(order.size()); // the second thread has nothing to take
        return snapshot.status().error();
    }
    if (m_betweenSnapshots)
        m_betweenSnapshots();
    snapshotTaken.release();
    work(*this);
    if (second) {
        second->wait();
        second.reset();
    }
    QList<Finding> findings;
    for (const QList<Finding> &each : std::as_const(found))
        findings += each;
    return findings;
}

Result<QList<InvariantChecker::Finding>> InvariantChecker::run(const QString &checkName, int limit) const
{
    ReadTransaction snapshot(m_session.database());
    if (!snapshot.status())
        return snapshot.status().error();
    QList<Finding> findings;
    const Status s = runCheck(checkName, [&](const QString &message) {
        findings += Finding{checkName, message};
        return findings.size() < limit;
    });
    if (!s)
        return s.error();
    return findings;
}

Status InvariantChecker::runCheck(const QString &name, const Collect &collect) const
{
    Database &db = m_session.database();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Runs 'sql' and reports each row it returns, as 'describe' words it (an empty sentence: nothing wrong
    // with that row); stops when collect has enough.
    const auto rows = [&](const QString &sql,
                          const std::function<QString(const QSqlQuery &)> &describe) -> Status {
        if (!q.exec(sql))
            return storageError(q.lastError());
        while (q.next()) {
            const QString finding = describe(q);
            if (!finding.isEmpty() && !collect(finding))
                break;
        }
        q.finish();
        return Status::success();
    };
    const auto text = [](const QSqlQuery &r, int column) { return r.value(column).toString(); };
    const auto dayText = [](const QSqlQuery &r, int column) { // an ISO day as the French write it, else as is
        const QDate day = QDate::fromString(r.value(column).toString(), Qt::ISODate);
        return day.isValid() ? frenchDate(day) : r.value(column).toString();
    };

    if (name == QLatin1String("schema.triggers")) {
        QMap<QString, QString> present;
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")))
            return storageError(q.lastError());
        while (q.next())
            present.insert(q.value(0).toString(), q.value(1).toString());
        q.finish();
        const QMap<QString, QString> expected = Migrator::expectedTriggers();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!present.contains(it.key())) {
                if (!collect(tr("The protection %1 is missing from the database: rows of its table can be "
                                "changed or "
                                "removed without trace.")
                                 .arg(it.key())))
                    return Status::success();
            } else if (normalized(present.value(it.key())) != normalized(it.value())) {
                if (!collect(tr("The protection %1 was altered: it no longer says what this version of the "
                                "program "
                                "defines.")
                                 .arg(it.key())))
                    return Status::success();
            }
        }
        return Status::success();
    }
    if (name == QLatin1String("references")) {
        return rows(QStringLiteral("PRAGMA foreign_key_check"), [&](const QSqlQuery &r) {
            return tr("Table %1, row %2: refers to a row of %3 that does not exist.")
                .arg(text(r, 0), text(r, 1), text(r, 2));
        });
    }
    if (name == QLatin1String("ledger.balances")) {
        return rows(
            QStringLiteral("SELECT coalesce(h.file_number, m.household_id), coalesce(a.name, m.activity_id), "
                           "sum(m.quantity) FROM wallet_movement m LEFT JOIN household h ON h.id = "
                           "m.household_id LEFT JOIN activity a ON a.id = m.activity_id "
                           "GROUP BY m.household_id, m.activity_id HAVING sum(m.quantity) < 0"),
            [&](const QSqlQuery &r) {
                return tr("Wallet of file no. %1: the %2 balance is negative (%3).")
                    .arg(text(r, 0), text(r, 1), text(r, 2));
            });
    }
    if (name == QLatin1String("ledger.lots")) {
        Status s = rows(
            QStringLiteral("SELECT m.id, m.kind, m.lot_id FROM wallet_movement m "
                           "LEFT JOIN movement_kind k ON k.code = m.kind "
                           "LEFT JOIN wallet_movement l ON l.id = m.lot_id "
                           "LEFT JOIN movement_kind lk ON lk.code = l.kind "
                           "WHERE (coalesce(k.is_lot, 0) = 1) = (m.lot_id IS NOT NULL) "
                           "OR (m.lot_id IS NOT NULL AND (l.id IS NULL OR coalesce(lk.is_lot, 0) = 0 "
                           "    OR l.household_id <> m.household_id OR l.activity_id <> m.activity_id "
                           "    OR l.unit_price_cents <> m.unit_price_cents))"),
            [&](const QSqlQuery &r) {
                return tr("Ticket movement %1 (%2) takes from %3, which is not a lot of the same household, "
                          "activity and price.")
                    .arg(text(r, 0), text(r, 1),
                         r.value(2).isNull() ? tr("no lot") : tr("lot %1").arg(text(r, 2)));
            });
        if (!s)
            return s;
        s = rows(
            QStringLiteral(
                "SELECT g.id, g.quantity, g.reverses_id, coalesce(-r.quantity, 0) FROM wallet_movement g "
                "LEFT JOIN wallet_movement r ON r.id = g.reverses_id WHERE g.reverses_id IS NOT NULL "
                "AND g.quantity > 0 AND (r.id IS NULL OR r.quantity >= 0 OR r.lot_id IS NOT g.lot_id OR "
                // what its give-backs gave, less what was taken back of a ticket given back twice
                "(SELECT sum(x.quantity) + coalesce((SELECT sum(u.quantity) FROM wallet_movement u JOIN "
                "wallet_movement y ON y.id = u.reverses_id WHERE y.reverses_id = r.id), 0) "
                "FROM wallet_movement x WHERE x.reverses_id = r.id) > -r.quantity)"),
            [&](const QSqlQuery &r) {
                return tr("Ticket movement %1 gives back %2 tickets for movement %3, which took %4 from its "
                          "lot: more than it took, or to another lot.")
                    .arg(text(r, 0), text(r, 1), text(r, 2), text(r, 3));
            });
        if (!s)
            return s;
        // A ticket given back on two counters is taken back from one of the give-backs, whole, once
        // (Sync::settleGivenBackTwice).
        s = rows(
            QStringLiteral(
                "SELECT u.id, u.reverses_id FROM wallet_movement u LEFT JOIN wallet_movement g ON g.id = "
                "u.reverses_id WHERE u.kind IN ('cancellation_undone', 'excused_undone') AND (g.id IS NULL "
                "OR g.kind || '_undone' <> u.kind OR g.lot_id IS NOT u.lot_id OR g.booking_id IS NOT "
                "u.booking_id OR g.quantity <> -u.quantity OR (SELECT count(*) FROM wallet_movement x "
                "WHERE x.reverses_id = g.id) > 1)"),
            [&](const QSqlQuery &r) {
                return tr("Ticket movement %1 takes back a ticket given back twice, but movement %2 is not "
                          "a give-back of the same kind, booking and lot for as many tickets, or was taken "
                          "back more than once.")
                    .arg(text(r, 0), text(r, 1));
            });
        if (!s)
            return s;
        // The count of tickets left that the ledger's trigger keeps per lot (wallet_lot_left) is what the
        // ledger adds up to: a lot missing from it, counted wrong, or a count without its lot.
        s = rows(
            QStringLiteral(
                "SELECT coalesce(l.id, c.lot_id), l.left, c.remaining FROM (SELECT m.id, m.quantity + "
                "coalesce((SELECT sum(quantity) FROM wallet_movement WHERE lot_id = m.id), 0) AS left FROM "
                "wallet_movement m WHERE m.lot_id IS NULL) l FULL JOIN wallet_lot_left c ON c.lot_id = l.id "
                "WHERE l.left IS NOT c.remaining"),
            [&](const QSqlQuery &r) {
                if (r.value(1).isNull())
                    return tr("The count of tickets left kept beside the ledger names lot %1, which is not a "
                              "lot of the ledger.")
                        .arg(text(r, 0));
                return tr("Ticket lot %1 has %2 tickets left by its movements, but the count kept beside "
                          "the ledger says %3.")
                    .arg(text(r, 0), text(r, 1), r.value(2).isNull() ? tr("nothing") : text(r, 2));
            });
        if (!s)
            return s;
        // The lots' takes summed in lot order from an index, each then finding its lot: a lot nothing was
        // taken from holds what it was credited with.
        return rows(
            QStringLiteral(
                "SELECT l.id, l.quantity, l.quantity + t.taken FROM (SELECT lot_id, sum(quantity) AS taken "
                "FROM wallet_movement WHERE lot_id IS NOT NULL GROUP BY lot_id) t "
                "JOIN wallet_movement l ON l.id = t.lot_id "
                "JOIN movement_kind k ON k.code = l.kind AND k.is_lot = 1 "
                "WHERE l.quantity + t.taken < 0 OR t.taken > 0"),
            [&](const QSqlQuery &r) {
                return tr("Ticket lot %1 holds %3 tickets of the %2 it was credited with.")
                    .arg(text(r, 0), text(r, 1), text(r, 2));
            });
    }
    if (name == QLatin1String("ledger.movements_justified")) {
        return rows(
            QStringLiteral(
                "SELECT v.id, v.kind, v.quantity, coalesce(h.file_number, v.household_id), v.verdict FROM ("
                "SELECT m.id, m.kind, m.quantity, m.household_id, "
                "CASE "
                " WHEN k.code IS NULL THEN 'unknown' "
                " WHEN m.kind = 'purchase' THEN CASE WHEN m.quantity > 0 AND m.credit_note_line_id IS NULL "
                "   AND m.child_id IS NULL AND EXISTS (SELECT 1 FROM invoice_line l JOIN invoice i ON i.id = "
                "   l.invoice_id WHERE l.id = m.invoice_line_id AND i.household_id = m.household_id AND "
                "   l.activity_id = m.activity_id AND l.unit_price_cents = m.unit_price_cents) THEN 'ok' "
                "ELSE "
                "   'purchase' END "
                " WHEN m.kind = 'credit_note' THEN CASE WHEN m.invoice_line_id IS NULL AND m.child_id IS "
                "NULL "
                "   AND EXISTS (SELECT 1 FROM credit_note_line c JOIN credit_note n ON n.id = "
                "c.credit_note_id "
                "   JOIN invoice i ON i.id = n.invoice_id JOIN wallet_movement lot ON lot.id = m.lot_id "
                "   WHERE c.id = m.credit_note_line_id AND lot.invoice_line_id = c.invoice_line_id "
                "   AND c.quantity = -m.quantity AND c.unit_price_cents = m.unit_price_cents "
                "   AND i.household_id = m.household_id) THEN 'ok' ELSE 'credit_note' END "
                " WHEN k.source = 'booking_id' THEN CASE WHEN m.invoice_line_id IS NULL AND "
                "   m.credit_note_line_id IS NULL AND EXISTS (SELECT 1 FROM booking b WHERE b.id = "
                "m.booking_id "
                "   AND b.household_id = m.household_id AND b.child_id = m.child_id AND b.activity_id = "
                "   m.activity_id AND b.service_day = m.service_day) THEN 'ok' ELSE 'booking' END "
                // A carry-over moves a lot's tickets into a lot of the next year at the same price: each
                // half has its other half in the same roll-over.
                " WHEN m.kind = 'carry_out' THEN CASE WHEN EXISTS (SELECT 1 FROM wallet_movement lot "
                "   JOIN wallet_movement i ON i.rollover_id = m.rollover_id AND i.kind = 'carry_in' "
                "   AND i.household_id = m.household_id AND i.activity_id = m.activity_id "
                "   AND i.unit_price_cents = m.unit_price_cents AND i.quantity = -m.quantity "
                "   AND i.origin_lot_id = coalesce(lot.origin_lot_id, lot.id) WHERE lot.id = m.lot_id) "
                "   THEN 'ok' ELSE 'carry' END "
                " WHEN m.kind = 'carry_in' THEN CASE WHEN EXISTS (SELECT 1 FROM wallet_movement o "
                "   JOIN wallet_movement lot ON lot.id = o.lot_id WHERE o.rollover_id = m.rollover_id "
                "   AND o.kind = 'carry_out' AND o.household_id = m.household_id AND o.activity_id = "
                "   m.activity_id AND o.unit_price_cents = m.unit_price_cents AND o.quantity = -m.quantity "
                "   AND coalesce(lot.origin_lot_id, lot.id) = m.origin_lot_id) THEN 'ok' ELSE 'carry' END "
                " WHEN m.kind = 'refund' THEN CASE WHEN EXISTS (SELECT 1 FROM refund_line rl JOIN refund r "
                "ON "
                "   r.id = rl.refund_id WHERE rl.id = m.refund_line_id AND rl.lot_id = m.lot_id AND "
                "   rl.quantity = -m.quantity AND rl.unit_price_cents = m.unit_price_cents AND "
                "r.household_id "
                "   = m.household_id AND r.activity_id = m.activity_id) THEN 'ok' ELSE 'refund' END "
                " ELSE 'other' END AS verdict "
                "FROM wallet_movement m LEFT JOIN movement_kind k ON k.code = m.kind) v "
                "LEFT JOIN household h ON h.id = v.household_id WHERE v.verdict <> 'ok'"),
            [&](const QSqlQuery &r) {
                const QString verdict = text(r, 4);
                if (verdict == QLatin1String("unknown"))
                    return tr("Ticket movement %1 (file no. %2, %3 tickets) is of an unknown kind \"%4\".")
                        .arg(text(r, 0), text(r, 3), text(r, 2), text(r, 1));
                if (verdict == QLatin1String("purchase"))
                    return tr("Ticket movement %1 (file no. %2): %3 tickets entered the wallet without an "
                              "invoice line "
                              "of this household, activity and price.")
                        .arg(text(r, 0), text(r, 3), text(r, 2));
                if (verdict == QLatin1String("booking"))
                    return tr("Ticket movement %1 (file no. %2, %3 tickets, %4) does not match a booking of "
                              "this household, child, activity and day.")
                        .arg(text(r, 0), text(r, 3), text(r, 2), text(r, 1));
                if (verdict == QLatin1String("carry"))
                    return tr("Ticket movement %1 (file no. %2, %3 tickets, %4) is half of a carry-over "
                              "without its other half: the tickets did not move to the next school year at "
                              "the same price.")
                        .arg(text(r, 0), text(r, 3), text(r, 2), text(r, 1));
                if (verdict == QLatin1String("refund"))
                    return tr("Ticket movement %1 (file no. %2): %3 tickets left the wallet as a refund "
                              "without the refund line that pays them.")
                        .arg(text(r, 0), text(r, 3), text(r, 2));
                if (verdict == QLatin1String("credit_note"))
                    return tr("Ticket movement %1 (file no. %2): %3 tickets left the wallet without the "
                              "credit-note "
                              "line that takes them back.")
                        .arg(text(r, 0), text(r, 3), text(r, 2));
                return tr("Ticket movement %1 (file no. %2) is of kind \"%3\", which no document of this "
                          "version "
                          "justifies.")
                    .arg(text(r, 0), text(r, 3), text(r, 1));
            });
    }
    if (name == QLatin1String("ledger.lots_match_paid_lines")) {
        return rows(
            QStringLiteral(
                "SELECT number, description, in_wallet, expected FROM ("
                " SELECT b.number, l.description, "
                "  coalesce((SELECT sum(quantity) FROM wallet_movement WHERE invoice_line_id = l.id), 0) + "
                "  coalesce((SELECT sum(t.quantity) FROM wallet_movement t JOIN wallet_movement lot ON "
                "lot.id = "
                "            t.lot_id WHERE lot.invoice_line_id = l.id AND t.kind = 'credit_note'), 0) AS "
                "in_wallet, "
                "  CASE WHEN b.paid > 0 AND b.paid >= b.total - b.credited THEN l.quantity - "
                "    coalesce((SELECT sum(quantity) FROM credit_note_line WHERE invoice_line_id = l.id), 0) "
                "  ELSE 0 END AS expected "
                " FROM invoice_line l JOIN (%1) b ON b.id = l.invoice_id) WHERE in_wallet <> expected")
                .arg(InvoiceBalances),
            [&](const QSqlQuery &r) {
                return tr("Invoice %1, %2: the wallet holds %3 of its tickets, %4 expected (only a fully "
                          "paid invoice "
                          "credits its tickets, less what credit notes took back).")
                    .arg(text(r, 0), text(r, 1), text(r, 2), text(r, 3));
            });
    }
    if (name == QLatin1String("bookings.tickets")) {
        // A booking costs tickets_due tickets: its first taken as the booking's, the others (a walk-in's
        // surcharge) as such; what the wallet did not have is owed — taken + owed = due, always. A cancelled
        // or excused booking gave back everything it took, by a movement of that kind; a live one gave
        // nothing back. Read from the movements' side, grouped in booking order (an index alone), each group
        // then finding its booking by id; the labels only for what is wrong. A booking that took nothing owes
        // all it costs: the bookings that took something are counted against their first tickets.
        const QString labels = QStringLiteral(
            "SELECT coalesce(h.file_number, x.household_id), coalesce(c.first_name, x.child_id), "
            "x.service_day, "
            "coalesce(a.name, x.activity_id), x.status, x.taken, x.cancelled, x.excused, x.owed, x.due FROM "
            "(%1) x "
            "LEFT JOIN household h ON h.id = x.household_id LEFT JOIN child c ON c.id = x.child_id "
            "LEFT JOIN activity a ON a.id = x.activity_id");
        const auto describe = [&](const QSqlQuery &r) {
            return tr("Booking of %2 (file no. %1) for %4 on %3, \"%5\": it costs %9 ticket(s), the wallet "
                      "took %6 "
                      "and gave back %7 on cancellation and %8 for an excused absence, %10 owed — taken and "
                      "owed "
                      "make the cost, and all is given back only when cancelled or excused, expected.")
                .arg(text(r, 0), text(r, 1), dayText(r, 2), text(r, 3), bookingStatusLabel(text(r, 4)))
                .arg(-r.value(5).toInt())
                .arg(r.value(6).toInt())
                .arg(r.value(7).toInt())
                .arg(r.value(9).toInt())
                .arg(r.value(8).toInt());
        };
        Status s =
            rows(labels.arg(QStringLiteral(
                     "SELECT b.household_id, b.child_id, b.service_day, b.activity_id, b.status, t.taken, "
                     "t.cancelled, t.excused, b.tickets_owed AS owed, b.tickets_due AS due FROM (SELECT "
                     "booking_id, "
                     "  sum(CASE WHEN kind = 'booking' THEN quantity ELSE 0 END) AS first, "
                     "  sum(CASE WHEN kind IN ('booking', 'surcharge') THEN quantity ELSE 0 END) AS taken, "
                     "  sum(CASE WHEN kind IN ('cancellation', 'cancellation_undone') THEN quantity ELSE 0 "
                     "END) AS cancelled, "
                     "  sum(CASE WHEN kind IN ('excused', 'excused_undone') THEN quantity ELSE 0 END) AS "
                     "excused "
                     "  FROM wallet_movement WHERE booking_id IS NOT NULL GROUP BY booking_id) t "
                     "JOIN booking b ON b.id = t.booking_id "
                     "WHERE t.first <> -1 OR -t.taken + b.tickets_owed <> b.tickets_due "
                     "   OR t.cancelled <> CASE WHEN b.status = 'cancelled' THEN -t.taken ELSE 0 END "
                     "   OR t.excused <> CASE WHEN b.status = 'excused' THEN -t.taken ELSE 0 END")),
                 describe);
        if (!s)
            return s;
        QSqlQuery q(m_session.database().connection());
        // (All bookings less those owing all they cost — a small partial index — against the first tickets
        // taken, read from an index: no row is read. A movement naming no booking is the references check's.)
        if (!q.exec(
                QStringLiteral("SELECT (SELECT count(*) FROM booking) - (SELECT count(*) FROM booking WHERE "
                               "tickets_owed > 0 AND tickets_owed = tickets_due) = (SELECT count(*) FROM "
                               "wallet_movement WHERE booking_id IS NOT NULL AND kind = 'booking')")) ||
            !q.next())
            return storageError(q.lastError());
        if (q.value(0).toInt() == 1)
            return {};
        q.finish();
        return rows(
            labels.arg(QStringLiteral(
                "SELECT b.household_id, b.child_id, b.service_day, b.activity_id, b.status, 0 AS taken, "
                "0 AS cancelled, 0 AS excused, b.tickets_owed AS owed, b.tickets_due AS due FROM booking b "
                "WHERE b.tickets_owed < b.tickets_due AND NOT EXISTS (SELECT 1 FROM wallet_movement m "
                "WHERE m.booking_id = b.id AND m.kind = 'booking')")),
            describe);
    }
    if (name == QLatin1String("bookings.one_a_day")) {
        // Grouped in the order of the one-a-day index; the labels only for the days booked twice.
        return rows(
            QStringLiteral("SELECT coalesce(h.file_number, x.household_id), coalesce(c.first_name, "
                           "x.child_id), x.service_day, coalesce(a.name, x.activity_id), x.n FROM ("
                           " SELECT min(household_id) AS household_id, child_id, activity_id, service_day, "
                           " count(*) AS n FROM booking WHERE status <> 'cancelled' "
                           " GROUP BY child_id, activity_id, service_day HAVING count(*) > 1) x "
                           "LEFT JOIN household h ON h.id = x.household_id "
                           "LEFT JOIN child c ON c.id = x.child_id LEFT JOIN activity a ON a.id = "
                           "x.activity_id"),
            [&](const QSqlQuery &r) {
                return tr("%2 (file no. %1) is booked %5 times for %4 on %3: once at most.")
                    .arg(text(r, 0), text(r, 1), dayText(r, 2), text(r, 3), text(r, 4));
            });
    }
    if (name == QLatin1String("invoices.totals")) {
        Status s =
            rows(QStringLiteral("SELECT i.number, i.total_cents, (SELECT coalesce(sum(total_cents), 0) FROM "
                                "invoice_line WHERE invoice_id = i.id) AS lines FROM invoice i "
                                "WHERE i.total_cents <> lines"),
                 [&](const QSqlQuery &r) {
                     return tr("Invoice %1: its total (%2 cents) is not the sum of its lines (%3 cents).")
                         .arg(text(r, 0), text(r, 1), text(r, 2));
                 });
        if (!s)
            return s;
        return rows(
            QStringLiteral("SELECT i.number, l.description FROM invoice_line l JOIN invoice i ON i.id = "
                           "l.invoice_id WHERE l.total_cents <> l.quantity * l.unit_price_cents"),
            [&](const QSqlQuery &r) {
                return tr("Invoice %1, %2: the line's amount is not its quantity × its unit price.")
                    .arg(text(r, 0), text(r, 1));
            });
    }
    if (name == QLatin1String("credit_notes.totals")) {
        Status s =
            rows(QStringLiteral("SELECT c.number, c.total_cents, (SELECT coalesce(sum(total_cents), 0) FROM "
                                "credit_note_line WHERE credit_note_id = c.id) AS lines FROM credit_note c "
                                "WHERE c.total_cents <> lines"),
                 [&](const QSqlQuery &r) {
                     return tr("Credit note %1: its total (%2 cents) is not the sum of its lines (%3 cents).")
                         .arg(text(r, 0), text(r, 1), text(r, 2));
                 });
        if (s)
            s = rows(
                QStringLiteral(
                    "SELECT c.number, coalesce(l.description, cl.invoice_line_id) FROM credit_note_line cl "
                    "JOIN credit_note c ON c.id = cl.credit_note_id LEFT JOIN invoice_line l ON l.id = "
                    "cl.invoice_line_id WHERE l.id IS NULL OR l.invoice_id <> c.invoice_id "
                    "OR cl.unit_price_cents <> l.unit_price_cents "
                    "OR cl.total_cents <> cl.quantity * cl.unit_price_cents"),
                [&](const QSqlQuery &r) {
                    return tr("Credit note %1, %2: the line is not at the price of the invoice line it "
                              "corrects, "
                              "or not on its invoice.")
                        .arg(text(r, 0), text(r, 1));
                });
        if (s)
            s = rows(QStringLiteral(
                         "SELECT i.number, l.description, l.quantity, sum(c.quantity) FROM invoice_line l "
                         "JOIN invoice i ON i.id = l.invoice_id JOIN credit_note_line c ON "
                         "c.invoice_line_id = l.id GROUP BY l.id HAVING sum(c.quantity) > l.quantity"),
                     [&](const QSqlQuery &r) {
                         return tr("Invoice %1, %2: credit notes take back %4 tickets of %3.")
                             .arg(text(r, 0), text(r, 1), text(r, 2), text(r, 3));
                     });
        if (!s)
            return s;
        return rows(QStringLiteral("SELECT number, total, credited FROM (%1) WHERE credited > total")
                        .arg(InvoiceBalances),
                    [&](const QSqlQuery &r) {
                        return tr("Invoice %1: its credit notes (%3 cents) exceed its total (%2 cents).")
                            .arg(text(r, 0), text(r, 1), text(r, 2));
                    });
    }
    if (name == QLatin1String("refunds.amounts")) {
        Status s = rows(
            QStringLiteral(
                "SELECT r.number, r.tickets, r.amount_cents, coalesce(sum(l.quantity), 0), "
                "coalesce(sum(l.total_cents), 0) FROM refund r LEFT JOIN refund_line l ON l.refund_id = r.id "
                "GROUP BY r.id HAVING r.tickets <> coalesce(sum(l.quantity), 0) OR r.amount_cents <> "
                "coalesce(sum(l.total_cents), 0)"),
            [&](const QSqlQuery &r) {
                return tr("Refund %1 states %2 tickets for %3 cents, but its lines hold %4 tickets for %5 "
                          "cents.")
                    .arg(text(r, 0), text(r, 1), text(r, 2), text(r, 3), text(r, 4));
            });
        if (!s)
            return s;
        return rows(QStringLiteral(
                        "SELECT r.number, l.id, l.quantity, coalesce(-sum(m.quantity), 0) FROM refund_line l "
                        "JOIN refund r ON r.id = l.refund_id LEFT JOIN wallet_movement m ON "
                        "m.refund_line_id = l.id AND m.kind = 'refund' GROUP BY l.id "
                        "HAVING coalesce(-sum(m.quantity), 0) <> l.quantity OR count(m.id) <> 1"),
                    [&](const QSqlQuery &r) {
                        return tr("Refund %1, line %2: %3 tickets refunded, but %4 left the wallet for it.")
                            .arg(text(r, 0), text(r, 1), text(r, 2), text(r, 3));
                    });
    }
    if (name == QLatin1String("payments.amounts")) {
        // Each payment act in the order it happened: with it, the invoice never received more than its total
        // less the credit notes issued before it (what SalesService::pay allows at that moment).
        Status s = rows(
            QStringLiteral(
                "SELECT number, invoice, paid_so_far, allowed FROM ("
                " SELECT r.number, i.number AS invoice, "
                "  sum(a.amount) OVER (PARTITION BY r.invoice_id ORDER BY r.paid_at, r.id) AS paid_so_far, "
                "  i.total_cents - coalesce((SELECT sum(c.total_cents) FROM credit_note c WHERE c.invoice_id "
                "= "
                "   r.invoice_id AND c.issued_at < r.paid_at), 0) AS allowed "
                " FROM receipt r JOIN invoice i ON i.id = r.invoice_id "
                " JOIN (SELECT receipt_id, sum(amount_cents) AS amount FROM payment GROUP BY receipt_id) a "
                "  ON a.receipt_id = r.id) WHERE paid_so_far > allowed"),
            [&](const QSqlQuery &r) {
                return tr("Receipt %1: with it, %3 cents were paid on invoice %2, which asked at most %4 "
                          "cents at "
                          "that moment (its total less the credit notes issued before): the invoice is "
                          "overpaid.")
                    .arg(text(r, 0), text(r, 1), text(r, 2), text(r, 3));
            });
        if (!s)
            return s;
        return rows(
            QStringLiteral("SELECT r.number, p.method, p.amount_cents, p.tendered_cents, p.change_cents "
                           "FROM payment p JOIN receipt r ON r.id = p.receipt_id "
                           "WHERE p.amount_cents <= 0 OR p.change_cents < 0 "
                           "OR p.tendered_cents <> p.amount_cents + p.change_cents "
                           "OR (p.method <> 'cash' AND p.change_cents <> 0) OR p.change_cents > %1 "
                           "OR p.method NOT IN ('cash', 'cheque', 'card', 'online') "
                           "OR (p.method = 'cheque' AND (p.cheque_number = '' OR p.cheque_bank = '')) "
                           "OR (p.method IN ('card', 'online') AND p.card_reference = '')")
                .arg(SalesService::MaxChange.cents()),
            [&](const QSqlQuery &r) {
                return tr("Receipt %1 (%2): %3 cents paid, %4 handed over, %5 given back — the amounts or "
                          "details of this means of payment are not possible.")
                    .arg(text(r, 0), text(r, 1), text(r, 2), text(r, 3), text(r, 4));
            });
    }
    if (name == QLatin1String("receipts.acts")) {
        // One number, one act: receipt.number is UNIQUE, and the act's instant, clerk and invoice are one
        // row.
        Status s = rows(QStringLiteral("SELECT r.number FROM receipt r WHERE NOT EXISTS "
                                       "(SELECT 1 FROM payment WHERE receipt_id = r.id)"),
                        [&](const QSqlQuery &r) {
                            return tr("Receipt %1 records no means of payment.").arg(text(r, 0));
                        });
        if (!s)
            return s;
        return rows(
            QStringLiteral("SELECT r.number, i.number FROM receipt r JOIN invoice i ON i.id = r.invoice_id "
                           "WHERE r.paid_at < i.issued_at"),
            [&](const QSqlQuery &r) {
                return tr("Receipt %1 is dated before invoice %2 existed.").arg(text(r, 0), text(r, 1));
            });
    }
    if (name == QLatin1String("numbering.series") || name == QLatin1String("numbering.dates")) {
        struct Document
        {
            QString number, series;
            qint64 sequence;
            QDateTime at;
        };
        QMap<QString, QList<Document>> bySeries;
        for (const char *sql : {"SELECT number, series, sequence, issued_at FROM invoice",
                                "SELECT number, series, sequence, issued_at FROM credit_note",
                                "SELECT number, series, sequence, paid_at FROM receipt",
                                "SELECT number, series, sequence, requested_at FROM refund"}) {
            if (!q.exec(QString::fromLatin1(sql)))
                return storageError(q.lastError());
            while (q.next())
                bySeries[q.value(1).toString()] +=
                    Document{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                             instantFromIso(q.value(3))};
            q.finish();
        }
        // Z reports and deposit slips keep their number only: the series is what precedes the sequence.
        for (const char *sql :
             {"SELECT number, closed_at FROM closure", "SELECT number, issued_at FROM deposit_slip",
              "SELECT number, issued_at FROM refund_order"}) {
            if (!q.exec(QString::fromLatin1(sql)))
                return storageError(q.lastError());
            while (q.next()) {
                const QString number = q.value(0).toString();
                const QString series = number.section(QLatin1Char('-'), 0, -2);
                bySeries[series] +=
                    Document{number, series, number.section(QLatin1Char('-'), -1).toLongLong(),
                             instantFromIso(q.value(1))};
            }
            q.finish();
        }
        QMap<QString, qint64> last;
        QMap<QString, QDateTime> lastIssued;
        if (!q.exec(QStringLiteral("SELECT series, last_number, last_issued_at FROM number_series")))
            return storageError(q.lastError());
        while (q.next()) {
            last.insert(q.value(0).toString(), q.value(1).toLongLong());
            lastIssued.insert(q.value(0).toString(), instantFromIso(q.value(2)));
        }
        q.finish();

        if (name == QLatin1String("numbering.dates")) {
            // Documents numbered before the commune's time zone ruled (schema 2 used the computer's) keep the
            // year they were given.
            QDateTime communeTimeSince;
            if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'commune_time_since'")))
                return storageError(q.lastError());
            if (q.next())
                communeTimeSince = instantFromIso(q.value(0));
            q.finish();
            static const QRegularExpression yearAtEnd(QStringLiteral("-(\\d{4})$"));
            for (auto it = bySeries.begin(); it != bySeries.end(); ++it) {
                QList<Document> &docs = it.value();
                std::sort(docs.begin(), docs.end(),
                          [](const Document &a, const Document &b) { return a.sequence < b.sequence; });
                const int year = yearAtEnd.match(it.key()).captured(1).toInt();
                for (qsizetype i = 0; i < docs.size(); ++i) {
                    const Document &d = docs.at(i);
                    const QDate date = m_session.time().date(d.at);
                    const bool communeYear = !communeTimeSince.isValid() || d.at >= communeTimeSince;
                    if (communeYear && date.year() != year &&
                        !collect(
                            tr("Document %1 is dated %2 in the commune, but its number is of the year %3.")
                                .arg(d.number, m_session.time().dateTimeText(d.at))
                                .arg(year)))
                        return Status::success();
                    if (i > 0 && d.at < docs.at(i - 1).at &&
                        !collect(
                            tr("Document %1 is dated %2, before %3 which comes earlier in its series (%4).")
                                .arg(d.number, m_session.time().dateTimeText(d.at), docs.at(i - 1).number,
                                     m_session.time().dateTimeText(docs.at(i - 1).at))))
                        return Status::success();
                }
                if (!docs.isEmpty() && lastIssued.value(it.key()).isValid() &&
                    docs.last().at > lastIssued.value(it.key()) &&
                    !collect(tr("Series %1: document %2 is dated after the last number the series issued.")
                                 .arg(it.key(), docs.last().number)))
                    return Status::success();
            }
            return Status::success();
        }

        // numbering.series: documents, then family files, against number_series itself.
        for (auto it = last.cbegin(); it != last.cend(); ++it)
            if (!it.key().endsWith(QLatin1String("-DOSSIER")) && !bySeries.contains(it.key()) &&
                it.value() > 0 &&
                !collect(
                    tr("Series %1: the counter says %2 documents were numbered, but none of them exists.")
                        .arg(it.key())
                        .arg(it.value())))
                return Status::success();
        for (auto it = bySeries.begin(); it != bySeries.end(); ++it) {
            QList<Document> &docs = it.value();
            std::sort(docs.begin(), docs.end(),
                      [](const Document &a, const Document &b) { return a.sequence < b.sequence; });
            for (const Document &d : std::as_const(docs))
                if (d.number != NumberSeries::format(d.series, d.sequence) &&
                    !collect(tr("Document %1 does not carry its series number (%2).")
                                 .arg(d.number, NumberSeries::format(d.series, d.sequence))))
                    return Status::success();
            for (qsizetype i = 0; i < docs.size(); ++i) {
                if (docs.at(i).sequence == i + 1)
                    continue;
                const bool duplicate = docs.at(i).sequence <= i;
                if (!collect(
                        duplicate
                            ? tr("Series %1: number %2 is used twice.").arg(it.key()).arg(docs.at(i).sequence)
                            : tr("Series %1: number %2 is missing.").arg(it.key()).arg(i + 1)))
                    return Status::success();
                break;
            }
            // Against the counter's own count for this counter's series; another counter's series (pulled by
            // the sync, always a whole prefix of it) has no count here.
            const bool ours =
                last.contains(it.key()) || (!m_session.counter().code.isEmpty() &&
                                            it.key().startsWith(m_session.counter().code + QLatin1Char('-')));
            if (ours && last.value(it.key()) != docs.size() &&
                !collect(tr("Series %1: %2 documents but the counter says %3.")
                             .arg(it.key())
                             .arg(docs.size())
                             .arg(last.value(it.key()))))
                return Status::success();
        }
        // This counter's family files: CODE-1 .. CODE-n.
        const QString code = m_session.counter().code;
        if (code.isEmpty())
            return Status::success();
        q.prepare(
            QStringLiteral("SELECT file_number FROM household WHERE origin_site = ? AND file_number LIKE ?"));
        bindAll(q, {db.siteId(), QString(code + QStringLiteral("-%"))});
        if (Status s = execOrError(q); !s)
            return s;
        QList<qint64> files;
        while (q.next())
            files += q.value(0).toString().mid(code.size() + 1).toLongLong();
        q.finish();
        std::sort(files.begin(), files.end());
        const QString series = NumberSeries::familyFileSeries(code);
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (files.at(i) != i + 1) {
                if (!collect(files.at(i) <= i ? tr("Family file number %1 is given twice.")
                                                    .arg(NumberSeries::familyFileNumber(code, files.at(i)))
                                              : tr("Family file number %1 is missing.")
                                                    .arg(NumberSeries::familyFileNumber(code, i + 1))))
                    return Status::success();
                break;
            }
        }
        if (last.value(series) != files.size() &&
            !collect(tr("Family files: %1 numbered %2-1 onwards, but the counter says %3.")
                         .arg(files.size())
                         .arg(code)
                         .arg(last.value(series))))
            return Status::success();
        return Status::success();
    }
    if (name == QLatin1String("documents.issued")) {
        return rows(
            QStringLiteral(
                "SELECT d.kind, d.number, d.amount_cents, d.content, d.sha256, "
                "CASE d.kind WHEN 'invoice' THEN (SELECT total_cents FROM invoice WHERE number = d.number) "
                " WHEN 'credit_note' THEN (SELECT total_cents FROM credit_note WHERE number = d.number) "
                " WHEN 'receipt' THEN (SELECT sum(p.amount_cents) FROM receipt r JOIN payment p ON "
                "p.receipt_id = "
                "  r.id WHERE r.number = d.number) END AS recorded "
                "FROM issued_document d"),
            [&](const QSqlQuery &r) -> QString {
                const QString number = text(r, 1);
                if (DocumentService::sha256(r.value(3).toString()) != text(r, 4))
                    return tr("Issued document %1: its kept content no longer matches its SHA-256.")
                        .arg(number);
                if (r.value(5).isNull())
                    return tr("Issued document %1: no such document in the records.").arg(number);
                if (r.value(5).toLongLong() != r.value(2).toLongLong())
                    return tr("Document %1 was issued for %2 cents, but the records now say %3 cents.")
                        .arg(number, text(r, 2), text(r, 5));
                return QString();
            });
    }
    if (name == QLatin1String("journal.chain"))
        return m_session.journal().verifyChain(m_anchor, collect);
    if (name == QLatin1String("journal.records"))
        return m_session.journal().verifyRecords(collect);
    return Error::of(tr("There is no check named \"%1\".").arg(name));
}

} // namespace guichet
