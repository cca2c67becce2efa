// guichet-cli: the counter's services without a window (demo data, search, scripting).
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/Localization.h"
#include "common/Settings.h"
#include "demo/DemoGenerator.h"
#include "documents/DocumentService.h"
#include "family/FamilySearch.h"
#include "sales/InvariantChecker.h"
#include "sales/SalesService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <memory>

using namespace guichet;

namespace {
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int main(int argc, char *argv[])
{
    // 'pdf' lays out text, which needs fonts: a QGuiApplication, headless on the offscreen platform.
    const bool needsFonts =
        std::any_of(argv + 1, argv + argc, [](const char *arg) { return qstrcmp(arg, "pdf") == 0; });
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        needsFonts ? std::make_unique<QGuiApplication>(argc, argv)
                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    setApplicationIdentity();
    installFrenchTranslation(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Guichet Périscolaire, command line.\n\nCommands:\n"
                "  demo      create a demonstration database\n"
                "  search    find households (text to search follows)\n"
                "  check     read the whole database file and report damage\n"
                "  verify    check every money and ticket invariant\n"
                "  stress    sell and pay in a loop (crash tests: kill it, then verify)\n"
                "  pdf       write an invoice, receipt or credit note as PDF (--invoice, --receipt or\n"
                "            --credit-note with its number, --output with the file)\n"
                "  version   print the program and schema versions"));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), Cli::tr("Database file to use."),
                                            Cli::tr("path"));
    const QCommandLineOption householdsOption(QStringLiteral("households"),
                                              Cli::tr("Number of households to create (demo)."),
                                              Cli::tr("count"), QStringLiteral("300"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), Cli::tr("Random seed of the demo data."),
                                        Cli::tr("number"), QStringLiteral("62500"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         Cli::tr("Maximum number of results (search)."), Cli::tr("count"),
                                         QStringLiteral("20"));
    const QCommandLineOption countOption(QStringLiteral("count"), Cli::tr("Number of sales (stress)."),
                                         Cli::tr("count"), QStringLiteral("100"));
    parser.addOptions({databaseOption, householdsOption, seedOption, limitOption, countOption});
    const QCommandLineOption invoiceOption(QStringLiteral("invoice"), Cli::tr("Invoice number (pdf)."),
                                           Cli::tr("number"));
    const QCommandLineOption receiptOption(QStringLiteral("receipt"), Cli::tr("Receipt number (pdf)."),
                                           Cli::tr("number"));
    const QCommandLineOption creditNoteOption(QStringLiteral("credit-note"),
                                              Cli::tr("Credit note number (pdf)."), Cli::tr("number"));
    const QCommandLineOption outputOption(QStringLiteral("output"), Cli::tr("PDF file to write (pdf)."),
                                          Cli::tr("path"));
    parser.addOptions({invoiceOption, receiptOption, creditNoteOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Cli::tr("demo, search, check, verify, stress, pdf or version"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (command == QLatin1String("version") && !parser.isSet(databaseOption)) {
        out << Cli::tr("Guichet Périscolaire %1, database schema %2")
                   .arg(QCoreApplication::applicationVersion())
                   .arg(Database::supportedSchemaVersion())
            << '\n';
        return 0;
    }
    const QStringList commands{QStringLiteral("demo"),   QStringLiteral("search"), QStringLiteral("check"),
                               QStringLiteral("verify"), QStringLiteral("stress"), QStringLiteral("version"),
                               QStringLiteral("pdf")};
    if (!commands.contains(command)) {
        err << Cli::tr("Unknown command \"%1\". Use demo, search, check, verify, stress, pdf or version (see "
                       "--help).")
                   .arg(command)
            << '\n';
        return 2;
    }

    Settings settings;
    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : settings.databasePath();
    SystemClock clock;
    Database database(clock);
    database.setActor(settings.clerkName());
    const bool writes = command == QLatin1String("demo") || command == QLatin1String("stress") ||
                        command == QLatin1String("pdf"); // pdf records the print (original, then duplicate)
    if (Status s = database.open(path, {command == QLatin1String("demo"), writes}); !s) {
        err << s.error().message << '\n';
        return 1;
    }

    if (command == QLatin1String("version")) {
        out << Cli::tr("Guichet Périscolaire %1, database schema %2 (%3)")
                   .arg(QCoreApplication::applicationVersion())
                   .arg(database.schemaVersion())
                   .arg(database.path())
            << '\n';
        return 0;
    }
    if (command == QLatin1String("pdf")) {
        const int chosen = int(parser.isSet(invoiceOption)) + int(parser.isSet(receiptOption)) +
                           int(parser.isSet(creditNoteOption));
        if (chosen != 1 || parser.value(outputOption).isEmpty()) {
            err << Cli::tr(
                       "pdf takes one of --invoice, --receipt or --credit-note with the document's number, "
                       "and --output with the PDF file to write.")
                << '\n';
            return 2;
        }
        DocumentService documents(database);
        const auto document = [&]() -> Result<PrintableDocument> {
            if (parser.isSet(receiptOption))
                return documents.receiptDocument(parser.value(receiptOption));
            if (parser.isSet(invoiceOption)) {
                const auto id = documents.invoiceIdByNumber(parser.value(invoiceOption));
                return id ? documents.invoiceDocument(id.value()) : Result<PrintableDocument>(id.error());
            }
            const auto id = documents.creditNoteIdByNumber(parser.value(creditNoteOption));
            return id ? documents.creditNoteDocument(id.value()) : Result<PrintableDocument>(id.error());
        }();
        const auto pdf = document ? document.value().toPdf() : Result<QByteArray>(document.error());
        if (!pdf) {
            err << pdf.error().message << '\n';
            return 1;
        }
        QSaveFile file(parser.value(outputOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf.value().size() ||
            !file.commit()) {
            err << Cli::tr("The file %1 could not be written: %2. Choose another folder.")
                       .arg(file.fileName(), file.errorString())
                << '\n';
            return 1;
        }
        // Recorded once the file exists: a failed attempt never turns the next print into a duplicate.
        if (Status s = documents.recordPrint(document.value()); !s) {
            err << s.error().message << '\n';
            return 1;
        }
        out << (document.value().duplicate ? Cli::tr("%1 written (DUPLICATE).") : Cli::tr("%1 written."))
                   .arg(QDir::toNativeSeparators(file.fileName()))
            << '\n';
        return 0;
    }
    if (command == QLatin1String("verify")) {
        const QStringList problems = InvariantChecker(database).violations();
        for (const QString &problem : problems)
            err << problem << '\n';
        if (!problems.isEmpty())
            return 1;
        out << Cli::tr("All invariants hold: wallets, invoices, payments, credit notes and numbering.")
            << '\n';
        return 0;
    }
    if (command == QLatin1String("stress")) {
        // Sells 10 meals and pays them in cash, again and again, each sale two transactions, so that a test
        // can kill the process at any instant and then check with 'verify' that nothing is half-written.
        const int count = parser.value(countOption).toInt();
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral("SELECT id FROM household WHERE status = 'validated' ORDER BY id LIMIT 50"));
        QList<qint64> households;
        while (q.next())
            households += q.value(0).toLongLong();
        const auto activities = CatalogService(database).activities();
        if (households.isEmpty() || activities.isEmpty()) {
            err << Cli::tr("No validated household to sell to: create a demo database first.") << '\n';
            return 1;
        }
        SalesService sales(database);
        for (int i = 0; i < count; ++i) {
            const auto invoice = sales.confirmOrder(households.at(i % households.size()),
                                                    {OrderLine{activities.first().id, 10}});
            if (!invoice) {
                err << invoice.error().message << '\n';
                return 1;
            }
            const auto view = sales.invoice(invoice.value());
            PaymentPart cash;
            cash.amount = view.value().due;
            cash.tendered = view.value().due;
            if (const auto paid = sales.pay(invoice.value(), {cash}); !paid) {
                err << paid.error().message << '\n';
                return 1;
            }
            out << i + 1 << '\n' << Qt::flush;
        }
        return 0;
    }
    if (command == QLatin1String("check")) {
        if (Status s = database.checkIntegrity(); !s) {
            err << s.error().message << '\n';
            return 1;
        }
        out << Cli::tr("The database %1 is intact.").arg(database.path()) << '\n';
        return 0;
    }
    if (command == QLatin1String("demo")) {
        bool ok = false;
        const int households = parser.value(householdsOption).toInt(&ok);
        if (!ok || households < 1 || households > 200000) {
            err << Cli::tr("--households takes a number between 1 and 200000.") << '\n';
            return 2;
        }
        database.setActor(QStringLiteral("demo"));
        const auto result = DemoGenerator(database).generate(
            {households, parser.value(seedOption).toUInt()}, [&](int done, int total) {
                if (done % 1000 == 0 || done == total)
                    err << Cli::tr("%1 / %2 households").arg(done).arg(total) << '\n' << Qt::flush;
            });
        if (!result) {
            err << result.error().message << '\n';
            return 1;
        }
        out << Cli::tr("Demo database %1: %2 households, %3 children, %4 in shared custody.")
                   .arg(database.path())
                   .arg(result.value().households)
                   .arg(result.value().children)
                   .arg(result.value().sharedChildren)
            << '\n';
        return 0;
    }
    // search
    const QString text = args.mid(1).join(QLatin1Char(' '));
    FamilySearch search(database);
    const auto hits = search.search(text, parser.value(limitOption).toInt());
    for (const SearchHit &hit : hits)
        out << hit.fileNumber << '\t' << hit.title << '\t' << fileStatusLabel(hit.status) << '\t'
            << hit.guardians << '\t' << hit.children << '\n';
    err << Cli::tr("%n household(s) found.", nullptr, int(hits.size())) << '\n';
    return 0;
}
