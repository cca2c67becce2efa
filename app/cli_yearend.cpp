// guichet-cli's year-end commands: the roll-over to the next school year with its carry-over, refunds of
// surplus tickets and the refund report. Arguments and output only; the rules are core's (yearend/).
#include "cli.h"

#include "common/CommuneTime.h"
#include "common/Iban.h"
#include "documents/DocumentService.h"
#include "documents/PrintableDocument.h"
#include "family/FamilyService.h"
#include "yearend/Refunds.h"
#include "yearend/Rollover.h"

#include <QDir>
#include <QRegularExpression>

namespace guichet::cli {

namespace {

// "2.5", "2,5", "-1", "+3.25" → hundredths of a percent (250); nothing for anything else.
std::optional<int> percentHundredths(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-]?)(\\d{1,3})(?:[.,](\\d{1,2}))?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int value = m.captured(2).toInt() * 100 + m.captured(3).leftJustified(2, QLatin1Char('0')).toInt();
    return m.captured(1) == QLatin1String("-") ? -value : value;
}

QString percentText(int hundredths)
{
    const int a = std::abs(hundredths);
    return QStringLiteral("%1%2,%3 %")
        .arg(hundredths < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

void printPlan(Context &c, const RolloverPlan &p)
{
    const auto day = [](const QDate &d) { return d.toString(Qt::ISODate); };
    c.out << "from\t" << p.from.label << '\t' << day(p.from.start) << '\t' << day(p.from.end) << '\n';
    c.out << "to\t" << p.to.label << '\t' << day(p.to.start) << '\t' << day(p.to.end) << '\t'
          << day(p.to.bookingOpensOn) << '\t' << (p.toExists ? "existing" : "new") << '\n';
    if (p.tariffsExist)
        c.out << "tariffs\tkept\n";
    else
        c.out << "tariffs\t" << p.tariffs << '\t' << percentText(p.percentHundredths) << '\n';
    c.out << "week_patterns\t" << p.weekPatterns << '\n';
    c.out << "holidays\t" << p.holidays << '\n';
    for (const auto &[step, children] : p.promotions)
        c.out << "promotion\t" << step << '\t' << children << '\n';
    c.out << "leavers\tCM2\t" << p.cm2Leavers << '\n';
    c.out << "leavers\tother\t" << p.otherLeavers << '\n';
    c.out << "carry_over\t" << p.households << '\t' << p.lots << '\t' << p.tickets << '\t'
          << p.value.toString() << '\n';
    for (auto it = p.ticketsByActivity.cbegin(); it != p.ticketsByActivity.cend(); ++it)
        c.out << "carry_over_activity\t" << it.key() << '\t' << it.value() << '\n';
    for (const QString &w : p.warnings)
        c.out << "warning\t" << w << '\n';
}

QDate dateOption(Context &c, const char *name)
{
    return QDate::fromString(c.parser.value(QString::fromLatin1(name)), Qt::ISODate);
}

} // namespace

// year rollover [--percent 2.5] [--start D --end D --opens D] [--calendar FILE] [--csv-file FILE] --yes
int yearRollover(Context &c)
{
    RolloverOptions options;
    if (c.parser.isSet(QStringLiteral("percent"))) {
        const auto percent = percentHundredths(c.parser.value(QStringLiteral("percent")));
        if (!percent)
            return fail(c,
                        Error::of(Cli::tr("--percent takes a percentage such as 2.5 or -1 (at most two "
                                          "decimals).")),
                        2);
        options.percentHundredths = *percent;
    }
    options.start = dateOption(c, "start");
    options.end = dateOption(c, "end");
    options.bookingOpensOn = dateOption(c, "opens");
    options.calendarFile = c.parser.value(QStringLiteral("calendar"));
    RolloverService &rollover = c.session->rollover();
    if (!c.parser.isSet(QStringLiteral("yes"))) {
        const auto plan = rollover.plan(options);
        if (!plan)
            return fail(c, plan.error());
        printPlan(c, plan.value());
        c.err << Cli::tr("Nothing was written: run the same command with --yes to roll over.") << '\n';
        return 0;
    }
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    const auto done = rollover.run(options, [&](int n, int total) {
        c.err << Cli::tr("%1 / %2 lots carried over").arg(n).arg(total) << '\n' << Qt::flush;
    });
    if (!done)
        return fail(c, done.error());
    printPlan(c, done.value());
    c.out << "rolled_over\t" << done.value().from.label << '\t' << done.value().to.label << '\n';
    if (c.parser.isSet(QStringLiteral("csv-file"))) {
        const auto records = rollover.rollovers();
        if (!records)
            return fail(c, records.error());
        const auto lines = rollover.carryOver(records.value().last().id);
        if (!lines)
            return fail(c, lines.error());
        return writeFile(c, c.parser.value(QStringLiteral("csv-file")),
                         RolloverService::carryOverCsv(lines.value()));
    }
    return 0;
}

// year carry-over [--csv-file FILE]: what the last roll-over moved, lot by lot.
int yearCarryOver(Context &c)
{
    const auto records = c.session->rollover().rollovers();
    if (!records)
        return fail(c, records.error());
    if (records.value().isEmpty())
        return fail(
            c, Error::of(Cli::tr("No school year was rolled over yet: there is no carry-over to show.")));
    const RolloverRecord &last = records.value().last();
    const auto lines = c.session->rollover().carryOver(last.id);
    if (!lines)
        return fail(c, lines.error());
    c.out << "rollover\t" << last.from << '\t' << last.to << '\t' << last.at.toString(Qt::ISODate) << '\t'
          << last.user << '\n';
    int tickets = 0;
    Money value;
    for (const CarryOverLine &l : lines.value()) {
        c.out << "line\t" << l.fileNumber << '\t' << l.household << '\t' << l.activity << '\t' << l.tickets
              << '\t' << l.unitPrice.toString() << '\t' << l.value().toString() << '\n';
        tickets += l.tickets;
        value += l.value();
    }
    c.out << "total\t" << tickets << '\t' << value.toString() << '\n';
    if (c.parser.isSet(QStringLiteral("csv-file")))
        return writeFile(c, c.parser.value(QStringLiteral("csv-file")),
                         RolloverService::carryOverCsv(lines.value()));
    return 0;
}

// refund --user L --household FILE_NO --activity CODE [--tickets N] --iban IBAN [--bic BIC] | --cash
//        [--reason TEXT] [--quote]
int refund(Context &c)
{
    if (!c.parser.isSet(QStringLiteral("household")) || !c.parser.isSet(QStringLiteral("activity")))
        return fail(
            c,
            Error::of(Cli::tr("Give the family file and the activity: guichet-cli refund --user L "
                              "--household SO1-42 --activity cantine [--tickets N] --iban IBAN --database "
                              "DB")),
            2);
    const auto household =
        c.session->family().householdIdByFileNumber(c.parser.value(QStringLiteral("household")));
    if (!household)
        return fail(c, household.error());
    const auto activity = activityOption(c);
    if (!activity)
        return fail(c, activity.error());
    int tickets = 0;
    if (c.parser.isSet(QStringLiteral("tickets"))) {
        bool ok = false;
        tickets = c.parser.value(QStringLiteral("tickets")).toInt(&ok);
        if (!ok || tickets < 1)
            return fail(c, Error::of(Cli::tr("--tickets takes a number of tickets, 1 or more.")), 2);
    }
    if (c.parser.isSet(QStringLiteral("quote"))) {
        const auto quote = c.session->refunds().quote(household.value(), activity.value(), tickets);
        if (!quote)
            return fail(c, quote.error());
        c.out << "quote\t" << quote.value().tickets << '\t' << quote.value().amount.toString() << '\n';
        for (const RefundLine &l : quote.value().lines)
            c.out << "line\t" << l.quantity << '\t' << l.unitPrice.toString() << '\t' << l.total().toString()
                  << '\n';
        if (!quote.value().warning.isEmpty())
            c.err << quote.value().warning << '\n';
        return 0;
    }
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    if (const auto quote = c.session->refunds().quote(household.value(), activity.value(), tickets);
        quote && !quote.value().warning.isEmpty())
        c.err << quote.value().warning << '\n';
    RefundRequest request;
    request.householdId = household.value();
    request.activityId = activity.value();
    request.tickets = tickets;
    request.iban = c.parser.value(QStringLiteral("iban"));
    request.bic = c.parser.value(QStringLiteral("bic"));
    request.cash = c.parser.isSet(QStringLiteral("cash"));
    request.reason = c.parser.value(QStringLiteral("reason"));
    if (!request.cash && request.iban.isEmpty())
        return fail(
            c,
            Error::of(Cli::tr("Give the payer's IBAN (--iban), or --cash where the régie pays refunds in "
                              "cash.")),
            2);
    const auto done = c.session->refunds().refund(request);
    if (!done)
        return fail(c, done.error());
    const RefundView &r = done.value();
    c.out << "refund\t" << r.number << '\t' << r.tickets << '\t' << r.amount.toString() << '\n';
    for (const RefundLine &l : r.lines)
        c.out << "line\t" << l.quantity << '\t' << l.unitPrice.toString() << '\t' << l.total().toString()
              << '\n';
    c.out << "paid\t" << (r.cash ? QStringLiteral("cash") : QStringLiteral("transfer")) << '\t'
          << (r.cash ? QString() : Iban::masked(r.iban)) << '\n';
    return 0;
}

// refund-report --from D --to D [--pdf FILE] [--csv FILE] [--xlsx FILE] [--issue] [--accountant]
int refundReport(Context &c)
{
    const QDate from = dateOption(c, "from");
    const QDate to = dateOption(c, "to");
    if (!from.isValid() || !to.isValid())
        return fail(c, Error::of(Cli::tr("Give the period as --from YYYY-MM-DD --to YYYY-MM-DD.")), 2);
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    RefundService &refunds = c.session->refunds();
    const auto report =
        c.parser.isSet(QStringLiteral("issue")) ? refunds.issue(from, to) : refunds.report(from, to);
    if (!report)
        return fail(c, report.error());
    const RefundReport &r = report.value();
    const bool accountant = c.parser.isSet(QStringLiteral("accountant"));
    for (const RefundView &v : r.refunds)
        c.out << "refund\t" << v.number << '\t' << v.day.toString(Qt::ISODate) << '\t' << v.fileNumber << '\t'
              << v.activityName << '\t' << v.tickets << '\t' << v.amount.toString() << '\t'
              << (v.cash ? QStringLiteral("cash") : QStringLiteral("transfer")) << '\t'
              << (v.cash ? QString() : (accountant ? v.iban : Iban::masked(v.iban))) << '\t' << v.orderNumber
              << '\n';
    c.out << "transfers\t" << r.transferCount << '\t' << r.transfers.toString() << '\n';
    c.out << "cash\t" << r.cashCount << '\t' << r.cash.toString() << '\n';
    c.out << "total\t" << r.refunds.size() << '\t' << r.total.toString() << '\n';
    if (!r.orderNumber.isEmpty())
        c.out << "order\t" << r.orderNumber << '\n';
    const auto proposals = refunds.proposals();
    if (!proposals)
        return fail(c, proposals.error());
    for (const RefundProposal &p : proposals.value())
        c.out << "proposal\t" << p.quote.fileNumber << '\t' << p.quote.activityCode << '\t' << p.quote.tickets
              << '\t' << p.quote.amount.toString() << '\n';
    if (c.parser.isSet(QStringLiteral("csv-file")))
        if (int failed = writeFile(c, c.parser.value(QStringLiteral("csv-file")),
                                   RefundService::reportCsv(r, accountant)))
            return failed;
    if (c.parser.isSet(QStringLiteral("xlsx")))
        if (Status s = RefundService::writeXlsx(r, accountant, c.parser.value(QStringLiteral("xlsx"))); !s)
            return fail(c, s.error());
    if (c.parser.isSet(QStringLiteral("pdf"))) {
        const auto bytes = c.session->documents().pdf(c.session->documents().refundReport(r, accountant),
                                                      DocumentService::Purpose::Preview);
        if (!bytes)
            return fail(c, bytes.error());
        if (int failed = writeFile(c, c.parser.value(QStringLiteral("pdf")), bytes.value()))
            return failed;
    }
    return 0;
}

} // namespace guichet::cli
