#include "sales/SalesService.h"

#include "catalog/CatalogService.h"
#include "common/Uuid.h"
#include "family/FamilyService.h"
#include "sales/NumberSeries.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "wallet/WalletService.h"

#include <QHash>
#include <QSet>

namespace guichet {

namespace {

QDateTime instant(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString oneFieldMessage()
{
    return SalesService::tr("One field needs correcting; nothing was saved.");
}

// The amounts that decide an invoice's state, read inside the caller's transaction.
struct Balance
{
    Money total, credited, paid;
    Money outstanding() const { return total - credited - paid; }
    bool fullyPaid() const { return !paid.isZero() && paid >= total - credited; }
};

Result<Balance> readBalance(Database &db, qint64 invoiceId)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT i.total_cents, "
                       "(SELECT coalesce(sum(total_cents), 0) FROM credit_note WHERE invoice_id = i.id), "
                       "(SELECT coalesce(sum(amount_cents), 0) FROM payment WHERE invoice_id = i.id) "
                       "FROM invoice i WHERE i.id = ?"));
    q.addBindValue(invoiceId);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(SalesService::tr("This invoice does not exist. Reopen the family file."));
    return Balance{Money::fromCents(q.value(0).toLongLong()), Money::fromCents(q.value(1).toLongLong()),
                   Money::fromCents(q.value(2).toLongLong())};
}

InvoiceStatus statusOf(const Balance &b)
{
    if (b.credited == b.total)
        return InvoiceStatus::Cancelled;
    if (b.fullyPaid())
        return InvoiceStatus::Paid;
    if (!b.paid.isZero())
        return InvoiceStatus::PartlyPaid;
    return InvoiceStatus::Unpaid;
}

// Once an invoice is fully paid, its tickets (less any credited before) land in the wallet: one lot per
// line, at the line's unit price.
Status creditWallet(Database &db, qint64 invoiceId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT l.activity_id, l.quantity - coalesce((SELECT sum(c.quantity) FROM credit_note_line c "
        "WHERE c.invoice_line_id = l.id), 0), l.unit_price_cents, i.household_id "
        "FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id WHERE l.invoice_id = ? "
        "ORDER BY l.id"));
    q.addBindValue(invoiceId);
    if (Status s = execOrError(q); !s)
        return s;
    struct Lot
    {
        qint64 activity, quantity, price, household;
    };
    QList<Lot> lots;
    while (q.next())
        if (q.value(1).toLongLong() > 0)
            lots += Lot{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        q.value(3).toLongLong()};
    const QString now = db.clock().nowIso();
    for (const Lot &lot : lots) {
        q.prepare(
            QStringLiteral("INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, kind, "
                           "quantity, unit_price_cents, invoice_id, at, clerk) "
                           "VALUES (?,?,?,?,'purchase',?,?,?,?,?)"));
        bindAll(q, {createUuidV7(), db.siteId(), lot.household, lot.activity, lot.quantity, lot.price,
                    invoiceId, now, db.actor()});
        if (Status s = execOrError(q); !s)
            return s;
    }
    return Status::success();
}

} // namespace

QString SalesService::counterCode() const
{
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'counter_code'")) && q.next())
        return q.value(0).toString();
    return QStringLiteral("SO1");
}

