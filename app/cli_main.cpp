// guichet-cli: the counter's services without a window (setup, demo data, search, verification, documents).
// A table of commands, each a small function over the same core services as the window: argument parsing
// and output only, no rule and no SQL here.
#include "cli.h"

#include "calendar/CalendarImport.h"
#include "calendar/SchoolCalendar.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/HugePages.h"
#include "common/Localization.h"
#include "common/Settings.h"
#include "common/TextFolding.h"
#include "commune/CommuneSettings.h"
#include "demo/DemoGenerator.h"
#include "documents/DocumentService.h"
#include "family/Custody.h"
#include "family/FamilySearch.h"
#include "family/FamilyService.h"
#include "integrity/InvariantChecker.h"
#include "planning/AttendanceService.h"
#include "planning/BookingService.h"
#include "planning/CalendarEditor.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTextStream>
#include <algorithm>
#include <memory>

using namespace guichet;
using namespace guichet::cli;

namespace guichet::cli {

int fail(Context &c, const Error &error, int code)
{
    c.err << error.message << '\n';
    for (const QString &field : error.fields)
        c.err << "  - " << field << '\n';
    return code;
}

// The secrets a command reads on stdin, one a line: never on the command line (the process list shows it).
QString readSecret()
{
    static QTextStream in(stdin);
    return in.readLine();
}

// --user LOGIN: the command acts as that user, whose password is the first line on stdin.
Status actAs(Context &c)
{
    if (!c.parser.isSet(QStringLiteral("user")))
        return {};
    const auto user = c.session->users().authenticate(c.parser.value(QStringLiteral("user")), readSecret());
    if (!user)
        return user.error();
    c.session->setUser(user.value());
    return {};
}

// The commands that take or count money act as a user: --user LOGIN (password on stdin), or they refuse
// once the database has users (a database without users, as before the cash office, asks nobody).
Status actAsRequired(Context &c)
{
    if (c.parser.isSet(QStringLiteral("user")))
        return actAs(c);
    const auto hasUsers = c.session->users().hasUsers();
    if (!hasUsers)
        return hasUsers.error();
    if (hasUsers.value())
        return Error::of(
            Cli::tr("This command writes: give --user LOGIN, with the password as the first line on "
                    "stdin."));
    return {};
}

Result<qint64> activityOption(Context &c)
{
    const auto activities = c.session->catalog().activities(true);
    if (!activities)
        return activities.error();
    const QString code = c.parser.value(QStringLiteral("activity")).trimmed();
    QStringList codes;
    for (const Activity &activity : activities.value()) {
        if (activity.code == code)
            return activity.id;
        codes += activity.code;
    }
    return Error::of(Cli::tr("There is no activity \"%1\". The activities: %2.")
                         .arg(code, codes.join(QStringLiteral(", "))));
}

int writeFile(Context &c, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        c.err << Cli::tr("The file %1 could not be written: %2. Choose another folder.")
                     .arg(QDir::toNativeSeparators(path), file.errorString())
              << '\n';
        return 1;
    }
    return 0;
}

int printChecks(Context &c, const QList<CheckReport> &checks, const QString &allHold)
{
    int failed = 0;
    for (const CheckReport &check : checks) {
        if (check.failures.isEmpty()) {
            c.out << "ok      " << check.name << " — " << check.title << '\n';
            continue;
        }
        ++failed;
        c.out << Cli::tr("FAILED") << "  " << check.name << " — " << check.title << '\n';
        for (const QString &message : check.failures) {
            c.out << "        " << message << '\n';
            c.err << check.name << ": " << message << '\n';
        }
    }
    if (failed > 0) {
        c.out << Cli::tr("%1 of %2 checks failed.").arg(failed).arg(checks.size()) << '\n';
        return 1;
    }
    c.out << allHold.arg(checks.size()) << '\n';
    return 0;
}

} // namespace guichet::cli

