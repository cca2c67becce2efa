#include "sales/SalesService.h"

#include "mail/Outbox.h"
#include "planning/BookingService.h"

#include "cashoffice/CashOffice.h"
#include "cashoffice/Journal.h"
#include "catalog/CatalogService.h"
#include "common/Uuid.h"
#include "family/FamilyService.h"
#include "family/FileWorkflow.h"
#include "sales/NumberSeries.h"
#include "sales/PricingRule.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "wallet/WalletService.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace guichet {

namespace {

// The amounts that decide an invoice's state.
struct Balance
{
    Money total, credited, paid;
    Money outstanding() const { return total - credited - paid; }
    // Fully paid: its tickets are in the wallet.
    bool fullyPaid() const { return !paid.isZero() && paid >= total - credited; }
    InvoiceStatus status() const
    {
        if (credited == total)
            return InvoiceStatus::Cancelled;
        if (fullyPaid())
            return InvoiceStatus::Paid;
        if (!paid.isZero())
            return InvoiceStatus::PartlyPaid;
        return InvoiceStatus::Unpaid;
    }
};

Balance balanceOf(const InvoiceView &v)
{
    return Balance{v.total, v.credited, v.paid};
}

// What is still due on invoice i (alias "due"): total - credit notes - payments, the definition of
// InvoiceView::due, for the queries that sum it over many invoices.
const QString InvoiceDueSql = QStringLiteral(
    "i.total_cents"
    " - coalesce((SELECT sum(c.total_cents) FROM credit_note c WHERE c.invoice_id = i.id), 0)"
    " - coalesce((SELECT sum(p.amount_cents) FROM receipt r JOIN payment p ON p.receipt_id = r.id"
    "             WHERE r.invoice_id = i.id), 0) AS due");

QString payerDisplayName(const Guardian &payer)
{
    return (payer.civility.isEmpty() ? QString() : payer.civility + QLatin1Char(' ')) + payer.firstName +
           QLatin1Char(' ') + payer.lastName;
}

QString payerPostalAddress(const Guardian &payer)
{
    QStringList address{payer.addressLine1, payer.addressLine2,
                        QStringList{payer.postalCode, payer.city}.join(QLatin1Char(' ')).trimmed()};
    address.removeAll(QString());
    return address.join(QLatin1Char('\n'));
}

} // namespace

SalesService::SalesService(Session &session) : m_session(session), m_statements(session.database()) {}