Result<Quote> SalesService::quote(qint64 householdId, const QList<OrderLine> &lines) const
{
    const auto file = FamilyService(m_database).load(householdId);
    if (!file)
        return file.error();
    const Household &h = file.value().household;
    if (h.status != FileStatus::Validated)
        return Error::of(
            tr("The family file of %1 is \"%2\": tickets are sold once the file is validated. Complete "
               "and validate the file first.")
                .arg(h.name, fileStatusLabel(h.status)));
    CatalogService catalog(m_database);
    const auto year = catalog.schoolYearFor(m_database.clock().today());
    if (!year)
        return Error::of(
            tr("No school year is set up. Ask the administrator to create one with its tariffs."));

    Quote quote;
    quote.householdId = householdId;
    quote.schoolYear = *year;
    quote.basis = catalog.pricingBasis(file.value(), *year);

    QHash<qint64, Activity> activities;
    for (const Activity &a : catalog.activities())
        activities.insert(a.id, a);
    QMap<QString, QString> errors;
    QSet<qint64> seen;
    for (const OrderLine &line : lines) {
        const QString field = QStringLiteral("activity:%1").arg(line.activityId);
        if (!activities.contains(line.activityId)) {
            errors[field] = tr("This activity is not sold any more. Reopen the sale.");
            continue;
        }
        const Activity &activity = activities.value(line.activityId);
        if (seen.contains(line.activityId)) {
            errors[field] = tr("%1 appears twice in the order: give one quantity.").arg(activity.name);
            continue;
        }
        seen.insert(line.activityId);
        if (line.quantity == 0)
            continue;
        if (line.quantity < 0) {
            errors[field] =
                tr("A number of tickets cannot be negative (%1 typed for %2). To give tickets back, issue "
                   "a credit note.")
                    .arg(line.quantity)
                    .arg(activity.name);
            continue;
        }
        if (line.quantity > MaxQuantity) {
            errors[field] =
                tr("%1 tickets of %2 is more than a school year needs (at most %3 per order). Check the "
                   "number.")
                    .arg(line.quantity)
                    .arg(activity.name)
                    .arg(MaxQuantity);
            continue;
        }
        const auto price = catalog.unitPrice(year->id, line.activityId, quote.basis);
        if (!price)
            return price.error();
        PricedLine priced;
        priced.activityId = line.activityId;
        priced.description = activity.ticketUnit.isEmpty()
                                 ? activity.name
                                 : activity.name + QStringLiteral(" — ") + activity.ticketUnit;
        priced.quantity = line.quantity;
        priced.unitPrice = price.value();
        priced.total = price.value() * line.quantity;
        quote.lines += priced;
        quote.total += priced.total;
    }
    if (!errors.isEmpty())
        return Error{errors.size() == 1 ? errors.first()
                                        : tr("Some quantities need correcting; nothing was saved."),
                     errors};
    if (quote.lines.isEmpty())
        return Error::of(tr("Type a number of tickets for at least one activity."));
    if (quote.total.isZero())
        return Error::of(tr("These tickets are free: there is nothing to invoice."));
    return quote;
}

