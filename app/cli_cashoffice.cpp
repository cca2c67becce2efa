// guichet-cli's cash-office commands: the till, closures, sales and payments, credit notes, deposit slips and
// the accountant's statement. Each acts as --user (password on stdin) and gets core's refusals.
#include "cli.h"

#include "cashoffice/Archive.h"
#include "cashoffice/CashOffice.h"
#include "catalog/CatalogService.h"
#include "documents/DocumentService.h"
#include "documents/PrintableDocument.h"
#include "family/FamilyService.h"
#include "sales/SalesService.h"

#include <QDir>

namespace guichet::cli {

namespace {

// An amount typed as the French do ("150,00", "150.5", "150").
Result<Money> moneyOption(const QString &text, const QString &what)
{
    const auto amount = Money::parse(text);
    if (!amount)
        return Error::of(Cli::tr("%1: \"%2\" is not an amount in euros (write 150,00).").arg(what, text));
    return *amount;
}

// Writes a report as PDF when --pdf is given.
int writePdf(Context &c, const Result<DocumentContent> &content)
{
    if (!c.parser.isSet(QStringLiteral("pdf")))
        return 0;
    if (!content)
        return fail(c, content.error());
    const auto bytes = PrintableDocument::layOut(content.value()).toPdf();
    if (!bytes)
        return fail(c, bytes.error());
    if (int failed = writeFile(c, c.parser.value(QStringLiteral("pdf")), bytes.value()))
        return failed;
    c.err << Cli::tr("%1 written.").arg(QDir::toNativeSeparators(c.parser.value(QStringLiteral("pdf"))))
          << '\n';
    return 0;
}

void printClosure(Context &c, const ClosureView &z)
{
    c.out << "closure\t" << z.number << '\t' << closureKindCode(z.kind) << '\t' << z.period << '\n';
    c.out << "invoices\t" << z.invoices << '\t' << z.invoiced.toString() << '\n';
    c.out << "credit_notes\t" << z.creditNotes << '\t' << z.credited.toString() << '\n';
    c.out << "receipts\t" << z.receipts << '\t' << z.takings.toString() << '\n';
    c.out << "cash\t" << z.cash.toString() << '\n';
    c.out << "cheque\t" << z.cheque.toString() << '\n';
    c.out << "card\t" << z.card.toString() << '\n';
    for (const auto &a : z.byActivity)
        c.out << "activity\t" << a.activity << '\t' << a.tickets << '\t' << a.net.toString() << '\n';
    if (z.refunds > 0)
        c.out << "refunds\t" << z.refunds << '\t' << z.refunded.toString() << '\t'
              << z.refundedInCash.toString() << '\n';
    c.out << "counted\t" << z.counted.toString() << '\n';
    c.out << "difference\t" << z.difference.toString() << '\n';
    c.out << "grand_total_sales\t" << z.grandTotalSales.toString() << '\n';
    c.out << "grand_total_takings\t" << z.grandTotalTakings.toString() << '\n';
    c.out << "chain_head\t" << z.chainHead << '\n';
}

// --pay cheque:50,00:NUMBER:BANK[:DRAWER] | card:20,00:REF | cash[:AMOUNT[:TENDERED]], as many as given; an
// amount left out is what remains due (once).
Result<QList<PaymentPart>> paymentParts(Context &c, Money due)
{
    QList<PaymentPart> parts;
    int open = -1; // the part whose amount is what remains
    Money given;
    for (const QString &spec : c.parser.values(QStringLiteral("pay"))) {
        const QStringList f = spec.split(QLatin1Char(':'));
        PaymentPart part;
        const QString method = f.value(0).trimmed().toLower();
        if (method == QLatin1String("cash")) {
            part.method = PaymentMethod::Cash;
        } else if (method == QLatin1String("cheque")) {
            part.method = PaymentMethod::Cheque;
            if (f.size() < 4)
                return Error::of(
                    Cli::tr("A cheque is given as cheque:AMOUNT:NUMBER:BANK[:DRAWER] (\"%1\").").arg(spec));
            part.chequeNumber = f.value(2);
            part.chequeBank = f.value(3);
            part.chequeDrawer = f.value(4);
        } else if (method == QLatin1String("card")) {
            part.method = PaymentMethod::Card;
            if (f.size() < 3)
                return Error::of(
                    Cli::tr("A card payment is given as card:AMOUNT:REFERENCE (\"%1\").").arg(spec));
            part.cardReference = f.value(2);
        } else {
            return Error::of(Cli::tr("\"%1\": pay with cash, cheque or card.").arg(spec));
        }
        if (f.value(1).trimmed().isEmpty()) {
            if (open >= 0)
                return Error::of(
                    Cli::tr("Only one --pay may leave its amount out (it takes what remains due)."));
            open = int(parts.size());
        } else {
            const auto amount = moneyOption(f.value(1), QStringLiteral("--pay"));
            if (!amount)
                return amount.error();
            part.amount = amount.value();
            given += part.amount;
        }
        if (part.method == PaymentMethod::Cash && !f.value(2).trimmed().isEmpty()) {
            const auto tendered = moneyOption(f.value(2), QStringLiteral("--pay cash"));
            if (!tendered)
                return tendered.error();
            part.tendered = tendered.value();
        }
        parts += part;
    }
    if (open >= 0) // "cash::50" on 62,00 due: 50,00 € handed over for 62,00 €, which core refuses
        parts[open].amount = due - given;
    return parts;
}

void printPayment(Context &c, const PaymentOutcome &paid)
{
    c.out << "receipt\t" << paid.receiptNumber << '\t' << paid.paid.toString() << '\n';
    c.out << "change\t" << paid.change.toString() << '\n';
    c.out << "due\t" << paid.remainingDue.toString() << '\n';
    if (!paid.warning.isEmpty())
        c.err << paid.warning << '\n';
}

int payAndPrint(Context &c, qint64 invoiceId)
{
    SalesService &sales = c.session->sales();
    const auto invoice = sales.invoice(invoiceId);
    if (!invoice)
        return fail(c, invoice.error());
    const auto parts = paymentParts(c, invoice.value().due);
    if (!parts)
        return fail(c, parts.error(), 2);
    const auto paid = sales.pay(invoiceId, parts.value());
    if (!paid)
        return fail(c, paid.error());
    printPayment(c, paid.value());
    return 0;
}

} // namespace

int tillOpen(Context &c)
{
    const auto amount = moneyOption(c.parser.value(QStringLiteral("float")), QStringLiteral("--float"));
    if (!amount)
        return fail(c, amount.error(), 2);
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    const auto opened = c.session->till().open(amount.value());
    if (!opened)
        return fail(c, opened.error());
    c.out << "till\topen\t" << opened.value() << '\t' << amount.value().toString() << '\n';
    return 0;
}

int tillClose(Context &c)
{
    const auto count = CashCount::parse(c.parser.value(QStringLiteral("count")));
    if (!count)
        return fail(c, count.error(), 2);
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    const auto closed = c.session->till().close(count.value(), c.parser.value(QStringLiteral("comment")));
    if (!closed)
        return fail(c, closed.error());
    const TillSession &t = closed.value();
    c.out << "till\tclosed\t" << t.id << '\n';
    c.out << "expected\t" << t.expected.toString() << '\n';
    c.out << "counted\t" << t.counted.toString() << '\n';
    c.out << "difference\t" << t.difference.toString() << '\n';
    return 0;
}

int tillStatus(Context &c)
{
    const auto open = c.session->till().current();
    if (!open)
        return fail(c, open.error());
    if (!open.value()) {
        c.out << "till\tclosed\n";
        return 0;
    }
    const auto f = c.session->till().figures(open.value()->id);
    if (!f)
        return fail(c, f.error());
    c.out << "till\topen\t" << f.value().session.id << '\t' << f.value().session.openedBy << '\n';
    c.out << "float\t" << f.value().session.floatAmount.toString() << '\n';
    c.out << "cash_taken\t" << f.value().cashTaken.toString() << '\n';
    c.out << "change_given\t" << f.value().changeGiven.toString() << '\n';
    c.out << "cash_refunded\t" << f.value().cashRefunded.toString() << '\n';
    c.out << "expected\t" << f.value().expectedCash().toString() << '\n';
    return 0;
}

int closure(Context &c)
{
    const QCommandLineParser &p = c.parser;
    const int chosen = int(p.isSet(QStringLiteral("date"))) + int(p.isSet(QStringLiteral("month"))) +
                       int(p.isSet(QStringLiteral("year")));
    if (chosen != 1)
        return fail(
            c, Error::of(Cli::tr("closure takes one of --date YYYY-MM-DD, --month YYYY-MM or --year YYYY.")),
            2);
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    ClosureService &closures = c.session->closures();
    const auto done = p.isSet(QStringLiteral("date"))
                          ? closures.closeDay(QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate))
                      : p.isSet(QStringLiteral("month"))
                          ? closures.closePeriod(ClosureView::Kind::Month, p.value(QStringLiteral("month")))
                          : closures.closePeriod(ClosureView::Kind::Year, p.value(QStringLiteral("year")));
    if (!done)
        return fail(c, done.error());
    printClosure(c, done.value());
    return writePdf(c, c.session->documents().closureReport(done.value()));
}