namespace {

using Run = int (*)(Context &);

struct Command
{
    const char *name;
    const char *summary; // translated when shown (Cli context)
    enum class Database
    {
        None,
        Read,   // opened read-only, never upgraded; the window may be using it
        Write,  // opened for this program alone
        Create, // created when missing, for this program alone
    } database;
    bool needsFonts; // lays out documents: a QGuiApplication on the offscreen platform
    Run run;
};

int version(Context &c)
{
    if (!c.session) {
        c.out << Cli::tr("Guichet Périscolaire %1, database schema %2")
                     .arg(QCoreApplication::applicationVersion())
                     .arg(Database::supportedSchemaVersion())
              << '\n';
        return 0;
    }
    c.out << Cli::tr("Guichet Périscolaire %1, database schema %2 (%3)")
                 .arg(QCoreApplication::applicationVersion())
                 .arg(c.session->database().schemaVersion())
                 .arg(c.session->database().path())
          << '\n';
    return 0;
}

int setup(Context &c)
{
    const QString code = c.parser.value(QStringLiteral("counter-code"));
    const QString name = c.parser.value(QStringLiteral("counter-name"));
    if (code.isEmpty() || name.isEmpty()) {
        c.err << Cli::tr("setup takes --counter-code (e.g. SO2) and --counter-name (e.g. \"Annexe Nord\").")
              << '\n';
        return 2;
    }
    if (Status s = c.session->setUpCounter(code, name); !s)
        return fail(c, s.error());
    c.out << Cli::tr("Counter %1 (%2) is set up on %3.")
                 .arg(c.session->counter().code, c.session->counter().name, c.session->database().path())
          << '\n';
    return 0;
}

int demo(Context &c)
{
    bool ok = false;
    const int households = c.parser.value(QStringLiteral("households")).toInt(&ok);
    if (!ok || households < 1 || households > 200000) {
        c.err << Cli::tr("--households takes a number between 1 and 200000.") << '\n';
        return 2;
    }
    DemoOptions options;
    options.households = households;
    options.seed = c.parser.value(QStringLiteral("seed")).toUInt();
    options.counterCode = c.parser.value(QStringLiteral("counter-code"));
    c.session->setActor(QStringLiteral("demo"));
    const auto result = DemoGenerator(*c.session, c.clock).generate(options, [&](int done, int total) {
        if (done % 1000 == 0 || done == total)
            c.err << Cli::tr("%1 / %2 households").arg(done).arg(total) << '\n' << Qt::flush;
    });
    if (!result)
        return fail(c, result.error());
    c.out << Cli::tr(
                 "Demo database %1: %2 households, %3 children, %4 in shared custody, %5 invoices, %6 credit "
                 "notes, %7 days booked (%8 then cancelled); attendance: %9 present, %10 absent, %11 "
                 "excused.")
                 .arg(c.session->database().path())
                 .arg(result.value().households)
                 .arg(result.value().children)
                 .arg(result.value().sharedChildren)
                 .arg(result.value().invoices)
                 .arg(result.value().creditNotes)
                 .arg(result.value().bookings)
                 .arg(result.value().cancellations)
                 .arg(result.value().present)
                 .arg(result.value().absent)
                 .arg(result.value().excused)
          << '\n';
    return 0;
}

int search(Context &c)
{
    const auto hits = c.session->family().search().search(c.arguments.join(QLatin1Char(' ')),
                                                          c.parser.value(QStringLiteral("limit")).toInt());
    if (!hits)
        return fail(c, hits.error());
    for (const SearchHit &hit : hits.value())
        c.out << hit.fileNumber << '\t' << hit.title << '\t' << fileStatusLabel(hit.status) << '\t'
              << hit.guardians << '\t' << hit.children << '\n';
    c.err << Cli::tr("%n household(s) found.", nullptr, int(hits.value().size())) << '\n';
    return 0;
}

int check(Context &c)
{
    if (Status s = c.session->database().checkIntegrity(); !s)
        return fail(c, s.error());
    c.out << Cli::tr("The database %1 is intact.").arg(c.session->database().path()) << '\n';
    return 0;
}

// Every named check, each with its verdict; exit 1 when one fails, naming the rows.
int verify(Context &c)
{
    if (c.parser.isSet(QStringLiteral("central")))
        return verifyCentral(c);
    InvariantChecker checker(*c.session);
    checker.setAnchor(c.parser.value(QStringLiteral("anchor")));
    const auto findings = checker.run();
    if (!findings)
        return fail(c, findings.error());
    QList<CheckReport> checks;
    for (const InvariantChecker::Check &check : InvariantChecker::checks()) {
        CheckReport report{check.name, check.title, {}};
        for (const InvariantChecker::Finding &f : findings.value())
            if (f.check == check.name)
                report.failures += f.message;
        checks += report;
    }
    return printChecks(
        c, checks,
        Cli::tr("All %1 checks hold: wallets, invoices, payments, credit notes, numbering and issued "
                "documents."));
}

// Sells 10 meals and pays them in cash, again and again, each sale two transactions, so that a test can
// kill the process at any instant and then check with 'verify' that nothing is half-written.
int stress(Context &c)
{
    const int count =
        c.parser.isSet(QStringLiteral("count")) ? c.parser.value(QStringLiteral("count")).toInt() : 100;
    const auto households = c.session->family().householdsWithStatus(FileStatus::Validated, 50);
    if (!households)
        return fail(c, households.error());
    const auto activities = c.session->catalog().activities();
    if (!activities)
        return fail(c, activities.error());
    if (households.value().isEmpty() || activities.value().isEmpty()) {
        c.err << Cli::tr("No validated household to sell to: create a demo database first.") << '\n';
        return 1;
    }
    SalesService &sales = c.session->sales();
    for (int i = 0; i < count; ++i) {
        const auto invoice = sales.confirmOrder(households.value().at(i % households.value().size()),
                                                {OrderLine{activities.value().first().id, 10}});
        if (!invoice)
            return fail(c, invoice.error());
        const auto view = sales.invoice(invoice.value());
        if (!view)
            return fail(c, view.error());
        PaymentPart cash;
        cash.amount = view.value().due;
        if (const auto paid = sales.pay(invoice.value(), {cash}); !paid)
            return fail(c, paid.error());
        c.out << i + 1 << '\n' << Qt::flush;
    }
    return 0;
}

// Writes a document as PDF: the original the first time, a DUPLICATA copy of it afterwards.
int pdf(Context &c)
{
    const QCommandLineParser &p = c.parser;
    const int chosen = int(p.isSet(QStringLiteral("invoice"))) + int(p.isSet(QStringLiteral("receipt"))) +
                       int(p.isSet(QStringLiteral("credit-note")));
    if (chosen != 1 || p.value(QStringLiteral("output")).isEmpty()) {
        c.err << Cli::tr(
                     "pdf takes one of --invoice, --receipt or --credit-note with the document's number, and "
                     "--output with the PDF file to write.")
              << '\n';
        return 2;
    }
    if (Status s = actAsRequired(c); !s) // a print is journaled with who made it
        return fail(c, s.error());
    DocumentService &documents = c.session->documents();
    const auto content =
        p.isSet(QStringLiteral("receipt"))
            ? documents.byNumber(DocumentKind::Receipt, p.value(QStringLiteral("receipt")))
        : p.isSet(QStringLiteral("invoice"))
            ? documents.byNumber(DocumentKind::Invoice, p.value(QStringLiteral("invoice")))
            : documents.byNumber(DocumentKind::CreditNote, p.value(QStringLiteral("credit-note")));
    if (!content)
        return fail(c, content.error());
    const auto bytes = PrintableDocument::layOut(content.value()).toPdf();
    if (!bytes)
        return fail(c, bytes.error());
    QSaveFile file(p.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size() ||
        !file.commit()) {
        c.err << Cli::tr("The file %1 could not be written: %2. Choose another folder.")
                     .arg(file.fileName(), file.errorString())
              << '\n';
        return 1;
    }
    // Recorded once the file exists: a failed attempt never turns the next copy into a duplicate.
    if (Status s = documents.recordIssue(content.value()); !s)
        return fail(c, s.error());
    c.out << (content.value().duplicate ? Cli::tr("%1 written (DUPLICATE).") : Cli::tr("%1 written."))
                 .arg(QDir::toNativeSeparators(file.fileName()))
          << '\n';
    return 0;
}

// calendar import FILE.ics|FILE.csv [--zone B]: the official school holidays of the commune's zone.
int calendarImport(Context &c)
{
    if (c.arguments.isEmpty())
        return fail(
            c,
            Error::of(Cli::tr("Give the calendar file: guichet-cli calendar import FILE.ics --database DB")),
            2);
    if (Status s = actAs(c); !s) // the calendar is an administrator's business
        return fail(c, s.error());
    const auto change =
        CalendarEditor(*c.session).importFile(c.arguments.first(), c.parser.value(QStringLiteral("zone")));
    if (!change)
        return fail(c, change.error());
    const CalendarImportReport &report = change.value().imported;
    for (const QString &line : report.ignored)
        c.err << Cli::tr("left out: %1").arg(line) << '\n';
    c.out << Cli::tr("%n period(s) without class added", nullptr, report.added) << ", "
          << Cli::tr("%n already there", nullptr, report.alreadyThere) << ", "
          << Cli::tr("%n event(s) left out", nullptr, int(report.ignored.size())) << '.' << '\n';
    if (change.value().bookingsCancelled > 0)
        c.err << Cli::tr("%n booking(s) on the new holidays cancelled, their tickets given back.", nullptr,
                         change.value().bookingsCancelled)
              << '\n';
    return 0;
}

// calendar closure --label TEXT --from D --to D [--school NAME]: the town hall closes a school (or every
// school) those days; the bookings on them are cancelled and their tickets given back.
int calendarClosure(Context &c)
{
    const QDate from = QDate::fromString(c.parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = c.parser.isSet(QStringLiteral("to"))
                         ? QDate::fromString(c.parser.value(QStringLiteral("to")), Qt::ISODate)
                         : from;
    if (!c.parser.isSet(QStringLiteral("label")) || !from.isValid() || !to.isValid())
        return fail(
            c,
            Error::of(Cli::tr("Give why and when: guichet-cli calendar closure --label \"Grève\" --from "
                              "2026-10-06 [--to 2026-10-06] [--school NAME] --database DB")),
            2);
    qint64 school = 0;
    if (c.parser.isSet(QStringLiteral("school"))) {
        const auto found =
            SchoolCalendar(*c.session).schoolIdByName(c.parser.value(QStringLiteral("school")));
        if (!found)
            return fail(c, found.error());
        school = found.value();
    }
    if (Status s = actAs(c); !s) // the calendar is an administrator's business
        return fail(c, s.error());
    const auto change =
        CalendarEditor(*c.session).addPeriod(true, c.parser.value(QStringLiteral("label")), from, to, school);
    if (!change)
        return fail(c, change.error());
    c.out << Cli::tr("Closure added; %n booking(s) cancelled, their tickets given back.", nullptr,
                     change.value().bookingsCancelled)
          << '\n';
    return 0;
}

// calendar days --from D --to D [--weekdays 1,2,4,5] [--school NAME]: the service days, one ISO date a line.
int calendarDays(Context &c)
{
    const QDate from = QDate::fromString(c.parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(c.parser.value(QStringLiteral("to")), Qt::ISODate);
    QList<int> weekdays;
    if (c.parser.isSet(QStringLiteral("weekdays"))) {
        weekdays = CommuneSettings::parseWeekdays(c.parser.value(QStringLiteral("weekdays")));
        if (weekdays.isEmpty())
            return fail(
                c, Error::of(Cli::tr("--weekdays lists days from 1 (Monday) to 7 (Sunday): 1,2,4,5.")), 2);
    }
    SchoolCalendar calendar(*c.session);
    qint64 school = 0;
    if (c.parser.isSet(QStringLiteral("school"))) {
        const auto found = calendar.schoolIdByName(c.parser.value(QStringLiteral("school")));
        if (!found)
            return fail(c, found.error());
        school = found.value();
    }
    const auto days = calendar.days(from, to, school, weekdays);
    if (!days)
        return fail(c, days.error(), from.isValid() && to.isValid() ? 1 : 2);
    int service = 0;
    QMap<DayKind, int> off;
    for (const CalendarDay &day : days.value()) {
        if (day.isServiceDay()) {
            c.out << day.date.toString(Qt::ISODate) << '\n';
            ++service;
        } else {
            ++off[day.kind];
        }
    }
    c.err << Cli::tr("%n service day(s) from %1 to %2", nullptr, service)
                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
          << Cli::tr(
                 " — without service: %1 public holiday(s), %2 school holiday day(s), %3 closure day(s), %4 "
                 "day(s) off in the week, %5 outside the school year.")
                 .arg(off.value(DayKind::PublicHoliday))
                 .arg(off.value(DayKind::Holiday))
                 .arg(off.value(DayKind::Closure))
                 .arg(off.value(DayKind::WeekdayOff))
                 .arg(off.value(DayKind::OutsideSchoolYear))
          << '\n';
    return 0;
}

// Bytes to stdout as they are (a CSV's byte-order mark included), after what the stream holds.
void writeBytes(Context &c, const QByteArray &bytes)
{
    c.out.flush();
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        out.write(bytes);
}

// The activity named by --activity CODE; the message lists the codes when there is none.
// The child of the file named by --child (its first name, accents and case aside).
Result<qint64> childOption(Context &c, const FamilyFile &file)
{
    const QString given = c.parser.value(QStringLiteral("child")).trimmed();
    QList<qint64> found;
    for (const Child &child : file.children)
        if (foldText(child.firstName) == foldText(given))
            found += child.id;
    if (found.size() == 1)
        return found.first();
    return Error::of(found.isEmpty()
                         ? Cli::tr("No child of %1 is called \"%2\".").arg(file.household.name, given)
                         : Cli::tr("Several children of %1 are called \"%2\": do it in the window.")
                               .arg(file.household.name, given));
}

// The family file of --household and its child named by --child: (household, child).
Result<std::pair<qint64, qint64>> householdAndChild(Context &c)
{
    const auto household =
        c.session->family().householdIdByFileNumber(c.parser.value(QStringLiteral("household")));
    if (!household)
        return household.error();
    const auto file = c.session->family().load(household.value());
    if (!file)
        return file.error();
    const auto child = childOption(c, file.value());
    if (!child)
        return child.error();
    return std::pair{household.value(), child.value()};
}

// book --household FILE_NO [--child FIRST_NAME|--all-children] --activity CODE --from D --to D
//      [--weekdays 1,2,4,5] [--cancel]: one line per day booked or cancelled ("ISO date<TAB>first name<TAB>
// booked|cancelled") on stdout; the days of the range left alone, with why, and the wallet on stderr.
int book(Context &c)
{
    const auto usage = [&](const QString &what) { return fail(c, Error::of(what), 2); };
    if (!c.parser.isSet(QStringLiteral("household")) || !c.parser.isSet(QStringLiteral("activity")))
        return usage(
            Cli::tr("Give the family file and the activity: guichet-cli book --household SO1-42 "
                    "--child Léa --activity cantine --from 2026-09-01 --to 2026-09-30 --database DB"));
    const QDate from = QDate::fromString(c.parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(c.parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return usage(
            Cli::tr("Give the first and last days as YYYY-MM-DD: --from 2026-09-01 --to 2026-09-30."));
    BookingRequest request;
    request.from = from;
    request.to = to;
    request.cancel = c.parser.isSet(QStringLiteral("cancel"));
    request.overrideReason = c.parser.value(QStringLiteral("override")); // a régisseur's, as --user
    if (c.parser.isSet(QStringLiteral("weekdays"))) {
        request.weekdays = CommuneSettings::parseWeekdays(c.parser.value(QStringLiteral("weekdays")));
        if (request.weekdays.isEmpty())
            return usage(Cli::tr("--weekdays lists days from 1 (Monday) to 7 (Sunday): 1,2,4,5."));
    }

    const auto household =
        c.session->family().householdIdByFileNumber(c.parser.value(QStringLiteral("household")));
    if (!household)
        return fail(c, household.error());
    request.householdId = household.value();
    const auto file = c.session->family().load(request.householdId);
    if (!file)
        return fail(c, file.error());
    const QList<Child> &children = file.value().children;
    if (c.parser.isSet(QStringLiteral("all-children"))) {
        for (const Child &child : children)
            request.childIds += child.id;
    } else if (c.parser.isSet(QStringLiteral("child"))) {
        const auto child = childOption(c, file.value());
        if (!child)
            return fail(c, child.error());
        request.childIds += child.value();
    } else if (children.size() == 1) {
        request.childIds += children.first().id;
    } else {
        return usage(Cli::tr("%1 has %n children: give --child FIRST_NAME or --all-children.", nullptr,
                             int(children.size()))
                         .arg(file.value().household.name));
    }

    const auto activity = activityOption(c);
    if (!activity)
        return fail(c, activity.error(), 2);
    request.activityId = activity.value();

    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    const auto done = c.session->bookings().apply(request);
    if (!done)
        return fail(c, done.error());
    const BookingPlan &plan = done.value();
    const QString state = request.cancel ? QStringLiteral("cancelled") : QStringLiteral("booked");
    for (const BookingDay &day : plan.changes)
        c.out << day.day.toString(Qt::ISODate) << '\t' << day.childName << '\t' << state << '\n';
    for (const SkippedDay &skipped : plan.skipped)
        c.err << Cli::tr("left alone: %1 %2: %3")
                     .arg(skipped.day.day.toString(Qt::ISODate), skipped.day.childName, skipped.reason)
              << '\n';
    c.err << (request.cancel ? Cli::tr("%n day(s) cancelled", nullptr, int(plan.changes.size()))
                             : Cli::tr("%n day(s) booked", nullptr, int(plan.changes.size())))
          << Cli::tr(" (%1); tickets in the wallet: %2 before, %3 after.")
                 .arg(plan.activityName)
                 .arg(plan.balanceBefore)
                 .arg(plan.balanceAfter)
          << '\n';
    return 0;
}

// custody --household FILE_NO --child NAME [--alternate-from MONDAY | --from D --to D | --clear]: who has a
// child of two households when. --alternate-from: this household has the child the week of that Monday,
// the other one the week after, and so on; --from/--to: this household has the child on those dates (they
// win over the weeks); --clear: no schedule. Prints the schedule.
int custody(Context &c)
{
    if (!c.parser.isSet(QStringLiteral("household")) || !c.parser.isSet(QStringLiteral("child")))
        return fail(
            c,
            Error::of(Cli::tr("Give the family file and the child: guichet-cli custody --household SO1-42 "
                              "--child Léa --alternate-from 2026-08-31 --database DB")),
            2);
    const auto who = householdAndChild(c);
    if (!who)
        return fail(c, who.error());
    const auto [household, child] = who.value();
    CustodyService &custody = c.session->custody();
    const bool changes = c.parser.isSet(QStringLiteral("clear")) ||
                         c.parser.isSet(QStringLiteral("alternate-from")) ||
                         c.parser.isSet(QStringLiteral("from")) || c.parser.isSet(QStringLiteral("to"));
    if (changes)
        if (Status s = actAsRequired(c); !s)
            return fail(c, s.error());
    Status done;
    if (c.parser.isSet(QStringLiteral("clear"))) {
        done = custody.clear(child);
    } else if (c.parser.isSet(QStringLiteral("alternate-from"))) {
        done = custody.setAlternateWeeks(
            child, household,
            QDate::fromString(c.parser.value(QStringLiteral("alternate-from")), Qt::ISODate));
    } else if (c.parser.isSet(QStringLiteral("from")) || c.parser.isSet(QStringLiteral("to"))) {
        done = custody.addDates(child, household,
                                QDate::fromString(c.parser.value(QStringLiteral("from")), Qt::ISODate),
                                QDate::fromString(c.parser.value(QStringLiteral("to")), Qt::ISODate));
    }
    if (!done)
        return fail(c, done.error());
    const auto schedule = custody.schedule(child);
    if (!schedule)
        return fail(c, schedule.error());
    c.out << schedule.value().describe() << '\n';
    return 0;
}

// attendance --date D --school NAME --activity CODE [--csv]: the day's list of a school and activity, one
// child a line ("LAST First<TAB>class<TAB>status<TAB>what to know<TAB>trusted persons"), or the CSV.
int attendanceList(Context &c)
{
    const QDate day = QDate::fromString(c.parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!day.isValid() || !c.parser.isSet(QStringLiteral("school")) ||
        !c.parser.isSet(QStringLiteral("activity")))
        return fail(
            c,
            Error::of(Cli::tr("Give the day, the school and the activity: guichet-cli attendance --date "
                              "2026-09-03 --school \"École Jean-Macé\" --activity cantine --database DB")),
            2);
    const auto school = SchoolCalendar(*c.session).schoolIdByName(c.parser.value(QStringLiteral("school")));
    if (!school)
        return fail(c, school.error());
    const auto activity = activityOption(c);
    if (!activity)
        return fail(c, activity.error(), 2);
    const auto list = c.session->attendance().list(day, school.value(), activity.value());
    if (!list)
        return fail(c, list.error());
    if (c.parser.isSet(QStringLiteral("csv"))) {
        writeBytes(c, AttendanceService::listCsv(list.value()));
    } else {
        for (const AttendanceLine &line : list.value().lines)
            c.out << line.lastName.toUpper() << ' ' << line.firstName << '\t' << line.classLevel << '\t'
                  << bookingStatusLabel(line.status) << '\t'
                  << AttendanceService::marks(line).join(QStringLiteral(" · ")) << '\t'
                  << line.trustedPersons.join(QStringLiteral(", ")) << '\n';
    }
    c.err << Cli::tr("%1, %2, %3: %n child(ren) booked.", nullptr, int(list.value().lines.size()))
                 .arg(list.value().activityName, list.value().schoolName, frenchDate(day))
          << '\n';
    return 0;
}

// mark --date D --household FILE_NO --child FIRST_NAME --activity CODE --status present|absent|excused
//      [--reason TEXT]: the attendance of one child, as the staff's list says; a child present without a
// booking is booked as present, charged to the household that has the child that day, with the activity's
// surcharge (what the wallet cannot pay is owed). Prints "ISO date<TAB>first name<TAB>status".
int mark(Context &c)
{
    const QDate day = QDate::fromString(c.parser.value(QStringLiteral("date")), Qt::ISODate);
    const QString status = c.parser.value(QStringLiteral("status"));
    const QStringList statuses{QStringLiteral("present"), QStringLiteral("absent"),
                               QStringLiteral("excused")};
    if (!day.isValid() || !c.parser.isSet(QStringLiteral("household")) ||
        !c.parser.isSet(QStringLiteral("child")) || !c.parser.isSet(QStringLiteral("activity")) ||
        !statuses.contains(status))
        return fail(
            c,
            Error::of(Cli::tr("Give the day, the family file, the child, the activity and the attendance: "
                              "guichet-cli mark --date 2026-09-03 --household SO1-42 --child Léa --activity "
                              "cantine --status present|absent|excused [--reason TEXT] --database DB")),
            2);
    const auto who = householdAndChild(c);
    if (!who)
        return fail(c, who.error());
    const auto activity = activityOption(c);
    if (!activity)
        return fail(c, activity.error(), 2);
    const Attendance attendance = status == QLatin1String("present")  ? Attendance::Present
                                  : status == QLatin1String("absent") ? Attendance::Absent
                                                                      : Attendance::Excused;
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    const auto done =
        c.session->attendance().record(who.value().second, activity.value(), day, attendance,
                                       c.parser.value(QStringLiteral("reason")), who.value().first);
    if (!done)
        return fail(c, done.error());
    c.out << day.toString(Qt::ISODate) << '\t' << c.parser.value(QStringLiteral("child")).trimmed() << '\t'
          << status << '\n';
    if (done.value().first + done.value().second > 0)
        c.err << Cli::tr("Present without a booking: %1 ticket(s) taken from the wallet, %2 owed.")
                     .arg(done.value().first)
                     .arg(done.value().second)
              << '\n';
    return 0;
}

// user add --login L --name "N" --role agent|regisseur|admin --password-stdin [--user ADMIN]: a user, added
// by an administrator (the first one of an empty database by whoever runs it). On stdin: the administrator's
// password (with --user), then the new user's.
int userAdd(Context &c)
{
    if (!c.parser.isSet(QStringLiteral("login")) || !c.parser.isSet(QStringLiteral("name")) ||
        !c.parser.isSet(QStringLiteral("role")) || !c.parser.isSet(QStringLiteral("password-stdin")))
        return fail(c,
                    Error::of(Cli::tr(
                        "Give the login, the name, the role and the password on stdin: guichet-cli user "
                        "add --login m.dupont --name \"Marie Dupont\" --role agent --password-stdin "
                        "[--user ADMIN] --database DB")),
                    2);
    const auto role = roleFromCode(c.parser.value(QStringLiteral("role")));
    if (!role)
        return fail(c, role.error(), 2);
    if (Status s = actAs(c); !s)
        return fail(c, s.error());
    const auto added =
        c.session->users().add(c.parser.value(QStringLiteral("login")),
                               c.parser.value(QStringLiteral("name")), role.value(), readSecret());
    if (!added)
        return fail(c, added.error());
    c.out << Cli::tr("User %1 added (%2).")
                 .arg(c.parser.value(QStringLiteral("login")).trimmed().toLower(), roleLabel(role.value()))
          << '\n';
    return 0;
}

// user list: "login<TAB>name<TAB>role<TAB>active|disabled", a user a line.
int userList(Context &c)
{
    const auto users = c.session->users().list();
    if (!users)
        return fail(c, users.error());
    for (const User &u : users.value())
        c.out << u.login << '\t' << u.displayName << '\t' << roleCode(u.role) << '\t'
              << (u.active ? QStringLiteral("active") : QStringLiteral("disabled")) << '\n';
    return 0;
}

// user disable --login L --user ADMIN: the account can no longer log in (it stays in the history).
int userDisable(Context &c)
{
    if (!c.parser.isSet(QStringLiteral("login")))
        return fail(c,
                    Error::of(Cli::tr(
                        "Give the login to disable: guichet-cli user disable --login m.dupont --user ADMIN "
                        "--database DB (the administrator's password on stdin)")),
                    2);
    if (Status s = actAs(c); !s)
        return fail(c, s.error());
    if (Status s = c.session->users().disable(c.parser.value(QStringLiteral("login"))); !s)
        return fail(c, s.error());
    c.out << Cli::tr("User %1 disabled.").arg(c.parser.value(QStringLiteral("login")).trimmed()) << '\n';
    return 0;
}

// user password --user L [--login OTHER]: L's password, then the new one, on stdin. Without --login (or with
// L's own), L changes their password; an administrator gives --login to reset another user's.
int userPassword(Context &c)
{
    if (!c.parser.isSet(QStringLiteral("user")))
        return fail(
            c,
            Error::of(Cli::tr("Give who you are: guichet-cli user password --user LOGIN [--login OTHER] "
                              "--database DB (your password, then the new one, on stdin)")),
            2);
    const QString current = readSecret();
    const auto user = c.session->users().authenticate(c.parser.value(QStringLiteral("user")), current);
    if (!user)
        return fail(c, user.error());
    c.session->setUser(user.value());
    const QString newPassword = readSecret();
    const QString login = c.parser.value(QStringLiteral("login")).trimmed().toLower();
    const bool own = login.isEmpty() || login == user.value().login;
    if (Status s = own ? c.session->users().changeOwnPassword(current, newPassword)
                       : c.session->users().resetPassword(login, newPassword);
        !s)
        return fail(c, s.error());
    c.out << Cli::tr("The password of %1 is changed.").arg(own ? user.value().login : login) << '\n';
    return 0;
}

// kitchen --date D [--to D] [--csv]: meals per day and school, with the diets and the children to watch
// ("YYYY-MM-DD<TAB>school<TAB>meals<TAB>diets", then a line per child to watch, starting with a tab).
int kitchen(Context &c)
{
    const QDate from = QDate::fromString(c.parser.value(QStringLiteral("date")), Qt::ISODate);
    const QDate to = c.parser.isSet(QStringLiteral("to"))
                         ? QDate::fromString(c.parser.value(QStringLiteral("to")), Qt::ISODate)
                         : from;
    if (!from.isValid() || !to.isValid())
        return fail(c, Error::of(Cli::tr("Give the day as YYYY-MM-DD: --date 2026-09-03 [--to 2026-09-07].")),
                    2);
    const auto counts = c.session->attendance().kitchen(from, to);
    if (!counts)
        return fail(c, counts.error());
    int total = 0;
    if (c.parser.isSet(QStringLiteral("csv")))
        writeBytes(c, c.session->attendance().kitchenCsv(counts.value()));
    for (const KitchenCount &count : counts.value()) {
        total += count.meals;
        if (c.parser.isSet(QStringLiteral("csv")))
            continue;
        QStringList diets;
        for (const auto &d : count.diets)
            diets += QStringLiteral("%1 %2").arg(d.first).arg(d.second);
        c.out << count.day.toString(Qt::ISODate) << '\t' << count.schoolName << '\t' << count.meals << '\t'
              << diets.join(QStringLiteral(", ")) << '\n';
        for (const QString &child : count.watch)
            c.out << '\t' << child << '\n';
    }
    c.err << Cli::tr("%n meal(s) from %1 to %2.", nullptr, total).arg(frenchDate(from), frenchDate(to))
          << '\n';
    return 0;
}

using Db = Command::Database;
const Command Commands[] = {
    {"calendar import",
     QT_TRANSLATE_NOOP(
         "Cli", "import the official school holidays (.ics or .csv; --zone, the commune's by default)"),
     Db::Write, false, calendarImport},
    {"calendar closure",
     QT_TRANSLATE_NOOP("Cli", "close a school, or every school, some days: their bookings are cancelled and "
                              "the tickets given back (--label, --from; --to, --school)"),
     Db::Write, false, calendarClosure},
    {"book",
     QT_TRANSLATE_NOOP("Cli",
                       "book days, or cancel them (--household, --child or --all-children, --activity, "
                       "--from, --to; --weekdays, --cancel)"),
     Db::Write, false, book},
    {"custody",
     QT_TRANSLATE_NOOP(
         "Cli", "who has a child of two households when (--household, --child; --alternate-from MONDAY, "
                "or --from and --to, or --clear)"),
     Db::Write, false, custody},
    {"mark",
     QT_TRANSLATE_NOOP(
         "Cli", "record a child's attendance; present without a booking books and charges the day (--date, "
                "--household, --child, --activity, --status; --reason)"),
     Db::Write, false, mark},
    {"user add",
     QT_TRANSLATE_NOOP("Cli",
                       "add a user (--login, --name, --role agent|regisseur|admin, --password-stdin; --user "
                       "ADMIN)"),
     Db::Write, false, userAdd},
    {"user list", QT_TRANSLATE_NOOP("Cli", "list the users"), Db::Read, false, userList},
    {"user disable", QT_TRANSLATE_NOOP("Cli", "disable a user (--login, --user ADMIN)"), Db::Write, false,
     userDisable},
    {"user password",
     QT_TRANSLATE_NOOP("Cli",
                       "change one's password, or an administrator resets another's (--user, [--login])"),
     Db::Write, false, userPassword},
    {"attendance",
     QT_TRANSLATE_NOOP("Cli",
                       "the day's list of a school and activity (--date, --school, --activity; --csv)"),
     Db::Read, false, attendanceList},
    {"kitchen",
     QT_TRANSLATE_NOOP("Cli", "meals per school and day, with diets and allergies (--date; --to, --csv)"),
     Db::Read, false, kitchen},
    {"till open", QT_TRANSLATE_NOOP("Cli", "open the till with its float (--float 150,00, --user)"),
     Db::Write, false, tillOpen},
    {"till close",
     QT_TRANSLATE_NOOP("Cli", "count and close the till (--count \"50:2,20:5,0.5:6\", [--comment], --user)"),
     Db::Write, false, tillClose},
    {"till status", QT_TRANSLATE_NOOP("Cli", "the open till: float, cash taken, expected cash"), Db::Read,
     false, tillStatus},
    {"closure",
     QT_TRANSLATE_NOOP(
         "Cli", "close a day, a month or a year: Z report (--date | --month | --year, [--pdf], --user)"),
     Db::Write, true, closure},
    {"sell", QT_TRANSLATE_NOOP("Cli", "sell tickets (--household, --items cantine:10, [--pay ...], --user)"),
     Db::Write, false, sell},
    {"pay",
     QT_TRANSLATE_NOOP("Cli", "pay an invoice (--invoice, --pay cash[:AMOUNT[:TENDERED]] ..., --user)"),
     Db::Write, false, pay},
    {"credit-note",
     QT_TRANSLATE_NOOP("Cli", "issue a credit note (--invoice, --lines cantine:5, --reason, --user)"),
     Db::Write, false, creditNote},
    {"deposit-slip",
     QT_TRANSLATE_NOOP("Cli", "put the cheques not deposited on a numbered slip ([--pdf], --user)"),
     Db::Write, true, depositSlip},
    {"statement",
     QT_TRANSLATE_NOOP("Cli", "the public accountant's statement (--from, --to, [--pdf], [--csv-file])"),
     Db::Read, true, statement},
    {"archive",
     QT_TRANSLATE_NOOP(
         "Cli", "write a year's journal and closures, checkable without this program (--year, --output "
                "FOLDER, --user)"),
     Db::Write, false, archive},
    {"year rollover",
     QT_TRANSLATE_NOOP("Cli",
                       "roll over to the next school year, tickets carried over ([--percent 2.5], "
                       "[--start, --end, --opens], [--calendar FILE], [--csv-file]; without --yes: the "
                       "summary only; --user ADMIN)"),
     Db::Write, false, yearRollover},
    {"year carry-over",
     QT_TRANSLATE_NOOP("Cli", "what the last roll-over carried over, lot by lot ([--csv-file])"), Db::Read,
     false, yearCarryOver},
    {"refund",
     QT_TRANSLATE_NOOP("Cli",
                       "refund surplus tickets (--household, --activity, [--tickets N], --iban [--bic] | "
                       "--cash, [--reason], [--quote]; --user)"),
     Db::Write, false, refund},
    {"refund-report",
     QT_TRANSLATE_NOOP("Cli", "the refunds of a period (--from, --to, [--pdf], [--csv], [--xlsx], [--issue], "
                              "[--accountant]; --user)"),
     Db::Write, true, refundReport},
    {"mail send",
     QT_TRANSLATE_NOOP(
         "Cli", "deliver the emails waiting in the outbox ([--smtp smtp://HOST:PORT], "
                "[--smtp-security], [--smtp-user, --smtp-password-stdin], [--smtp-ca]; the password is "
                "the keyring's unless given)"),
     Db::Write, true, mailSend},
    {"mail list", QT_TRANSLATE_NOOP("Cli", "the outbox, newest first ([--household])"), Db::Read, false,
     mailList},
    {"mail plannings-open",
     QT_TRANSLATE_NOOP("Cli", "tell every validated family that the plannings are open, once a year ([--year "
                              "2027-2028]; --user)"),
     Db::Write, false, mailPlanningsOpen},
    {"mail setup",
     QT_TRANSLATE_NOOP("Cli", "the commune's mail server (--smtp, [--smtp-security], [--smtp-user], "
                              "[--smtp-password-stdin: to the keyring], --from, [--from-name], [--reply-to]; "
                              "--user ADMIN)"),
     Db::Write, false, mailSetup},
    {"mail templates", QT_TRANSLATE_NOOP("Cli", "each message's kind, whose text it is, and its subject"),
     Db::Read, false, mailTemplates},
    {"mail template",
     QT_TRANSLATE_NOOP("Cli", "print a message's text (--kind, [--preview FILE_NO]); change it ([--subject], "
                              "[--body-file], or --reset; --user ADMIN)"),
     Db::Write, false, mailTemplate},
    {"central init",
     QT_TRANSLATE_NOOP("Cli", "create or migrate the central PostgreSQL database and register this counter "
                              "(--url postgresql://USER@HOST/DB or service=NAME; --user ADMIN)"),
     Db::Write, false, centralInit},
    {"sync",
     QT_TRANSLATE_NOOP("Cli",
                       "send this counter's changes to the central database and take the other "
                       "counters' (--url; exit 3: conflicts wait for a clerk; 1: it cannot, the counter "
                       "goes on offline)"),
     Db::Write, false, sync},
    {"calendar days", QT_TRANSLATE_NOOP("Cli", "print the service days (--from, --to; --weekdays, --school)"),
     Db::Read, false, calendarDays},
    {"setup", QT_TRANSLATE_NOOP("Cli", "set this counter's code and name (--counter-code, --counter-name)"),
     Db::Create, false, setup},
    {"demo",
     QT_TRANSLATE_NOOP("Cli", "create a demonstration database (--households, --seed, --counter-code)"),
     Db::Create, false, demo},
    {"search", QT_TRANSLATE_NOOP("Cli", "find households (the text to search follows)"), Db::Read, false,
     search},
    {"check", QT_TRANSLATE_NOOP("Cli", "read the whole database file and report damage"), Db::Read, false,
     check},
    {"verify",
     QT_TRANSLATE_NOOP("Cli",
                       "run every money and ticket check; exit 1 naming what fails ([--central URL]: the "
                       "central database's, across counters)"),
     Db::Read, false, verify},
    {"stress", QT_TRANSLATE_NOOP("Cli", "sell and pay in a loop (crash tests: kill it, then verify)"),
     Db::Write, false, stress},
    {"pdf",
     QT_TRANSLATE_NOOP("Cli", "write an invoice, receipt or credit note as PDF (--invoice, --receipt or "
                              "--credit-note with its number, --output with the file)"),
     Db::Write, true, pdf},
    {"version", QT_TRANSLATE_NOOP("Cli", "print the program and schema versions"), Db::None, false, version},
};

const Command *findCommand(const QString &name)
{
    const auto it = std::find_if(std::begin(Commands), std::end(Commands),
                                 [&](const Command &c) { return name == QLatin1String(c.name); });
    return it == std::end(Commands) ? nullptr : &*it;
}

// A command is one word ("verify") or two ("calendar days"): the words it takes from the arguments.
const Command *findCommand(const QStringList &words, int *taken)
{
    if (const Command *two = findCommand(words.mid(0, 2).join(QLatin1Char(' '))); two && words.size() >= 2) {
        *taken = 2;
        return two;
    }
    *taken = 1;
    return findCommand(words.value(0));
}

} // namespace

int main(int argc, char *argv[])
{
    restartWithHugePages(argv); // first: it may start this program again (common/HugePages.h)
    // The command is the first argument that is not an option (options take their value after '=' or as
    // the next argument, which is never a command name).
    const Command *command = nullptr;
    for (int i = 1; i < argc && !command; ++i) {
        int taken = 0;
        command = findCommand(QStringList{QString::fromLocal8Bit(argv[i]),
                                          i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString()},
                              &taken);
    }
    const bool needsFonts = command && command->needsFonts;
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    preferFrenchSystemLocale(); // before the application reads the locale
    const std::unique_ptr<QCoreApplication> application =
        needsFonts ? std::make_unique<QGuiApplication>(argc, argv)
                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    setApplicationIdentity();
    installFrenchTranslation(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString help =
        Cli::tr("Guichet Périscolaire, command line.") + QStringLiteral("\n\n") + Cli::tr("Commands:");
    for (const Command &c : Commands)
        help += QStringLiteral("\n  %1 %2")
                    .arg(QString::fromLatin1(c.name), -15)
                    .arg(QCoreApplication::translate("Cli", c.summary));
    QCommandLineParser parser;
    parser.setApplicationDescription(help);
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("database"), Cli::tr("Database file to use."), Cli::tr("path")},
        {QStringLiteral("households"), Cli::tr("Number of households to create (demo)."), Cli::tr("count"),
         QStringLiteral("300")},
        {QStringLiteral("seed"), Cli::tr("Random seed of the demo data."), Cli::tr("number"),
         QStringLiteral("62500")},
        {QStringLiteral("counter-code"), Cli::tr("This counter's code (setup; demo, SO1 by default)."),
         Cli::tr("code"), QStringLiteral("SO1")},
        {QStringLiteral("counter-name"), Cli::tr("This counter's name (setup)."), Cli::tr("name")},
        {QStringLiteral("limit"), Cli::tr("Maximum number of results (search)."), Cli::tr("count"),
         QStringLiteral("20")},
        {QStringLiteral("invoice"), Cli::tr("Invoice number (pdf, pay, credit-note)."), Cli::tr("number")},
        {QStringLiteral("receipt"), Cli::tr("Receipt number (pdf)."), Cli::tr("number")},
        {QStringLiteral("credit-note"), Cli::tr("Credit note number (pdf)."), Cli::tr("number")},
        {QStringLiteral("output"), Cli::tr("PDF file to write (pdf); folder of the archive (archive)."),
         Cli::tr("path")},
        {QStringLiteral("zone"), Cli::tr("Zone of school holidays, A, B or C (calendar import)."),
         Cli::tr("zone")},
        {QStringLiteral("from"),
         Cli::tr("First day, YYYY-MM-DD (calendar days, book, custody); the sender's address (mail setup)."),
         Cli::tr("date")},
        {QStringLiteral("to"), Cli::tr("Last day, YYYY-MM-DD (calendar days, book, custody, kitchen)."),
         Cli::tr("date")},
        {QStringLiteral("weekdays"), Cli::tr("Days of the week, 1 = Monday (calendar days, book)."),
         Cli::tr("days")},
        {QStringLiteral("school"), Cli::tr("A school's name (calendar days, attendance)."), Cli::tr("name")},
        {QStringLiteral("household"), Cli::tr("A family file number, SO1-42 (book, custody)."),
         Cli::tr("number")},
        {QStringLiteral("child"), Cli::tr("A child's first name (book, custody)."), Cli::tr("name")},
        {QStringLiteral("alternate-from"),
         Cli::tr("The Monday of the household's first week of alternate weeks (custody)."), Cli::tr("date")},
        {QStringLiteral("clear"), Cli::tr("Remove the child's custody schedule (custody).")},
        {QStringLiteral("all-children"), Cli::tr("Every child of the family file (book).")},
        {QStringLiteral("activity"),
         Cli::tr("An activity's code: cantine, garderie_matin… (book, attendance)."), Cli::tr("code")},
        {QStringLiteral("cancel"), Cli::tr("Cancel the days instead of booking them (book).")},
        {QStringLiteral("override"),
         Cli::tr("Book beyond the wallet, the days not covered owed: a régisseur's decision, with its reason "
                 "(book, "
                 "with --user)."),
         Cli::tr("reason")},
        {QStringLiteral("date"), Cli::tr("The day, YYYY-MM-DD (attendance, kitchen)."), Cli::tr("date")},
        {QStringLiteral("status"), Cli::tr("present, absent or excused (mark)."), Cli::tr("status")},
        {QStringLiteral("login"), Cli::tr("A user's login (user add, user disable)."), Cli::tr("login")},
        {QStringLiteral("name"), Cli::tr("A user's name, as documents show it (user add)."), Cli::tr("name")},
        {QStringLiteral("role"), Cli::tr("agent, regisseur or admin (user add)."), Cli::tr("role")},
        {QStringLiteral("password-stdin"), Cli::tr("Read the new password on stdin (user add).")},
        {QStringLiteral("user"),
         Cli::tr("Act as this user (user, calendar import, calendar closure, book); the password is the "
                 "first line on "
                 "stdin."),
         Cli::tr("login")},
        {QStringLiteral("label"), Cli::tr("Why there is no service, shown to all (calendar closure)."),
         Cli::tr("text")},
        {QStringLiteral("reason"),
         Cli::tr("Why an absence is excused (mark), why a credit note (credit-note)."), Cli::tr("text")},
        {QStringLiteral("csv"), Cli::tr("Print CSV for a spreadsheet: UTF-8, ';' (attendance, kitchen).")},
        {QStringLiteral("float"), Cli::tr("The cash put in the till at opening, 150,00 (till open)."),
         Cli::tr("amount")},
        {QStringLiteral("count"),
         Cli::tr("The cash counted, euros:pieces, e.g. \"50:2,20:5,0.5:6\" (till close; stress: number of "
                 "sales)."),
         Cli::tr("count")},
        {QStringLiteral("comment"), Cli::tr("Why the count differs from the expected cash (till close)."),
         Cli::tr("text")},
        {QStringLiteral("month"), Cli::tr("A month, YYYY-MM (closure)."), Cli::tr("month")},
        {QStringLiteral("year"),
         Cli::tr("A year, YYYY (closure, archive); a school year, 2027-2028 (mail plannings-open)."),
         Cli::tr("year")},
        {QStringLiteral("pdf"), Cli::tr("PDF file to write (closure, deposit-slip, statement)."),
         Cli::tr("path")},
        {QStringLiteral("csv-file"),
         Cli::tr("CSV file to write (statement, year rollover, year carry-over; refund-report takes --csv "
                 "FILE)."),
         Cli::tr("path")},
        {QStringLiteral("items"), Cli::tr("Tickets to sell, ACTIVITY:NUMBER,... (sell)."), Cli::tr("items")},
        {QStringLiteral("pay"),
         Cli::tr(
             "A means of payment, as often as needed: cash[:AMOUNT[:TENDERED]], cheque:AMOUNT:NUMBER:BANK, "
             "card:AMOUNT:REFERENCE (sell, pay)."),
         Cli::tr("payment")},
        {QStringLiteral("lines"), Cli::tr("Tickets to credit, ACTIVITY:NUMBER,... (credit-note)."),
         Cli::tr("lines")},
        {QStringLiteral("percent"),
         Cli::tr("Change of prices for the new school year, 2.5 or -1 (year rollover)."), Cli::tr("percent")},
        {QStringLiteral("start"), Cli::tr("First day of the new school year, YYYY-MM-DD (year rollover)."),
         Cli::tr("date")},
        {QStringLiteral("end"), Cli::tr("Last day of the new school year, YYYY-MM-DD (year rollover)."),
         Cli::tr("date")},
        {QStringLiteral("opens"), Cli::tr("The day bookings open, YYYY-MM-DD (year rollover)."),
         Cli::tr("date")},
        {QStringLiteral("calendar"),
         Cli::tr("The new year's official calendar, .ics or .csv, imported (year rollover)."),
         Cli::tr("file")},
        {QStringLiteral("yes"), Cli::tr("Do it, after reading the summary (year rollover).")},
        {QStringLiteral("tickets"), Cli::tr("How many tickets to refund; all of them without it (refund)."),
         Cli::tr("count")},
        {QStringLiteral("iban"), Cli::tr("The payer's IBAN, the refund is paid to (refund)."),
         Cli::tr("IBAN")},
        {QStringLiteral("bic"), Cli::tr("The bank's BIC, needed outside the EEA (refund)."), Cli::tr("BIC")},
        {QStringLiteral("cash"),
         Cli::tr("Refund in cash from the open till, where the régie allows it (refund).")},
        {QStringLiteral("quote"), Cli::tr("Show what the refund would pay, and write nothing (refund).")},
        {QStringLiteral("issue"),
         Cli::tr("Issue the report as a refund order: its transfers go to the accountant (refund-report).")},
        {QStringLiteral("accountant"),
         Cli::tr("The accountant's copy, with the IBANs in full (refund-report).")},
        {QStringLiteral("xlsx"), Cli::tr("Spreadsheet file to write (refund-report)."), Cli::tr("path")},
        {QStringLiteral("smtp"),
         Cli::tr("The mail server, smtp://HOST:PORT or smtps://HOST:PORT (mail send)."), Cli::tr("url")},
        {QStringLiteral("smtp-security"), Cli::tr("starttls, tls or none (mail send)."), Cli::tr("security")},
        {QStringLiteral("smtp-user"), Cli::tr("The mail server's user name (mail send)."), Cli::tr("name")},
        {QStringLiteral("smtp-password-stdin"),
         Cli::tr(
             "Read the mail server's password on stdin (mail send; mail setup keeps it in the keyring).")},
        {QStringLiteral("from-name"), Cli::tr("The sender's name the families see (mail setup)."),
         Cli::tr("name")},
        {QStringLiteral("reply-to"), Cli::tr("Where the families' answers go (mail setup)."),
         Cli::tr("address")},
        {QStringLiteral("smtp-ca"),
         Cli::tr("A certificate authority to trust for the mail server, PEM (mail send)."), Cli::tr("file")},
        {QStringLiteral("kind"), Cli::tr("A message's kind: invoice, reminder… (mail template)."),
         Cli::tr("kind")},
        {QStringLiteral("subject"), Cli::tr("The message's new subject (mail template)."), Cli::tr("text")},
        {QStringLiteral("body-file"), Cli::tr("A UTF-8 file holding the message's new text (mail template)."),
         Cli::tr("file")},
        {QStringLiteral("reset"), Cli::tr("Go back to the program's own text (mail template).")},
        {QStringLiteral("preview"), Cli::tr("Show the text filled for this family file (mail template)."),
         Cli::tr("file number")},
        {QStringLiteral("central"),
         Cli::tr("Run the central database's checks instead, across counters (verify)."), Cli::tr("url")},
        {QStringLiteral("url"),
         Cli::tr("The central database: postgresql://USER@HOST:5432/DATABASE[?sslmode=…] or service=NAME "
                 "(central init)."),
         Cli::tr("url")},
        {QStringLiteral("anchor"),
         Cli::tr("A chain head printed on a Z report: verify checks the journal still holds it (verify)."),
         Cli::tr("hash")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("One of the commands above."));
    // refund-report writes its CSV with "--csv FILE" (its issue's exact words), where --csv alone is a flag
    // elsewhere (attendance, kitchen): for that command, --csv is --csv-file.
    QStringList arguments = app.arguments();
    if (command && command->run == refundReport)
        for (QString &a : arguments) {
            if (a == QLatin1String("--csv"))
                a = QStringLiteral("--csv-file");
            else if (a.startsWith(QLatin1String("--csv=")))
                a.replace(0, 5, QStringLiteral("--csv-file"));
        }
    parser.process(arguments);

    const QStringList args = parser.positionalArguments();
    int taken = 1;
    command = findCommand(args, &taken);
    if (!command) {
        QStringList names;
        for (const Command &c : Commands)
            names += QString::fromLatin1(c.name);
        err << Cli::tr("Unknown command \"%1\". Use one of: %2 (see --help).")
                   .arg(args.value(0), names.join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }

    Settings settings;
    StoryClock clock;
    Context context{parser, out, err, nullptr, args.mid(taken), &clock};
    Database database(clock);
    std::unique_ptr<Session> session;
    const bool databaseGiven = parser.isSet(QStringLiteral("database"));
    // verify --central reads the central database only.
    const bool centralOnly = command->run == verify && parser.isSet(QStringLiteral("central"));
    if (!centralOnly && (command->database != Db::None || (command->run == version && databaseGiven))) {
        const QString path =
            databaseGiven ? parser.value(QStringLiteral("database")) : settings.databasePath();
        OpenOptions options;
        options.createIfMissing = command->database == Db::Create;
        options.exclusive = command->database == Db::Write || command->database == Db::Create;
        options.readOnly = command->database == Db::Read || command->database == Db::None;
        if (Status s = database.open(path, options); !s)
            return fail(context, s.error());
        session = std::make_unique<Session>(database, settings, settings.clerkName());
        context.session = session.get();
        if (Status s = session->family().search().rebuildIfStale(); !s) // after an upgrade; not when reading
            return fail(context, s.error());
    }
    return command->run(context);
}