Result<qint64> SalesService::confirmOrder(qint64 householdId, const QList<OrderLine> &lines)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status().error();
    const auto priced = quote(householdId, lines);
    if (!priced)
        return priced.error();
    const Quote &q = priced.value();
    const auto file = FamilyService(m_database).load(householdId);
    if (!file)
        return file.error();
    const Guardian *payer = file.value().payer();
    if (!payer)
        return Error::of(tr("This household has no payer: designate one in the Guardians tab."));

    const QDateTime now = m_database.clock().nowUtc();
    const auto number = NumberSeries::next(
        m_database, NumberSeries::seriesName(counterCode(), {}, now.toLocalTime().date().year()));
    if (!number)
        return number.error();
    const QString payerName = (payer->civility.isEmpty() ? QString() : payer->civility + QLatin1Char(' ')) +
                              payer->firstName + QLatin1Char(' ') + payer->lastName;
    QStringList address{payer->addressLine1, payer->addressLine2,
                        QStringList{payer->postalCode, payer->city}.join(QLatin1Char(' ')).trimmed()};
    address.removeAll(QString());

    QSqlQuery sql(m_database.connection());
    sql.prepare(QStringLiteral(
        "INSERT INTO invoice (uuid, origin_site, number, series, sequence, household_id, "
        "school_year_id, issued_at, payer_name, payer_address, bracket_label, total_cents, clerk) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindAll(sql, {createUuidV7(), m_database.siteId(), number.value().text, number.value().series,
                  number.value().sequence, householdId, q.schoolYear.id, now.toString(Qt::ISODateWithMs),
                  payerName, address.join(QLatin1Char('\n')), q.basis.bracketLabel, q.total.cents(),
                  m_database.actor()});
    if (Status s = execOrError(sql); !s)
        return s.error();
    const qint64 invoiceId = sql.lastInsertId().toLongLong();
    sql.prepare(
        QStringLiteral("INSERT INTO invoice_line (uuid, invoice_id, activity_id, description, quantity, "
                       "unit_price_cents, total_cents) VALUES (?,?,?,?,?,?,?)"));
    for (const PricedLine &line : q.lines) {
        bindAll(sql, {createUuidV7(), invoiceId, line.activityId, line.description, line.quantity,
                      line.unitPrice.cents(), line.total.cents()});
        if (Status s = execOrError(sql); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return invoiceId;
}

Result<PaymentOutcome> SalesService::pay(qint64 invoiceId, const QList<PaymentPart> &parts)
{
    QMap<QString, QString> errors;
    Money applied, nonCash;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const PaymentPart &p = parts.at(i);
        const QString prefix = paymentMethodCode(p.method) + QLatin1Char('.');
        if (p.amount.isNegative() || p.amount.isZero())
            errors[prefix + QStringLiteral("amount")] =
                tr("Type the amount paid this way (more than 0,00 €).");
        switch (p.method) {
        case PaymentMethod::Cash:
            if (p.tendered < p.amount)
                errors[prefix + QStringLiteral("tendered")] =
                    tr("The cash handed over (%1) is less than the amount to pay in cash (%2).")
                        .arg(p.tendered.toString(), p.amount.toString());
            break;
        case PaymentMethod::Cheque:
            if (p.chequeNumber.trimmed().isEmpty())
                errors[prefix + QStringLiteral("number")] =
                    tr("Type the cheque number (printed at the bottom).");
            if (p.chequeBank.trimmed().isEmpty())
                errors[prefix + QStringLiteral("bank")] = tr("Type the bank of the cheque.");
            nonCash += p.amount;
            break;
        case PaymentMethod::Card:
            if (p.cardReference.trimmed().isEmpty())
                errors[prefix + QStringLiteral("reference")] =
                    tr("Type the reference printed by the card terminal (authorisation number).");
            nonCash += p.amount;
            break;
        case PaymentMethod::Online:
            errors[prefix + QStringLiteral("method")] =
                tr("Online payments arrive from the families' portal; at the counter take cash, cheque or "
                   "card.");
            break;
        }
        applied += p.amount;
    }
    if (parts.isEmpty())
        return Error::of(tr("Choose how the family pays: cash, cheque or bank card."));
    if (!errors.isEmpty())
        return Error{errors.size() == 1 ? errors.first()
                                        : tr("Some payment details are missing; nothing was saved."),
                     errors};

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status().error();
    const auto before = readBalance(m_database, invoiceId);
    if (!before)
        return before.error();
    const Money due = before.value().outstanding();
    if (statusOf(before.value()) == InvoiceStatus::Cancelled)
        return Error::of(tr("This invoice was cancelled by a credit note: there is nothing to pay."));
    if (due <= Money())
        return Error::of(tr("This invoice is already paid."));
    if (nonCash > due)
        return Error::of(
            tr("A cheque or card payment cannot exceed the amount due (%1): the régie gives no change on "
               "them. Adjust the amount.")
                .arg(due.toString()));
    if (applied > due)
        return Error::of(
            tr("The amounts (%1) exceed the amount due (%2). Cash handed over in excess is given back as "
               "change: type it as cash handed over, not as amount.")
                .arg(applied.toString(), due.toString()));

    const QDateTime now = m_database.clock().nowUtc();
    const auto receipt =
        NumberSeries::next(m_database, NumberSeries::seriesName(counterCode(), QStringLiteral("RC"),
                                                                now.toLocalTime().date().year()));
    if (!receipt)
        return receipt.error();
    PaymentOutcome outcome;
    outcome.receiptNumber = receipt.value().text;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO payment (uuid, origin_site, receipt_number, invoice_id, method, amount_cents, "
        "tendered_cents, change_cents, cheque_number, cheque_bank, cheque_drawer, card_reference, "
        "paid_at, clerk) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const PaymentPart &p : parts) {
        const bool cash = p.method == PaymentMethod::Cash;
        const Money change = cash ? p.tendered - p.amount : Money();
        bindAll(q,
                {createUuidV7(), m_database.siteId(), outcome.receiptNumber, invoiceId,
                 paymentMethodCode(p.method), p.amount.cents(), cash ? p.tendered.cents() : p.amount.cents(),
                 change.cents(), p.chequeNumber.trimmed(), p.chequeBank.trimmed(), p.chequeDrawer.trimmed(),
                 p.cardReference.trimmed(), now.toString(Qt::ISODateWithMs), m_database.actor()});
        if (Status s = execOrError(q); !s)
            return s.error();
        outcome.change += change;
        outcome.paid += p.amount;
    }
    const Balance after{before.value().total, before.value().credited, before.value().paid + applied};
    outcome.remainingDue = after.outstanding();
    outcome.invoicePaid = after.fullyPaid();
    if (outcome.invoicePaid) {
        if (Status s = creditWallet(m_database, invoiceId); !s)
            return s.error();
        outcome.walletCredited = true;
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return outcome;
}

Result<qint64> SalesService::issueCreditNote(qint64 invoiceId, const QList<CreditRequest> &lines,
                                             const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{
            oneFieldMessage(),
            {{QStringLiteral("reason"), tr("Say why the invoice is cancelled or corrected: the credit note "
                                           "shows it.")}}};
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status().error();
    const auto balance = readBalance(m_database, invoiceId);
    if (!balance)
        return balance.error();
    const bool walletCredited = balance.value().fullyPaid();

    struct Take
    {
        qint64 lineId, activityId, household;
        int quantity;
        qint64 price;
        qint64 lot;
    };
    QList<Take> takes;
    Money total;
    QSqlQuery q(m_database.connection());
    QSet<qint64> requestedLines;
    for (const CreditRequest &request : lines) {
        if (request.quantity == 0)
            continue;
        // Each line once: the limits below are checked against what the database holds.
        if (requestedLines.contains(request.invoiceLineId))
            return Error::of(
                tr("The same invoice line appears twice in the credit note: give one quantity."));
        requestedLines.insert(request.invoiceLineId);
        q.prepare(QStringLiteral(
            "SELECT l.activity_id, l.quantity, l.unit_price_cents, l.description, i.household_id, "
            "coalesce((SELECT sum(c.quantity) FROM credit_note_line c WHERE c.invoice_line_id = l.id), 0), "
            "(SELECT m.id FROM wallet_movement m WHERE m.invoice_id = l.invoice_id AND m.kind = 'purchase' "
            " AND m.activity_id = l.activity_id AND m.unit_price_cents = l.unit_price_cents "
            " ORDER BY m.id LIMIT 1) "
            "FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id WHERE l.id = ? AND l.invoice_id = ?"));
        bindAll(q, {request.invoiceLineId, invoiceId});
        if (Status s = execOrError(q); !s)
            return s.error();
        if (!q.next())
            return Error::of(tr("This line is not on the invoice. Reopen the invoice."));
        const QString description = q.value(3).toString();
        const int creditable = q.value(1).toInt() - q.value(5).toInt();
        if (request.quantity < 0 || request.quantity > creditable)
            return Error::of(tr("%1: at most %2 ticket(s) can still be credited on this invoice (%3 asked).")
                                 .arg(description)
                                 .arg(creditable)
                                 .arg(request.quantity));
        Take take{request.invoiceLineId,   q.value(0).toLongLong(),
                  q.value(4).toLongLong(), request.quantity,
                  q.value(2).toLongLong(), q.value(6).isNull() ? 0 : q.value(6).toLongLong()};
        if (walletCredited && !take.lot)
            return Error::of(
                tr("%1: these tickets are not in the wallet, so a credit note cannot take them back. "
                   "Run guichet-cli verify and call your IT support.")
                    .arg(description));
        if (walletCredited && take.lot) {
            const int remaining = WalletService(m_database).remainingInLot(take.lot);
            if (remaining < take.quantity)
                return Error::of(
                    tr("%1: only %2 of these tickets are still in the wallet, the others were used. A "
                       "credit note can only take back unused tickets.")
                        .arg(description)
                        .arg(remaining));
        }
        takes += take;
        total += Money::fromCents(take.price) * take.quantity;
    }
    if (!takes.isEmpty() && total.isZero())
        return Error::of(tr("These tickets were free: there is nothing to credit."));
    if (takes.isEmpty())
        return Error::of(tr("Choose how many tickets of which line the credit note cancels."));
    if (!walletCredited && !balance.value().paid.isZero() && total > balance.value().outstanding())
        return Error::of(
            tr("%1 has already been paid on this invoice: a credit note can cancel at most the unpaid part "
               "(%2) until the invoice is fully paid.")
                .arg(balance.value().paid.toString(), balance.value().outstanding().toString()));

    const QDateTime now = m_database.clock().nowUtc();
    const auto number =
        NumberSeries::next(m_database, NumberSeries::seriesName(counterCode(), QStringLiteral("AV"),
                                                                now.toLocalTime().date().year()));
    if (!number)
        return number.error();
    q.prepare(QStringLiteral(
        "INSERT INTO credit_note (uuid, origin_site, number, series, sequence, invoice_id, issued_at, "
        "reason, total_cents, clerk) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    bindAll(q, {createUuidV7(), m_database.siteId(), number.value().text, number.value().series,
                number.value().sequence, invoiceId, now.toString(Qt::ISODateWithMs), reason.trimmed(),
                total.cents(), m_database.actor()});
    if (Status s = execOrError(q); !s)
        return s.error();
    const qint64 creditNoteId = q.lastInsertId().toLongLong();
    for (const Take &take : takes) {
        q.prepare(
            QStringLiteral("INSERT INTO credit_note_line (uuid, credit_note_id, invoice_line_id, quantity, "
                           "unit_price_cents, total_cents) VALUES (?,?,?,?,?,?)"));
        bindAll(q, {createUuidV7(), creditNoteId, take.lineId, take.quantity, take.price,
                    take.price * take.quantity});
        if (Status s = execOrError(q); !s)
            return s.error();
        if (walletCredited && take.lot) {
            q.prepare(QStringLiteral(
                "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, kind, "
                "quantity, unit_price_cents, lot_id, invoice_id, credit_note_id, at, clerk) "
                "VALUES (?,?,?,?,'credit_note',?,?,?,?,?,?,?)"));
            bindAll(q, {createUuidV7(), m_database.siteId(), take.household, take.activityId, -take.quantity,
                        take.price, take.lot, invoiceId, creditNoteId, now.toString(Qt::ISODateWithMs),
                        m_database.actor()});
            if (Status s = execOrError(q); !s)
                return s.error();
        }
    }
    // Crediting the unpaid rest of a partly paid invoice completes it: its remaining tickets land now.
    const Balance after{balance.value().total, balance.value().credited + total, balance.value().paid};
    if (!walletCredited && after.fullyPaid()) {
        if (Status s = creditWallet(m_database, invoiceId); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return creditNoteId;
}

Result<InvoiceView> SalesService::invoice(qint64 invoiceId) const
{
    InvoiceView v;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT i.id, i.number, i.household_id, h.file_number, y.label, i.issued_at, i.payer_name, "
        "i.payer_address, i.bracket_label, i.total_cents, i.clerk "
        "FROM invoice i JOIN household h ON h.id = i.household_id "
        "JOIN school_year y ON y.id = i.school_year_id WHERE i.id = ?"));
    q.addBindValue(invoiceId);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(tr("This invoice does not exist. Reopen the family file."));
    v.id = q.value(0).toLongLong();
    v.number = q.value(1).toString();
    v.householdId = q.value(2).toLongLong();
    v.fileNumber = q.value(3).toLongLong();
    v.schoolYear = q.value(4).toString();
    v.issuedAt = instant(q.value(5));
    v.payerName = q.value(6).toString();
    v.payerAddress = q.value(7).toString();
    v.bracketLabel = q.value(8).toString();
    v.total = Money::fromCents(q.value(9).toLongLong());
    v.clerk = q.value(10).toString();

    q.prepare(QStringLiteral(
        "SELECT l.id, l.activity_id, l.description, l.quantity, l.unit_price_cents, l.total_cents, "
        "coalesce((SELECT sum(c.quantity) FROM credit_note_line c WHERE c.invoice_line_id = l.id), 0) "
        "FROM invoice_line l WHERE l.invoice_id = ? ORDER BY l.id"));
    q.addBindValue(invoiceId);
    if (q.exec())
        while (q.next())
            v.lines += InvoiceLineView{q.value(0).toLongLong(),
                                       q.value(1).toLongLong(),
                                       q.value(2).toString(),
                                       q.value(3).toInt(),
                                       Money::fromCents(q.value(4).toLongLong()),
                                       Money::fromCents(q.value(5).toLongLong()),
                                       q.value(6).toInt()};

    q.prepare(QStringLiteral("SELECT id, receipt_number, method, amount_cents, tendered_cents, change_cents, "
                             "cheque_number, cheque_bank, cheque_drawer, card_reference, paid_at, clerk "
                             "FROM payment WHERE invoice_id = ? ORDER BY id"));
    q.addBindValue(invoiceId);
    if (q.exec()) {
        while (q.next()) {
            PaymentView p;
            p.id = q.value(0).toLongLong();
            p.receiptNumber = q.value(1).toString();
            p.invoiceId = invoiceId;
            p.invoiceNumber = v.number;
            p.method = paymentMethodFromCode(q.value(2).toString());
            p.amount = Money::fromCents(q.value(3).toLongLong());
            p.tendered = Money::fromCents(q.value(4).toLongLong());
            p.change = Money::fromCents(q.value(5).toLongLong());
            p.chequeNumber = q.value(6).toString();
            p.chequeBank = q.value(7).toString();
            p.chequeDrawer = q.value(8).toString();
            p.cardReference = q.value(9).toString();
            p.paidAt = instant(q.value(10));
            p.clerk = q.value(11).toString();
            v.paid += p.amount;
            v.payments += p;
        }
    }

    q.prepare(QStringLiteral(
        "SELECT id, number, issued_at, reason, total_cents FROM credit_note WHERE invoice_id = ? "
        "ORDER BY id"));
    q.addBindValue(invoiceId);
    if (q.exec()) {
        while (q.next()) {
            CreditNoteView c;
            c.id = q.value(0).toLongLong();
            c.number = q.value(1).toString();
            c.invoiceId = invoiceId;
            c.invoiceNumber = v.number;
            c.issuedAt = instant(q.value(2));
            c.reason = q.value(3).toString();
            c.total = Money::fromCents(q.value(4).toLongLong());
            v.credited += c.total;
            v.creditNotes += c;
        }
    }
    for (CreditNoteView &c : v.creditNotes) {
        q.prepare(QStringLiteral(
            "SELECT l.id, l.activity_id, l.description, c.quantity, c.unit_price_cents, "
            "c.total_cents FROM credit_note_line c JOIN invoice_line l ON l.id = c.invoice_line_id "
            "WHERE c.credit_note_id = ? ORDER BY c.id"));
        q.addBindValue(c.id);
        if (q.exec())
            while (q.next())
                c.lines += InvoiceLineView{q.value(0).toLongLong(),
                                           q.value(1).toLongLong(),
                                           q.value(2).toString(),
                                           q.value(3).toInt(),
                                           Money::fromCents(q.value(4).toLongLong()),
                                           Money::fromCents(q.value(5).toLongLong()),
                                           q.value(3).toInt()};
    }
    const Balance b{v.total, v.credited, v.paid};
    v.status = statusOf(b);
    v.due = b.outstanding().isNegative() ? Money() : b.outstanding();
    if (v.status == InvoiceStatus::Paid && !v.payments.isEmpty())
        v.paidAt = v.payments.last().paidAt;
    return v;
}

QList<InvoiceView> SalesService::invoices(qint64 householdId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM invoice WHERE household_id = ? ORDER BY id DESC"));
    q.addBindValue(householdId);
    if (q.exec())
        while (q.next())
            ids += q.value(0).toLongLong();
    QList<InvoiceView> list;
    for (qint64 id : ids)
        if (auto v = invoice(id))
            list += v.value();
    return list;
}

QList<PaymentView> SalesService::payments(qint64 householdId) const
{
    return paymentsOf(invoices(householdId));
}

QList<PaymentView> SalesService::paymentsOf(const QList<InvoiceView> &invoices)
{
    QList<PaymentView> list;
    for (const InvoiceView &v : invoices)
        list += v.payments;
    std::sort(list.begin(), list.end(),
              [](const PaymentView &a, const PaymentView &b) { return a.id > b.id; });
    return list;
}

} // namespace guichet