Result<Quote> SalesService::quote(qint64 householdId, const QList<OrderLine> &lines) const
{
    const auto file = m_session.family().load(householdId);
    if (!file)
        return file.error();
    const Household &h = file.value().household;
    if (!FileWorkflow::canBuyTickets(h.status))
        return Error::of(
            tr("The family file of %1 is \"%2\": tickets are sold once the file is validated. Complete "
               "and validate the file first.")
                .arg(h.name, fileStatusLabel(h.status)));
    CatalogService &catalog = m_session.catalog();
    const auto year = catalog.schoolYearForSale(m_session.today());
    if (!year)
        return year.error();
    const auto brackets = catalog.brackets(year.value().id);
    if (!brackets)
        return brackets.error();
    const auto activities = catalog.activities();
    if (!activities)
        return activities.error();

    Quote quote;
    quote.householdId = householdId;
    quote.schoolYear = year.value();
    PricingInput input{h.resident, h.postalCode, {}, {}};
    if (const Guardian *payer = file.value().payer()) {
        input.quotient = payer->quotient;
        input.quotientProofDate = payer->quotientProofDate;
    }
    quote.basis = PricingRule::basis(input, year.value(), brackets.value());

    QHash<qint64, Activity> byId;
    for (const Activity &a : activities.value())
        byId.insert(a.id, a);
    QMap<QString, QString> errors;
    QSet<qint64> seen;
    for (const OrderLine &line : lines) {
        const QString field = QStringLiteral("activity:%1").arg(line.activityId);
        if (!byId.contains(line.activityId)) {
            errors[field] = tr("This activity is not sold any more. Reopen the sale.");
            continue;
        }
        const Activity &activity = byId.value(line.activityId);
        if (seen.contains(line.activityId)) {
            errors[field] = tr("%1 appears twice in the order: give one quantity.").arg(activity.name);
            continue;
        }
        seen.insert(line.activityId);
        if (line.quantity == 0)
            continue;
        if (line.quantity < 0) {
            errors[field] =
                tr("A number of tickets cannot be negative (%1 typed for %2). To give tickets back, "
                   "issue a credit note.")
                    .arg(line.quantity)
                    .arg(activity.name);
            continue;
        }
        if (line.quantity > MaxQuantity) {
            errors[field] =
                tr("%1 tickets of %2 is more than a school year needs (at most %3 per order). Check "
                   "the number.")
                    .arg(line.quantity)
                    .arg(activity.name)
                    .arg(MaxQuantity);
            continue;
        }
        const auto price = catalog.unitPrice(year.value().id, line.activityId, quote.basis);
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
        return Error::inFields(errors);
    if (quote.lines.isEmpty())
        return Error::of(tr("Type a number of tickets for at least one activity."));
    if (quote.total.isZero())
        return Error::of(tr("These tickets are free: there is nothing to invoice."));
    return quote;
}

Result<qint64> SalesService::confirmOrder(qint64 householdId, const QList<OrderLine> &lines)
{
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    if (Status s = m_session.closures().requireTodayOpen(); !s)
        return s.error();
    const auto priced = quote(householdId, lines);
    if (!priced)
        return priced.error();
    const Quote &q = priced.value();
    const auto file = m_session.family().load(householdId);
    if (!file)
        return file.error();
    const Guardian *payer = file.value().payer();
    if (!payer)
        return Error::of(tr("This household has no payer: designate one in the Guardians tab."));

    const QDateTime now = db.clock().nowUtc();
    const auto number = m_session.nextDocumentNumber({}, now);
    if (!number)
        return number.error();
    QSqlQuery &invoice = m_statements.get(QStringLiteral(
        "INSERT INTO invoice (uuid, origin_site, number, series, sequence, household_id, school_year_id, "
        "issued_at, "
        "payer_name, payer_address, bracket_label, total_cents, clerk) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QString series = number.value().section(QLatin1Char('-'), 0, -2);
    const qint64 sequence = number.value().section(QLatin1Char('-'), -1).toLongLong();
    bindAll(invoice, {createUuidV7(db.clock()), db.siteId(), number.value(), series, sequence, householdId,
                      q.schoolYear.id, now.toString(Qt::ISODateWithMs), payerDisplayName(*payer),
                      payerPostalAddress(*payer), q.basis.bracketLabel, q.total.cents(), m_session.actor()});
    if (Status s = execOrError(invoice); !s)
        return s.error();
    const qint64 invoiceId = invoice.lastInsertId().toLongLong();
    QSqlQuery &line = m_statements.get(QStringLiteral(
        "INSERT INTO invoice_line (uuid, origin_site, invoice_id, activity_id, description, quantity, "
        "unit_price_cents, total_cents) VALUES (?,?,?,?,?,?,?,?)"));
    for (const PricedLine &l : q.lines) {
        bindAll(line, {createUuidV7(db.clock()), db.siteId(), invoiceId, l.activityId, l.description,
                       l.quantity, l.unitPrice.cents(), l.total.cents()});
        if (Status s = execOrError(line); !s)
            return s.error();
    }
    if (Status s = m_session.journal().record(JournalEvent::Invoice, invoiceId); !s)
        return s.error();
    if (Status s = m_session.mail().invoiceIssued(householdId, number.value(), q.total); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return invoiceId;
}

// Once an invoice is fully paid, its tickets (less any credited before) land in the wallet: one lot per
// line, at the line's unit price.
Status SalesService::creditWallet(const InvoiceView &invoice)
{
    for (const InvoiceLineView &line : invoice.lines) {
        const int quantity = line.quantity - line.creditedQuantity;
        if (quantity <= 0)
            continue;
        MovementSource source;
        source.invoiceLineId = line.id;
        const auto lot = m_session.wallet().creditLot(invoice.householdId, line.activityId, quantity,
                                                      line.unitPrice, MovementKind::Purchase, source);
        if (!lot)
            return lot.error();
        // Tickets used before they were bought (a child present without a booking) come out first.
        if (Status s = m_session.bookings().settleOwed(invoice.householdId, line.activityId); !s)
            return s;
    }
    return Status::success();
}

Result<PaymentOutcome> SalesService::pay(qint64 invoiceId, const QList<PaymentPart> &parts)
{
    QMap<QString, QString> errors;
    Money applied, nonCash;
    for (const PaymentPart &p : parts) {
        const QString prefix = paymentMethodCode(p.method) + QLatin1Char('.');
        if (p.amount.isNegative() || p.amount.isZero())
            errors[prefix + QStringLiteral("amount")] =
                tr("Type the amount paid this way (more than 0,00 €).");
        switch (p.method) {
        case PaymentMethod::Cash:
            if (p.handedOver() < p.amount)
                errors[prefix + QStringLiteral("tendered")] =
                    tr("The cash handed over (%1) is less than the amount to pay in cash (%2).")
                        .arg(p.handedOver().toString(), p.amount.toString());
            else if (p.change() > MaxChange)
                errors[prefix + QStringLiteral("tendered")] =
                    tr("The cash handed over (%1) is more than %2 above the amount paid in cash (%3): check "
                       "what "
                       "was typed.")
                        .arg(p.handedOver().toString(), MaxChange.toString(), p.amount.toString());
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
        return Error::inFields(errors);
    return record(invoiceId, parts, applied, nonCash);
}

Result<PaymentOutcome> SalesService::recordOnlinePayment(qint64 invoiceId, Money amount,
                                                         const QString &reference, const QString &payer)
{
    if (amount <= Money() || reference.trimmed().isEmpty())
        return Error::of(tr("An online payment has an amount above 0,00 € and the payment processor's "
                            "reference."));
    PaymentPart online;
    online.method = PaymentMethod::Online;
    online.amount = amount;
    online.cardReference = reference.trimmed();
    const QString clerk = m_session.actor();
    m_session.setActor(payer);
    const auto recorded = record(invoiceId, {online}, amount, amount);
    m_session.setActor(clerk);
    return recorded;
}

Result<PaymentOutcome> SalesService::record(qint64 invoiceId, const QList<PaymentPart> &parts, Money applied,
                                            Money nonCash)
{
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    const auto till = m_session.till().requireOpen(); // every payment belongs to an open till session
    if (!till)
        return till.error();
    if (Status s = m_session.closures().requireTodayOpen(); !s)
        return s.error();
    const auto before = invoice(invoiceId);
    if (!before)
        return before.error();
    const Balance balance = balanceOf(before.value());
    const Money due = balance.outstanding();
    if (balance.status() == InvoiceStatus::Cancelled)
        return Error::of(tr("This invoice was cancelled by a credit note: there is nothing to pay."));
    if (due <= Money())
        return Error::of(tr("This invoice is already paid."));
    if (nonCash > due)
        return Error::of(
            tr("A cheque or card payment cannot exceed the amount due (%1): the régie gives no change "
               "on them. Adjust the amount.")
                .arg(due.toString()));
    if (applied > due)
        return Error::of(
            tr("The amounts (%1) exceed the amount due (%2). Cash handed over in excess is given back "
               "as change: type it as cash handed over, not as amount.")
                .arg(applied.toString(), due.toString()));

    const QDateTime now = db.clock().nowUtc();
    const auto number = m_session.nextDocumentNumber(QStringLiteral("RC"), now);
    if (!number)
        return number.error();
    QSqlQuery &receipt = m_statements.get(QStringLiteral(
        "INSERT INTO receipt (uuid, origin_site, number, series, sequence, invoice_id, paid_at, clerk, "
        "till_session_id) VALUES (?,?,?,?,?,?,?,?,?)"));
    bindAll(receipt, {createUuidV7(db.clock()), db.siteId(), number.value(),
                      number.value().section(QLatin1Char('-'), 0, -2),
                      number.value().section(QLatin1Char('-'), -1).toLongLong(), invoiceId,
                      now.toString(Qt::ISODateWithMs), m_session.actor(), till.value()});
    if (Status s = execOrError(receipt); !s)
        return s.error();
    const qint64 receiptId = receipt.lastInsertId().toLongLong();

    PaymentOutcome outcome;
    outcome.receiptNumber = number.value();
    QSqlQuery &payment = m_statements.get(QStringLiteral(
        "INSERT INTO payment (uuid, origin_site, receipt_id, method, amount_cents, tendered_cents, "
        "change_cents, "
        "cheque_number, cheque_bank, cheque_drawer, card_reference) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    for (const PaymentPart &p : parts) {
        bindAll(payment,
                {createUuidV7(db.clock()), db.siteId(), receiptId, paymentMethodCode(p.method),
                 p.amount.cents(), p.handedOver().cents(), p.change().cents(), p.chequeNumber.trimmed(),
                 p.chequeBank.trimmed(), p.chequeDrawer.trimmed(), p.cardReference.trimmed()});
        if (Status s = execOrError(payment); !s)
            return s.error();
        outcome.change += p.change();
        outcome.paid += p.amount;
    }
    const Balance after{balance.total, balance.credited, balance.paid + applied};
    outcome.remainingDue = after.outstanding();
    outcome.invoicePaid = after.fullyPaid();
    if (outcome.invoicePaid) {
        if (Status s = creditWallet(before.value()); !s)
            return s.error();
        outcome.walletCredited = true;
    }
    if (Status s = m_session.journal().record(JournalEvent::Receipt, receiptId); !s)
        return s.error();
    if (Status s =
            m_session.mail().paymentReceived(before.value().householdId, number.value(),
                                             before.value().number, outcome.paid, outcome.remainingDue);
        !s)
        return s.error();
    const auto warning = m_session.till().ceilingWarning();
    if (!warning)
        return warning.error();
    outcome.warning = warning.value();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return outcome;
}

Result<std::pair<InvoiceView, PaymentOutcome>>
SalesService::sellAndPay(qint64 householdId, const QList<OrderLine> &lines, const PartsFor &partsFor)
{
    Transaction transaction(m_session.database());
    if (!transaction.isActive())
        return transaction.status().error();
    const auto invoiceId = confirmOrder(householdId, lines);
    if (!invoiceId)
        return invoiceId.error();
    const auto view = invoice(invoiceId.value());
    if (!view)
        return view.error();
    const auto parts = partsFor(view.value());
    if (!parts)
        return parts.error();
    const auto paid = pay(invoiceId.value(), parts.value());
    if (!paid)
        return paid.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return std::pair{view.value(), paid.value()};
}

Result<qint64> SalesService::issueCreditNote(qint64 invoiceId, const QList<CreditRequest> &lines,
                                             const QString &reason)
{
    // What the form lacks, all at once: the reason and the tickets.
    QMap<QString, QString> missing;
    if (reason.trimmed().isEmpty())
        missing[QStringLiteral("reason")] =
            tr("Say why the invoice is cancelled or corrected: the credit note shows it.");
    if (std::all_of(lines.cbegin(), lines.cend(), [](const CreditRequest &r) { return r.quantity == 0; }))
        missing[QStringLiteral("lines")] =
            tr("Choose how many tickets of which line the credit note cancels.");
    if (!missing.isEmpty())
        return Error::inFields(missing);
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    if (Status s = m_session.closures().requireTodayOpen(); !s)
        return s.error();
    const auto before = invoice(invoiceId);
    if (!before)
        return before.error();
    const InvoiceView &v = before.value();
    const Balance balance = balanceOf(v);

    struct Take
    {
        const InvoiceLineView *line;
        int quantity;
    };
    QList<Take> takes;
    Money total;
    QSet<qint64> requestedLines;
    for (const CreditRequest &request : lines) {
        if (request.quantity == 0)
            continue;
        // Each line once: the limits below are checked against what the database holds.
        if (requestedLines.contains(request.invoiceLineId))
            return Error::of(
                tr("The same invoice line appears twice in the credit note: give one quantity."));
        requestedLines.insert(request.invoiceLineId);
        const auto it = std::find_if(v.lines.cbegin(), v.lines.cend(),
                                     [&](const InvoiceLineView &l) { return l.id == request.invoiceLineId; });
        if (it == v.lines.cend())
            return Error::of(tr("This line is not on the invoice. Reopen the invoice."));
        const int notCredited = it->quantity - it->creditedQuantity;
        if (request.quantity < 0 || request.quantity > notCredited)
            return Error::of(tr("%1: at most %2 ticket(s) can still be credited on this invoice (%3 asked).")
                                 .arg(it->description)
                                 .arg(notCredited)
                                 .arg(request.quantity));
        if (v.walletCredited && request.quantity > it->creditable)
            return Error::of(
                tr("%1: only %2 of these tickets are still in the wallet, the others were used. A "
                   "credit note can only take back unused tickets.")
                    .arg(it->description)
                    .arg(it->creditable));
        takes += Take{&*it, request.quantity};
        total += it->unitPrice * request.quantity;
    }
    if (takes.isEmpty())
        return Error::of(tr("Choose how many tickets of which line the credit note cancels."));
    if (total.isZero())
        return Error::of(tr("These tickets were free: there is nothing to credit."));
    if (!v.walletCredited && !balance.paid.isZero() && total > balance.outstanding())
        return Error::of(
            tr("%1 has already been paid on this invoice: a credit note can cancel at most the unpaid "
               "part (%2) until the invoice is fully paid.")
                .arg(balance.paid.toString(), balance.outstanding().toString()));

    const QDateTime now = db.clock().nowUtc();
    const auto number = m_session.nextDocumentNumber(QStringLiteral("AV"), now);
    if (!number)
        return number.error();
    QSqlQuery &note = m_statements.get(QStringLiteral("INSERT INTO credit_note (uuid, origin_site, number, "
                                                      "series, sequence, invoice_id, issued_at, reason, "
                                                      "total_cents, clerk) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    bindAll(note, {createUuidV7(db.clock()), db.siteId(), number.value(),
                   number.value().section(QLatin1Char('-'), 0, -2),
                   number.value().section(QLatin1Char('-'), -1).toLongLong(), invoiceId,
                   now.toString(Qt::ISODateWithMs), reason.trimmed(), total.cents(), m_session.actor()});
    if (Status s = execOrError(note); !s)
        return s.error();
    const qint64 creditNoteId = note.lastInsertId().toLongLong();
    QSqlQuery &noteLine =
        m_statements.get(QStringLiteral("INSERT INTO credit_note_line (uuid, origin_site, credit_note_id, "
                                        "invoice_line_id, quantity, unit_price_cents, "
                                        "total_cents) VALUES (?,?,?,?,?,?,?)"));
    for (const Take &take : takes) {
        bindAll(noteLine, {createUuidV7(db.clock()), db.siteId(), creditNoteId, take.line->id, take.quantity,
                           take.line->unitPrice.cents(), (take.line->unitPrice * take.quantity).cents()});
        if (Status s = execOrError(noteLine); !s)
            return s.error();
        if (!v.walletCredited)
            continue;
        // The tickets are in the wallet: take them back out of the line's lot.
        MovementSource source;
        source.creditNoteLineId = noteLine.lastInsertId().toLongLong();
        const auto lot = m_session.wallet().lotOfInvoiceLine(take.line->id);
        if (!lot)
            return lot.error();
        if (!lot.value())
            return Error::of(
                tr("%1: these tickets are not in the wallet, so a credit note cannot take them back. "
                   "Run guichet-cli verify and call your IT support.")
                    .arg(take.line->description));
        if (const auto taken =
                m_session.wallet().takeFromLot(lot.value(), take.quantity, MovementKind::CreditNote, source);
            !taken)
            return taken.error();
    }
    // Crediting the unpaid rest of a partly paid invoice completes it: its remaining tickets land now.
    const Balance after{balance.total, balance.credited + total, balance.paid};
    if (!v.walletCredited && after.fullyPaid()) {
        const auto now = invoice(invoiceId);
        if (!now)
            return now.error();
        if (Status s = creditWallet(now.value()); !s)
            return s.error();
    }
    if (Status s = m_session.journal().record(JournalEvent::CreditNote, creditNoteId); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return creditNoteId;
}

Result<InvoiceView> SalesService::invoice(qint64 invoiceId) const
{
    InvoiceView v;
    {
        enum Column
        {
            Id,
            Number,
            HouseholdId,
            FileNumber,
            SchoolYear,
            IssuedAt,
            Payer,
            Address,
            Bracket,
            Total,
            Clerk
        };
        QSqlQuery &q = m_statements.get(QStringLiteral(
            "SELECT i.id, i.number, i.household_id, h.file_number, y.label, i.issued_at, i.payer_name, "
            "i.payer_address, i.bracket_label, i.total_cents, i.clerk "
            "FROM invoice i JOIN household h ON h.id = i.household_id "
            "JOIN school_year y ON y.id = i.school_year_id WHERE i.id = ?"));
        q.bindValue(0, invoiceId);
        if (Status s = execOrError(q); !s)
            return s.error();
        if (!q.next())
            return Error::of(tr("This invoice does not exist. Reopen the family file."));
        v.id = q.value(Id).toLongLong();
        v.number = q.value(Number).toString();
        v.householdId = q.value(HouseholdId).toLongLong();
        v.fileNumber = q.value(FileNumber).toString();
        v.schoolYear = q.value(SchoolYear).toString();
        v.issuedAt = instantFromIso(q.value(IssuedAt));
        v.payerName = q.value(Payer).toString();
        v.payerAddress = q.value(Address).toString();
        v.bracketLabel = q.value(Bracket).toString();
        v.total = Money::fromCents(q.value(Total).toLongLong());
        v.clerk = q.value(Clerk).toString();
        q.finish();
    }
    QHash<qint64, int> inWallet; // line id -> tickets of its lot still in the wallet
    {
        enum Column
        {
            Id,
            ActivityId,
            Description,
            Quantity,
            UnitPrice,
            Total,
            Credited,
            InWallet
        };
        QSqlQuery &q = m_statements.get(QStringLiteral(
            "SELECT l.id, l.activity_id, l.description, l.quantity, l.unit_price_cents, l.total_cents, "
            "coalesce((SELECT sum(c.quantity) FROM credit_note_line c WHERE c.invoice_line_id = l.id), 0), "
            "(SELECT m.quantity + coalesce((SELECT sum(t.quantity) FROM wallet_movement t WHERE t.lot_id = "
            "m.id), 0) "
            " FROM wallet_movement m WHERE m.invoice_line_id = l.id) "
            "FROM invoice_line l WHERE l.invoice_id = ? ORDER BY l.id"));
        q.bindValue(0, invoiceId);
        if (Status s = execOrError(q); !s)
            return s.error();
        while (q.next()) {
            InvoiceLineView line{q.value(Id).toLongLong(),
                                 q.value(ActivityId).toLongLong(),
                                 q.value(Description).toString(),
                                 q.value(Quantity).toInt(),
                                 Money::fromCents(q.value(UnitPrice).toLongLong()),
                                 Money::fromCents(q.value(Total).toLongLong()),
                                 q.value(Credited).toInt(),
                                 0};
            inWallet.insert(line.id, q.value(InWallet).toInt());
            v.lines += line;
        }
        q.finish();
    }
    {
        enum Column
        {
            Id,
            ReceiptId,
            Receipt,
            Method,
            Amount,
            Tendered,
            Change,
            ChequeNo,
            Bank,
            Drawer,
            CardRef,
            PaidAt,
            Clerk
        };
        QSqlQuery &q = m_statements.get(
            QStringLiteral("SELECT p.id, r.id, r.number, p.method, p.amount_cents, p.tendered_cents, "
                           "p.change_cents, p.cheque_number, "
                           "p.cheque_bank, p.cheque_drawer, p.card_reference, r.paid_at, r.clerk "
                           "FROM receipt r JOIN payment p ON p.receipt_id = r.id WHERE r.invoice_id = ? "
                           "ORDER BY r.id, p.id"));
        q.bindValue(0, invoiceId);
        if (Status s = execOrError(q); !s)
            return s.error();
        while (q.next()) {
            PaymentView p;
            p.id = q.value(Id).toLongLong();
            p.receiptId = q.value(ReceiptId).toLongLong();
            p.receiptNumber = q.value(Receipt).toString();
            p.invoiceId = invoiceId;
            p.invoiceNumber = v.number;
            p.method = paymentMethodFromCode(q.value(Method).toString());
            p.amount = Money::fromCents(q.value(Amount).toLongLong());
            p.tendered = Money::fromCents(q.value(Tendered).toLongLong());
            p.change = Money::fromCents(q.value(Change).toLongLong());
            p.chequeNumber = q.value(ChequeNo).toString();
            p.chequeBank = q.value(Bank).toString();
            p.chequeDrawer = q.value(Drawer).toString();
            p.cardReference = q.value(CardRef).toString();
            p.paidAt = instantFromIso(q.value(PaidAt));
            p.clerk = q.value(Clerk).toString();
            v.paid += p.amount;
            v.payments += p;
        }
        q.finish();
    }
    {
        enum Column
        {
            Id,
            Number,
            IssuedAt,
            Reason,
            Total,
            LineId,
            ActivityId,
            Description,
            Quantity,
            UnitPrice,
            LineTotal
        };
        QSqlQuery &q = m_statements.get(
            QStringLiteral("SELECT c.id, c.number, c.issued_at, c.reason, c.total_cents, l.id, "
                           "l.activity_id, l.description, "
                           "cl.quantity, cl.unit_price_cents, cl.total_cents FROM credit_note c "
                           "JOIN credit_note_line cl ON cl.credit_note_id = c.id JOIN invoice_line l ON l.id "
                           "= cl.invoice_line_id "
                           "WHERE c.invoice_id = ? ORDER BY c.id, cl.id"));
        q.bindValue(0, invoiceId);
        if (Status s = execOrError(q); !s)
            return s.error();
        while (q.next()) {
            const qint64 id = q.value(Id).toLongLong();
            if (v.creditNotes.isEmpty() || v.creditNotes.last().id != id) {
                CreditNoteView c;
                c.id = id;
                c.number = q.value(Number).toString();
                c.invoiceId = invoiceId;
                c.invoiceNumber = v.number;
                c.issuedAt = instantFromIso(q.value(IssuedAt));
                c.reason = q.value(Reason).toString();
                c.total = Money::fromCents(q.value(Total).toLongLong());
                v.credited += c.total;
                v.creditNotes += c;
            }
            const int quantity = q.value(Quantity).toInt();
            v.creditNotes.last().lines += InvoiceLineView{q.value(LineId).toLongLong(),
                                                          q.value(ActivityId).toLongLong(),
                                                          q.value(Description).toString(),
                                                          quantity,
                                                          Money::fromCents(q.value(UnitPrice).toLongLong()),
                                                          Money::fromCents(q.value(LineTotal).toLongLong()),
                                                          quantity,
                                                          0};
        }
        q.finish();
    }
    const Balance b = balanceOf(v);
    v.status = b.status();
    v.walletCredited = b.fullyPaid();
    v.due = b.outstanding().isNegative() ? Money() : b.outstanding();
    if (v.status == InvoiceStatus::Paid && !v.payments.isEmpty())
        v.paidAt = v.payments.last().paidAt;
    for (InvoiceLineView &line : v.lines)
        line.creditable = v.status == InvoiceStatus::Cancelled ? 0
                          : v.walletCredited                   ? inWallet.value(line.id)
                                                               : line.quantity - line.creditedQuantity;
    return v;
}

Result<QList<InvoiceView>> SalesService::invoices(qint64 householdId) const
{
    QList<qint64> ids;
    QSqlQuery &q =
        m_statements.get(QStringLiteral("SELECT id FROM invoice WHERE household_id = ? ORDER BY id DESC"));
    q.bindValue(0, householdId);
    if (Status s = execOrError(q); !s)
        return s.error();
    while (q.next())
        ids += q.value(0).toLongLong();
    q.finish();
    QList<InvoiceView> list;
    for (qint64 id : std::as_const(ids)) {
        auto v = invoice(id);
        if (!v)
            return v.error();
        list += std::move(v).value();
    }
    return list;
}

Result<QHash<qint64, Money>> SalesService::amountsDue(const QList<qint64> &householdIds) const
{
    QHash<qint64, Money> due;
    if (householdIds.isEmpty())
        return due;
    QStringList ids;
    for (qint64 id : householdIds)
        ids += QString::number(id);
    QSqlQuery &q = m_statements.get(
        QStringLiteral("SELECT household_id, sum(due) FROM (SELECT i.household_id, ") + InvoiceDueSql +
        QStringLiteral(" FROM invoice i WHERE i.household_id IN "
                       "(SELECT value FROM json_each(?))) WHERE due > 0 "
                       "GROUP BY household_id"));
    q.bindValue(0, QStringLiteral("[%1]").arg(ids.join(QLatin1Char(','))));
    if (Status s = execOrError(q); !s)
        return s.error();
    while (q.next())
        due.insert(q.value(0).toLongLong(), Money::fromCents(q.value(1).toLongLong()));
    q.finish();
    return due;
}

Result<DayFigures> SalesService::dayFigures(const QDate &day) const
{
    // The day's bounds in the commune, as the stored UTC instants ("…T22:00:00.000Z").
    const QTimeZone zone = m_session.time().zone();
    const QString from = QDateTime(day, QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs);
    const QString to = QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs);
    const QString site = m_session.siteId();
    DayFigures figures;
    QSqlQuery &sold =
        m_statements.get(QStringLiteral("SELECT count(*), coalesce(sum(total_cents), 0) FROM invoice "
                                        "WHERE origin_site = ? AND issued_at >= ? AND issued_at < ?"));
    bindAll(sold, {site, from, to});
    if (Status s = execOrError(sold); !s)
        return s.error();
    if (sold.next()) {
        figures.invoices = sold.value(0).toInt();
        figures.invoiced = Money::fromCents(sold.value(1).toLongLong());
    }
    sold.finish();
    QSqlQuery &taken = m_statements.get(QStringLiteral(
        "SELECT p.method, sum(p.amount_cents) FROM receipt r "
        "JOIN payment p ON p.receipt_id = r.id WHERE r.origin_site = ? AND r.paid_at >= ? AND r.paid_at < ? "
        "GROUP BY p.method"));
    bindAll(taken, {site, from, to});
    if (Status s = execOrError(taken); !s)
        return s.error();
    QHash<QString, Money> byMethod;
    while (taken.next())
        byMethod.insert(taken.value(0).toString(), Money::fromCents(taken.value(1).toLongLong()));
    taken.finish();
    for (const PaymentMethod method :
         {PaymentMethod::Cash, PaymentMethod::Cheque, PaymentMethod::Card, PaymentMethod::Online})
        if (byMethod.contains(paymentMethodCode(method)))
            figures.takings += {method, byMethod.value(paymentMethodCode(method))};
    QSqlQuery &acts = m_statements.get(QStringLiteral(
        "SELECT count(*) FROM receipt WHERE origin_site = ? AND paid_at >= ? AND paid_at < ?"));
    bindAll(acts, {site, from, to});
    if (Status s = execOrError(acts); !s)
        return s.error();
    if (acts.next())
        figures.receipts = acts.value(0).toInt();
    acts.finish();
    QSqlQuery &unpaid =
        m_statements.get(QStringLiteral("SELECT count(*), coalesce(sum(due), 0) FROM (SELECT ") +
                         InvoiceDueSql + QStringLiteral(" FROM invoice i) WHERE due > 0"));
    if (Status s = execOrError(unpaid); !s)
        return s.error();
    if (unpaid.next()) {
        figures.unpaidInvoices = unpaid.value(0).toInt();
        figures.unpaidTotal = Money::fromCents(unpaid.value(1).toLongLong());
    }
    unpaid.finish();
    return figures;
}

Result<QList<OverdueInvoice>> SalesService::overdueInvoices(const QDateTime &before) const
{
    QSqlQuery &q = m_statements.get(
        QStringLiteral("SELECT id, number, household_id, issued_at, due, total_cents FROM (SELECT i.id, "
                       "i.number, i.household_id, i.issued_at, i.total_cents, ") +
        InvoiceDueSql + QStringLiteral(" FROM invoice i WHERE i.issued_at < ?) WHERE due > 0 ORDER BY id"));
    q.addBindValue(before.toUTC().toString(Qt::ISODateWithMs));
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<OverdueInvoice> list;
    while (q.next())
        list += OverdueInvoice{q.value(0).toLongLong(),
                               q.value(1).toString(),
                               q.value(2).toLongLong(),
                               instantFromIso(q.value(3)),
                               Money::fromCents(q.value(4).toLongLong()),
                               Money::fromCents(q.value(5).toLongLong())};
    q.finish();
    return list;
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

Result<ReceiptView> SalesService::receipt(const QString &receiptNumber) const
{
    QSqlQuery &q = m_statements.get(QStringLiteral("SELECT id, invoice_id FROM receipt WHERE number = ?"));
    q.bindValue(0, receiptNumber.trimmed());
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(
            tr("No receipt has the number %1 in this database. Check the number.").arg(receiptNumber));
    const qint64 receiptId = q.value(0).toLongLong();
    const qint64 invoiceId = q.value(1).toLongLong();
    q.finish();
    auto invoice = this->invoice(invoiceId);
    if (!invoice)
        return invoice.error();

    ReceiptView r;
    r.id = receiptId;
    r.invoice = std::move(invoice).value();
    for (const PaymentView &p : std::as_const(r.invoice.payments)) {
        if (p.receiptId == receiptId)
            r.parts += p;
    }
    if (r.parts.isEmpty())
        return Error::of(tr("The receipt %1 has no payment recorded. Run guichet-cli verify and call your IT "
                            "support.")
                             .arg(receiptNumber));
    r.number = r.parts.constFirst().receiptNumber;
    r.paidAt = r.parts.constFirst().paidAt;
    r.clerk = r.parts.constFirst().clerk;
    // The balance as it stood at this payment: earlier acts only (a later payment or credit note is not on
    // it).
    for (const PaymentView &p : std::as_const(r.invoice.payments)) {
        if (p.receiptId == receiptId)
            r.paidHere += p.amount;
        else if (p.paidAt < r.paidAt || (p.paidAt == r.paidAt && p.receiptId < receiptId))
            r.paidBefore += p.amount;
    }
    for (const CreditNoteView &note : std::as_const(r.invoice.creditNotes))
        if (note.issuedAt <= r.paidAt)
            r.creditedBefore += note.total;
    const Money remaining = r.invoice.total - r.creditedBefore - r.paidBefore - r.paidHere;
    r.remainingAfter = remaining.isNegative() ? Money() : remaining;
    return r;
}

namespace {
// The id of the row of 'table' whose number is 'number', or 'notFound'.
Result<qint64> idByNumber(StatementCache &statements, const QString &table, const QString &number,
                          const Error &notFound)
{
    QSqlQuery &q = statements.get(QStringLiteral("SELECT id FROM %1 WHERE number = ?").arg(table));
    q.bindValue(0, number.trimmed());
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return notFound;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}
} // namespace

Result<qint64> SalesService::invoiceIdByNumber(const QString &number) const
{
    return idByNumber(
        m_statements, QStringLiteral("invoice"), number,
        Error::of(tr("No invoice has the number %1 in this database. Check the number.").arg(number)));
}

Result<qint64> SalesService::creditNoteIdByNumber(const QString &number) const
{
    return idByNumber(
        m_statements, QStringLiteral("credit_note"), number,
        Error::of(tr("No credit note has the number %1 in this database. Check the number.").arg(number)));
}

} // namespace guichet
