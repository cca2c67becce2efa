#include "yearend/Refunds.h"

#include "cashoffice/CashOffice.h"
#include "cashoffice/Journal.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/CommuneTime.h"
#include "common/Csv.h"
#include "common/Iban.h"
#include "common/Uuid.h"
#include "commune/CommuneSettings.h"
#include "mail/Outbox.h"
#include "sales/SalesService.h"
#include "session/Counter.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "users/UserService.h"
#include "wallet/WalletService.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>
#include <algorithm>
#include <xlsxwriter.h>

namespace guichet {

namespace {

const char *const RefundColumns =
    "SELECT r.id, r.number, h.file_number, h.name, r.payer_name, a.name, r.method, r.iban, r.bic, r.reason, "
    "r.tickets, r.amount_cents, r.requested_at, r.clerk, coalesce(o.number, '') "
    "FROM refund r JOIN household h ON h.id = r.household_id JOIN activity a ON a.id = r.activity_id "
    "LEFT JOIN refund_order_item oi ON oi.refund_id = r.id LEFT JOIN refund_order o ON o.id = oi.order_id ";

} // namespace

RefundService::RefundService(Session &session) : m_session(session), m_statements(session.database()) {}

Result<RefundQuote> RefundService::quote(qint64 householdId, qint64 activityId, int tickets) const
{
    RefundQuote quote;
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT h.file_number, h.name, coalesce((SELECT g.first_name || ' ' || g.last_name FROM guardian g "
        "WHERE g.household_id = h.id AND g.is_payer = 1), ''), a.code, a.name, "
        "(SELECT coalesce(sum(b.tickets_due - b.tickets_owed), 0) FROM booking b WHERE b.household_id = h.id "
        " AND b.activity_id = a.id AND b.status = 'booked' AND b.service_day >= ?), "
        "(SELECT r.iban || ' ' || r.bic FROM refund r WHERE r.household_id = h.id AND r.method = 'transfer' "
        " ORDER BY r.id DESC LIMIT 1) "
        "FROM household h, activity a WHERE h.id = ? AND a.id = ?"));
    bindAll(q, {m_session.today().toString(Qt::ISODate), householdId, activityId});
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(tr("This family file or this activity does not exist: search the family again."));
    quote.householdId = householdId;
    quote.fileNumber = q.value(0).toString();
    quote.household = q.value(1).toString();
    quote.payerName = q.value(2).toString();
    quote.activityId = activityId;
    quote.activityCode = q.value(3).toString();
    quote.activityName = q.value(4).toString();
    quote.bookedAhead = q.value(5).toInt();
    const QStringList last = q.value(6).toString().split(QLatin1Char(' '));
    quote.lastIban = last.value(0);
    quote.lastBic = last.value(1);
    q.finish();

    const auto balance = m_session.wallet().balance(householdId, activityId);
    if (!balance)
        return balance.error();
    quote.balance = balance.value();
    const auto owed = m_session.wallet().owed(householdId, activityId);
    if (!owed)
        return owed.error();
    if (owed.value() > 0)
        return Error::of(tr("The household owes %n %1 ticket(s) (used without being in the wallet): there is "
                            "nothing to refund.",
                            nullptr, owed.value())
                             .arg(quote.activityName));
    const QString booked = quote.bookedAhead > 0 ? tr(" %n more are taken by bookings of days to come: "
                                                      "cancel those bookings first to refund them.",
                                                      nullptr, quote.bookedAhead)
                                                 : QString();
    if (quote.balance <= 0)
        return Error::of(tr("The household has no %1 ticket in its wallet: there is nothing to refund.%2")
                             .arg(quote.activityName, booked));
    if (tickets < 0)
        return Error::inField(QStringLiteral("tickets"),
                              tr("Give a number of tickets to refund (1 or more)."));
    quote.tickets = tickets == 0 ? quote.balance : tickets;
    if (quote.tickets > quote.balance)
        return Error::inField(
            QStringLiteral("tickets"),
            tr("Only %n %1 ticket(s) are in the wallet: %2 cannot be refunded.%3", nullptr, quote.balance)
                .arg(quote.activityName)
                .arg(quote.tickets)
                .arg(booked));

    // The most recently bought tickets first: the open lots come oldest first.
    const auto lots = m_session.wallet().openLots(householdId, activityId);
    if (!lots)
        return lots.error();
    int left = quote.tickets;
    for (auto it = lots.value().crbegin(); it != lots.value().crend() && left > 0; ++it) {
        const int n = std::min(left, it->remaining);
        quote.lines += RefundLine{it->id, n, it->unitPrice};
        quote.amount += it->unitPrice * n;
        left -= n;
    }
    const auto invoices = m_session.sales().invoices(householdId);
    if (!invoices)
        return invoices.error();
    if (const Debt debt = debtOf(invoices.value()); !debt.isZero())
        quote.warning =
            tr("The family still owes %1 (invoice(s) %2): have it paid, or tell the accountant to "
               "offset it against the refund.")
                .arg(debt.total.toString(), debt.invoiceNumbers.join(QStringLiteral(", ")));
    if (left > 0) // the balance says the tickets are there; the lots must agree
        return Error::of(
            tr("The wallet's lots hold fewer tickets than its balance: run guichet-cli verify and "
               "call your IT support."));
    return quote;
}

Result<RefundView> RefundService::refund(const RefundRequest &request)
{
    if (Status s = m_session.users().require(Role::Regisseur, tr("Refunding tickets")); !s)
        return s.error();
    if (!m_session.counter().isSetUp())
        return Counter::notSetUp();
    const auto profile = m_session.commune().profile();
    if (!profile)
        return profile.error();
    QString iban, bic;
    if (request.cash) {
        if (!profile.value().cashRefundsAllowed)
            return Error::of(
                tr("The régie does not pay refunds in cash: give the payer's IBAN, the public "
                   "accountant pays the refund by transfer. (An administrator allows cash refunds "
                   "in Administration › Commune when the régie's founding act does.)"));
    } else {
        const auto account = Iban::checkAccount(request.iban, request.bic);
        if (!account)
            return Error::inField(QStringLiteral("iban"), account.error().message);
        iban = account.value().first;
        bic = account.value().second;
    }

    // During a school year, only a household whose children all leave the commune's schools is refunded:
    // the others keep their tickets for the days to come (and carry them over to the next year).
    const QDate today = m_session.today();
    const auto years = m_session.catalog().schoolYears();
    if (!years)
        return years.error();
    for (const SchoolYear &y : years.value()) {
        if (y.start > today || today > y.end)
            continue;
        QSqlQuery &q = m_statements.get(QStringLiteral(
            "SELECT count(*), coalesce(sum(c.schooling <> 'attending'), 0) FROM household_child hc "
            "JOIN child c ON c.id = hc.child_id WHERE hc.household_id = ?"));
        q.addBindValue(request.householdId);
        if (Status s = execOrError(q); !s)
            return s.error();
        const bool allLeave = q.next() && q.value(0).toInt() > 0 && q.value(0).toInt() == q.value(1).toInt();
        q.finish();
        if (!allLeave)
            return Error::of(
                tr("The school year %1 runs until %2: surplus tickets are refunded once it is over, "
                   "or earlier when every child of the family leaves the commune's schools (tick "
                   "it in each child's record).")
                    .arg(y.label, frenchDate(y.end)));
    }

    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    const auto quoted = quote(request.householdId, request.activityId, request.tickets);
    if (!quoted)
        return quoted.error();
    const RefundQuote &qt = quoted.value();
    if (qt.payerName.isEmpty())
        return Error::of(tr("The family file has no payer: choose the payer in the file first."));
    QVariant tillSession = sqlNull();
    if (request.cash) {
        const auto open = m_session.till().requireOpen();
        if (!open)
            return open.error();
        tillSession = open.value();
    }
    const QDateTime now = db.clock().nowUtc();
    const auto number = m_session.nextDocumentNumber(QStringLiteral("RB"), now);
    if (!number)
        return number.error();
    QSqlQuery &insert = m_statements.get(QStringLiteral(
        "INSERT INTO refund (uuid, origin_site, number, series, sequence, household_id, activity_id, "
        "payer_name, method, iban, bic, till_session_id, reason, tickets, amount_cents, requested_at, clerk) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindAll(insert, {createUuidV7(db.clock()), db.siteId(), number.value(),
                     number.value().section(QLatin1Char('-'), 0, -2),
                     number.value().section(QLatin1Char('-'), -1).toLongLong(), qt.householdId, qt.activityId,
                     qt.payerName, request.cash ? QStringLiteral("cash") : QStringLiteral("transfer"), iban,
                     bic, tillSession, request.reason.trimmed(), qt.tickets, qt.amount.cents(),
                     isoFromInstant(now), m_session.actor()});
    if (Status s = execOrError(insert); !s)
        return s.error();
    const qint64 refundId = insert.lastInsertId().toLongLong();
    QSqlQuery &line = m_statements.get(QStringLiteral(
        "INSERT INTO refund_line (uuid, origin_site, refund_id, lot_id, quantity, unit_price_cents, "
        "total_cents) VALUES (?,?,?,?,?,?,?)"));
    for (const RefundLine &l : qt.lines) {
        bindAll(line, {createUuidV7(db.clock()), db.siteId(), refundId, l.lotId, l.quantity,
                       l.unitPrice.cents(), l.total().cents()});
        if (Status s = execOrError(line); !s)
            return s.error();
        MovementSource source;
        source.refundLineId = line.lastInsertId().toLongLong();
        if (auto taken = m_session.wallet().takeFromLot(l.lotId, l.quantity, MovementKind::Refund, source);
            !taken)
            return taken.error();
    }
    if (Status s = m_session.journal().record(JournalEvent::Refund, refundId); !s)
        return s.error();
    if (Status s = m_session.mail().refundMade(qt.householdId, number.value(), qt.amount, request.cash); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return refundView(refundId);
}

Result<QList<RefundView>> RefundService::refunds(const QString &where, const QList<QVariant> &values) const
{
    QSqlQuery &q = m_statements.get(QString::fromLatin1(RefundColumns) + where);
    bindAll(q, values);
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<RefundView> list;
    while (q.next()) {
        RefundView v;
        v.id = q.value(0).toLongLong();
        v.number = q.value(1).toString();
        v.fileNumber = q.value(2).toString();
        v.household = q.value(3).toString();
        v.payerName = q.value(4).toString();
        v.activityName = q.value(5).toString();
        v.cash = q.value(6).toString() == QLatin1String("cash");
        v.iban = q.value(7).toString();
        v.bic = q.value(8).toString();
        v.reason = q.value(9).toString();
        v.tickets = q.value(10).toInt();
        v.amount = Money::fromCents(q.value(11).toLongLong());
        v.requestedAt = instantFromIso(q.value(12));
        v.day = m_session.time().date(v.requestedAt);
        v.clerk = q.value(13).toString();
        v.orderNumber = q.value(14).toString();
        list += v;
    }
    q.finish();
    if (list.isEmpty())
        return list;
    // The lines of all these refunds in one read (refund ids span [min, max]; a report's are consecutive).
    QHash<qint64, RefundView *> byId;
    qint64 first = list.first().id, last = first;
    for (RefundView &v : list) {
        byId.insert(v.id, &v);
        first = std::min(first, v.id);
        last = std::max(last, v.id);
    }
    QSqlQuery &lines = m_statements.get(QStringLiteral(
        "SELECT refund_id, lot_id, quantity, unit_price_cents FROM refund_line WHERE refund_id "
        "BETWEEN ? AND ? ORDER BY refund_id, id"));
    bindAll(lines, {first, last});
    if (Status s = execOrError(lines); !s)
        return s.error();
    while (lines.next())
        if (RefundView *v = byId.value(lines.value(0).toLongLong()))
            v->lines += RefundLine{lines.value(1).toLongLong(), lines.value(2).toInt(),
                                   Money::fromCents(lines.value(3).toLongLong())};
    lines.finish();
    return list;
}

Result<RefundView> RefundService::refundView(qint64 refundId) const
{
    const auto list = refunds(QStringLiteral("WHERE r.id = ?"), {refundId});
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error::of(tr("Refund %1 does not exist.").arg(refundId));
    return list.value().first();
}

Result<QList<RefundView>> RefundService::refundsOf(qint64 householdId) const
{
    return refunds(QStringLiteral("WHERE r.household_id = ? ORDER BY r.id"), {householdId});
}

Result<QList<RefundProposal>> RefundService::proposals() const
{
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT m.household_id, m.activity_id FROM wallet_movement m JOIN activity a ON a.id = m.activity_id "
        "WHERE m.household_id IN (SELECT hc.household_id FROM household_child hc JOIN child c ON c.id = "
        " hc.child_id GROUP BY hc.household_id HAVING min(c.schooling <> 'attending') = 1) "
        "GROUP BY m.household_id, m.activity_id HAVING sum(m.quantity) > 0 "
        "ORDER BY m.household_id, a.position"));
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<std::pair<qint64, qint64>> wallets;
    while (q.next())
        wallets += {q.value(0).toLongLong(), q.value(1).toLongLong()};
    q.finish();
    QList<RefundProposal> list;
    for (const auto &[household, activity] : std::as_const(wallets))
        if (auto quoted = quote(household, activity))
            list += RefundProposal{quoted.value()};
    return list;
}