// sell --household FILE_NO --items cantine:10,garderie_soir:20 [--pay ...]: the invoice, then its payment.
int sell(Context &c)
{
    if (!c.parser.isSet(QStringLiteral("household")) || !c.parser.isSet(QStringLiteral("items")))
        return fail(
            c,
            Error::of(Cli::tr("Give the family file and the tickets: guichet-cli sell --user L --household "
                              "SO1-42 --items cantine:10 --pay cash --database DB")),
            2);
    const auto household =
        c.session->family().householdIdByFileNumber(c.parser.value(QStringLiteral("household")));
    if (!household)
        return fail(c, household.error());
    const auto activities = c.session->catalog().activities(true);
    if (!activities)
        return fail(c, activities.error());
    QList<OrderLine> lines;
    for (const QString &item :
         c.parser.value(QStringLiteral("items")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = item.section(QLatin1Char(':'), 0, 0).trimmed();
        bool ok = false;
        const int quantity = item.section(QLatin1Char(':'), 1).trimmed().toInt(&ok);
        const auto it = std::find_if(activities.value().cbegin(), activities.value().cend(),
                                     [&](const Activity &a) { return a.code == code; });
        if (it == activities.value().cend() || !ok)
            return fail(
                c,
                Error::of(Cli::tr("\"%1\": give each item as ACTIVITY:NUMBER, e.g. cantine:10.").arg(item)),
                2);
        lines += OrderLine{it->id, quantity};
    }
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    SalesService &sales = c.session->sales();
    if (!c.parser.isSet(QStringLiteral("pay"))) { // ordered now, paid later
        const auto invoice = sales.confirmOrder(household.value(), lines);
        if (!invoice)
            return fail(c, invoice.error());
        const auto view = sales.invoice(invoice.value());
        if (!view)
            return fail(c, view.error());
        c.out << "invoice\t" << view.value().number << '\t' << view.value().total.toString() << '\n';
        return 0;
    }
    // Paid at once: a refused payment (the till closed, the cash short) leaves no invoice behind.
    const auto sold = sales.sellAndPay(
        household.value(), lines, [&](const InvoiceView &invoice) { return paymentParts(c, invoice.due); });
    if (!sold)
        return fail(c, sold.error());
    const auto &[invoice, paid] = sold.value();
    c.out << "invoice\t" << invoice.number << '\t' << invoice.total.toString() << '\n';
    printPayment(c, paid);
    return 0;
}

int pay(Context &c)
{
    if (!c.parser.isSet(QStringLiteral("invoice")) || !c.parser.isSet(QStringLiteral("pay")))
        return fail(c,
                    Error::of(Cli::tr("Give the invoice and the payment: guichet-cli pay --user L --invoice "
                                      "SO1-2026-000042 --pay cash --database DB")),
                    2);
    const auto invoice = c.session->sales().invoiceIdByNumber(c.parser.value(QStringLiteral("invoice")));
    if (!invoice)
        return fail(c, invoice.error());
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    return payAndPrint(c, invoice.value());
}

// credit-note --invoice NUMBER --lines cantine:5[,etude:2] --reason TEXT
int creditNote(Context &c)
{
    if (!c.parser.isSet(QStringLiteral("invoice")) || !c.parser.isSet(QStringLiteral("lines")))
        return fail(
            c,
            Error::of(Cli::tr("Give the invoice, the tickets and why: guichet-cli credit-note --user L "
                              "--invoice SO1-2026-000042 --lines cantine:5 --reason \"Déménagement\" "
                              "--database DB")),
            2);
    SalesService &sales = c.session->sales();
    const auto invoiceId = sales.invoiceIdByNumber(c.parser.value(QStringLiteral("invoice")));
    if (!invoiceId)
        return fail(c, invoiceId.error());
    const auto invoice = sales.invoice(invoiceId.value());
    if (!invoice)
        return fail(c, invoice.error());
    const auto activities = c.session->catalog().activities(true);
    if (!activities)
        return fail(c, activities.error());
    QList<CreditRequest> requests;
    for (const QString &item :
         c.parser.value(QStringLiteral("lines")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = item.section(QLatin1Char(':'), 0, 0).trimmed();
        bool ok = false;
        const int quantity = item.section(QLatin1Char(':'), 1).trimmed().toInt(&ok);
        const auto activity = std::find_if(activities.value().cbegin(), activities.value().cend(),
                                           [&](const Activity &a) { return a.code == code; });
        const auto line =
            activity == activities.value().cend()
                ? invoice.value().lines.cend()
                : std::find_if(invoice.value().lines.cbegin(), invoice.value().lines.cend(),
                               [&](const InvoiceLineView &l) { return l.activityId == activity->id; });
        if (!ok)
            return fail(
                c, Error::of(Cli::tr("\"%1\": give each line as ACTIVITY:NUMBER, e.g. cantine:5.").arg(item)),
                2);
        if (line == invoice.value().lines.cend())
            return fail(
                c, Error::of(Cli::tr("Invoice %1 has no line of \"%2\".").arg(invoice.value().number, code)));
        requests += CreditRequest{line->id, quantity};
    }
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    const auto note =
        sales.issueCreditNote(invoiceId.value(), requests, c.parser.value(QStringLiteral("reason")));
    if (!note)
        return fail(c, note.error());
    const auto after = sales.invoice(invoiceId.value());
    if (!after)
        return fail(c, after.error());
    for (const CreditNoteView &n : after.value().creditNotes)
        if (n.id == note.value())
            c.out << "credit_note\t" << n.number << '\t' << n.total.toString() << '\n';
    return 0;
}

int depositSlip(Context &c)
{
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    const auto slip = c.session->closures().issueDepositSlip();
    if (!slip)
        return fail(c, slip.error());
    c.out << "deposit_slip\t" << slip.value().number << '\t' << slip.value().cheques.size() << '\t'
          << slip.value().total.toString() << '\n';
    for (const DepositCheque &cheque : slip.value().cheques)
        c.out << "cheque\t" << cheque.number << '\t' << cheque.bank << '\t' << cheque.drawer << '\t'
              << cheque.amount.toString() << '\n';
    return writePdf(c, c.session->documents().depositSlip(slip.value()));
}

// statement --from D --to D [--pdf FILE] [--csv-file FILE]: the accountant's statement.
int statement(Context &c)
{
    const QDate from = QDate::fromString(c.parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(c.parser.value(QStringLiteral("to")), Qt::ISODate);
    const auto st = c.session->closures().statement(from, to);
    if (!st)
        return fail(c, st.error(), 2);
    const AccountantStatement &s = st.value();
    c.out << "takings\t" << s.takings.toString() << '\n';
    c.out << "cash\t" << s.cash.toString() << '\n';
    c.out << "cheque\t" << s.cheque.toString() << '\n';
    c.out << "card\t" << s.card.toString() << '\n';
    for (const auto &a : s.byActivity)
        c.out << "activity\t" << a.activity << '\t' << a.tickets << '\t' << a.net.toString() << '\n';
    c.out << "deposits\t" << s.deposits.size() << '\n';
    c.out << "closures\t" << s.closures.size() << '\n';
    if (c.parser.isSet(QStringLiteral("csv-file")))
        if (int failed =
                writeFile(c, c.parser.value(QStringLiteral("csv-file")), ClosureService::statementCsv(s)))
            return failed;
    return writePdf(c, c.session->documents().statement(s));
}

// archive --year 2026 --output FOLDER: the year's journal and closures, checkable without this program.
int archive(Context &c)
{
    bool ok = false;
    const int year = c.parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || !c.parser.isSet(QStringLiteral("output")))
        return fail(
            c,
            Error::of(Cli::tr("Give the year and the folder: guichet-cli archive --user L --year 2026 "
                              "--output FOLDER --database DB")),
            2);
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    const auto written = ArchiveService(*c.session).write(year, c.parser.value(QStringLiteral("output")));
    if (!written)
        return fail(c, written.error());
    for (const QString &file : written.value().files)
        c.out << "file\t" << QDir::toNativeSeparators(file) << '\n';
    c.out << "entries\t" << written.value().entries << '\n';
    c.out << "closures\t" << written.value().closures << '\n';
    c.out << "chain_ends_with\t" << written.value().lastHash << '\n';
    c.out << "manifest_sha256\t" << written.value().manifestSha256 << '\n';
    return 0;
}

} // namespace guichet::cli