Result<RefundReport> RefundService::report(const QDate &from, const QDate &to) const
{
    if (Status s = m_session.users().require(Role::Regisseur, tr("The refund report")); !s)
        return s.error();
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::of(tr("Give the period of the report as two dates, the first not after the last."));
    RefundReport report;
    report.from = from;
    report.to = to;
    const auto [first, afterLast] = m_session.time().isoRange(from, to);
    const auto list = refunds(
        QStringLiteral("WHERE r.requested_at >= ? AND r.requested_at < ? ORDER BY r.requested_at, r.id"),
        {first, afterLast});
    if (!list)
        return list.error();
    report.refunds = list.value();
    for (const RefundView &r : std::as_const(report.refunds)) {
        (r.cash ? report.cash : report.transfers) += r.amount;
        ++(r.cash ? report.cashCount : report.transferCount);
        report.total += r.amount;
    }
    return report;
}

Result<RefundReport> RefundService::issue(const QDate &from, const QDate &to)
{
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    auto made = report(from, to);
    if (!made)
        return made.error();
    RefundReport report = std::move(made).value();
    QList<const RefundView *> toOrder;
    Money total;
    for (const RefundView &r : std::as_const(report.refunds))
        if (!r.cash && r.orderNumber.isEmpty()) {
            toOrder += &r;
            total += r.amount;
        }
    if (toOrder.isEmpty())
        return Error::of(
            tr("Every transfer of %1 to %2 is already on a refund order (or there is none): there is "
               "nothing to issue.")
                .arg(frenchDate(from), frenchDate(to)));
    const QDateTime now = db.clock().nowUtc();
    const auto number = m_session.nextDocumentNumber(QStringLiteral("OR"), now);
    if (!number)
        return number.error();
    QSqlQuery &order = m_statements.get(QStringLiteral("INSERT INTO refund_order (uuid, origin_site, number, "
                                                       "first_day, last_day, issued_at, issued_by, refunds, "
                                                       "total_cents) VALUES (?,?,?,?,?,?,?,?,?)"));
    bindAll(order, {createUuidV7(db.clock()), db.siteId(), number.value(), from.toString(Qt::ISODate),
                    to.toString(Qt::ISODate), isoFromInstant(now), m_session.actor(), int(toOrder.size()),
                    total.cents()});
    if (Status s = execOrError(order); !s)
        return s.error();
    const qint64 orderId = order.lastInsertId().toLongLong();
    QSqlQuery &item = m_statements.get(QStringLiteral(
        "INSERT INTO refund_order_item (uuid, origin_site, order_id, refund_id) VALUES (?,?,?,?)"));
    for (const RefundView *r : std::as_const(toOrder)) {
        bindAll(item, {createUuidV7(db.clock()), db.siteId(), orderId, r->id});
        if (Status s = execOrError(item); !s)
            return s.error();
    }
    if (Status s = m_session.journal().record(JournalEvent::RefundOrder, orderId); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    for (RefundView &r : report.refunds)
        if (!r.cash && r.orderNumber.isEmpty())
            r.orderNumber = number.value();
    report.orderNumber = number.value();
    report.issuedAt = now;
    report.issuedBy = m_session.actor();
    return report;
}

namespace {

// One row per refund line (its unit value), the refund's own columns repeated: what the accountant's
// spreadsheet sorts and sums.
struct ReportRow
{
    const RefundView *refund;
    RefundLine line;
};

QList<ReportRow> reportRows(const RefundReport &report)
{
    QList<ReportRow> rows;
    for (const RefundView &r : report.refunds)
        for (const RefundLine &l : r.lines)
            rows += ReportRow{&r, l};
    return rows;
}

QStringList reportHeader()
{
    return {RefundService::tr("Refund"),      RefundService::tr("Date"),       RefundService::tr("File no."),
            RefundService::tr("Household"),   RefundService::tr("Payer"),      RefundService::tr("Means"),
            RefundService::tr("IBAN"),        RefundService::tr("BIC"),        RefundService::tr("Activity"),
            RefundService::tr("Tickets"),     RefundService::tr("Unit value"), RefundService::tr("Amount"),
            RefundService::tr("Refund order")};
}

QString means(const RefundView &r)
{
    return r.cash ? RefundService::tr("Cash (till)") : RefundService::tr("Transfer");
}

} // namespace

QByteArray RefundService::reportCsv(const RefundReport &report, bool accountantCopy)
{
    QList<QStringList> rows{reportHeader()};
    for (const ReportRow &row : reportRows(report)) {
        const RefundView &r = *row.refund;
        rows += QStringList{r.number,
                            r.day.toString(Qt::ISODate),
                            r.fileNumber,
                            r.household,
                            r.payerName,
                            means(r),
                            r.iban.isEmpty() ? QString() : (accountantCopy ? r.iban : Iban::masked(r.iban)),
                            r.bic,
                            r.activityName,
                            QString::number(row.line.quantity),
                            csvAmount(row.line.unitPrice),
                            csvAmount(row.line.total()),
                            r.orderNumber};
    }
    rows += QStringList{tr("Total"), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, csvAmount(report.total), {}};
    return csvDocument(rows);
}

Status RefundService::writeXlsx(const RefundReport &report, bool accountantCopy, const QString &path)
{
    // libxlsxwriter writes a real Office Open XML workbook: numbers as numbers (amounts in euros with two
    // decimals, summed by a formula the accountant can check), text as shared strings.
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return Error::of(tr("The spreadsheet %1 cannot be created: check the folder exists and is writable.")
                             .arg(QDir::toNativeSeparators(path)));
    lxw_worksheet *sheet = workbook_add_worksheet(book, tr("Refunds").toUtf8().constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *euros = workbook_add_format(book);
    format_set_num_format(euros, "#,##0.00\\ \"€\"");
    lxw_format *boldEuros = workbook_add_format(book);
    format_set_bold(boldEuros);
    format_set_num_format(boldEuros, "#,##0.00\\ \"€\"");
    const auto text = [&](lxw_row_t row, lxw_col_t col, const QString &value, lxw_format *format = nullptr) {
        worksheet_write_string(sheet, row, col, value.toUtf8().constData(), format);
    };
    const QString title =
        tr("Refunds of surplus tickets from %1 to %2").arg(frenchDate(report.from), frenchDate(report.to));
    text(0, 0, title, bold);
    const QStringList header = reportHeader();
    for (int c = 0; c < header.size(); ++c)
        text(2, lxw_col_t(c), header.at(c), bold);
    lxw_row_t row = 3;
    for (const ReportRow &r : reportRows(report)) {
        const RefundView &v = *r.refund;
        text(row, 0, v.number);
        text(row, 1, frenchDate(v.day));
        text(row, 2, v.fileNumber);
        text(row, 3, v.household);
        text(row, 4, v.payerName);
        text(row, 5, means(v));
        text(row, 6, v.iban.isEmpty() ? QString() : (accountantCopy ? v.iban : Iban::masked(v.iban)));
        text(row, 7, v.bic);
        text(row, 8, v.activityName);
        worksheet_write_number(sheet, row, 9, r.line.quantity, nullptr);
        // A spreadsheet cell holds a binary number: the cents become euros only here, at the file's edge
        // (every sum was made in integer cents; the total below is written with its exact value).
        worksheet_write_number(sheet, row, 10, double(r.line.unitPrice.cents()) / 100.0, euros);
        worksheet_write_number(sheet, row, 11, double(r.line.total().cents()) / 100.0, euros);
        text(row, 12, v.orderNumber);
        ++row;
    }
    text(row, 0, tr("Total"), bold);
    const QByteArray sum = QStringLiteral("=SUM(L4:L%1)").arg(row).toUtf8();
    worksheet_write_formula_num(sheet, row, 11, sum.constData(), boldEuros,
                                double(report.total.cents()) / 100.0);
    worksheet_set_column(sheet, 0, 0, 22, nullptr);
    worksheet_set_column(sheet, 3, 4, 26, nullptr);
    worksheet_set_column(sheet, 6, 6, 36, nullptr);
    worksheet_set_column(sheet, 8, 8, 22, nullptr);
    worksheet_set_column(sheet, 10, 11, 12, nullptr);
    worksheet_set_column(sheet, 12, 12, 22, nullptr);
    if (workbook_close(book) != LXW_NO_ERROR)
        return Error::of(
            tr("The spreadsheet %1 could not be written: check the disk has room and the folder is "
               "writable.")
                .arg(QDir::toNativeSeparators(path)));
    return Status::success();
}

} // namespace guichet
