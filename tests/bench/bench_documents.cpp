// Benchmark, run by hand (not registered with ctest):
//
//   bench_documents [--iterations N]
//
// Making the counter's documents on a fresh database (one validated household, an invoice of 17 meals
// and 4 study sessions paid in cash): the invoice as A4 PDF, split into its steps (reading the invoice,
// HTML layout, painting the PDF), the same with the print recorded (one more transaction), the 80 mm
// receipt and the credit note. Target: invoice PDF p95 <= 100 ms. There is no bare-SQLite counterpart
// to compare with: the reading step is the database part, and is shown on its own.

#include "Fixtures.h"

#include "TestDatabase.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "documents/DocumentService.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace guichet;

namespace {

struct Stats
{
    double median = 0, p95 = 0, max = 0; // milliseconds
};

// Nearest-rank percentiles over nanosecond samples.
Stats statsOf(std::vector<qint64> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    const auto rank = [&](double p) {
        return double(samples[size_t(std::max(0.0, std::ceil(p * double(samples.size())) - 1))]) / 1e6;
    };
    return {rank(0.5), rank(0.95), double(samples.back()) / 1e6};
}

Stats measure(int iterations, const std::function<bool()> &work)
{
    if (!work()) // warm-up (fonts, statements), and a first check that the work succeeds
        qFatal("The benchmarked work failed");
    std::vector<qint64> samples;
    samples.reserve(size_t(iterations));
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        const bool ok = work();
        samples.push_back(timer.nsecsElapsed());
        if (!ok)
            qFatal("The benchmarked work failed");
    }
    return statsOf(std::move(samples));
}

void report(const char *name, const Stats &stats, double target = 0)
{
    std::printf("%-42s median %7.2f ms   p95 %7.2f ms   max %7.2f ms", name, stats.median, stats.p95,
                stats.max);
    if (target > 0)
        std::printf("   %s (target p95 <= %.0f ms)", stats.p95 <= target ? "OK " : "SLOW", target);
    std::printf("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Document (PDF) generation benchmark."));
    parser.addHelpOption();
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"),
                                              QStringLiteral("Runs per measure."), QStringLiteral("count"),
                                              QStringLiteral("50"));
    parser.addOption(iterationsOption);
    parser.process(app);
    const int iterations = std::max(1, parser.value(iterationsOption).toInt());

    test::TestDatabase database; // a fresh file, the clock on the first day of school, counter SO1
    Session &session = database.session();
    session.setActor(QStringLiteral("bench"));

    qint64 cantine = 0, etude = 0;
    for (const Activity &a : session.catalog().activities().value()) {
        if (a.code == QLatin1String("cantine"))
            cantine = a.id;
        if (a.code == QLatin1String("etude"))
            etude = a.id;
    }
    const qint64 household =
        test::FamilyBuilder(session).child(QStringLiteral("Léa")).validated().build().householdId;
    SalesService &sales = session.sales();
    const auto invoice = sales.confirmOrder(household, {{cantine, 17}, {etude, 4}});
    if (!invoice)
        qFatal("%s", qPrintable(invoice.error().message));
    PaymentPart cash;
    cash.amount = sales.invoice(invoice.value()).value().due;
    cash.tendered = Money::fromCents(10000);
    const auto paid = sales.pay(invoice.value(), {cash});
    if (!paid)
        qFatal("%s", qPrintable(paid.error().message));
    const qint64 line = sales.invoice(invoice.value()).value().lines.at(0).id;
    const auto note = sales.issueCreditNote(invoice.value(), {{line, 2}}, QStringLiteral("Absence"));
    if (!note)
        qFatal("%s", qPrintable(note.error().message));

    DocumentService &documents = session.documents();
    const auto preview = DocumentService::Purpose::Preview;
    std::printf("Documents, %d runs each (PDF/A-1b, 1200 dpi layout)\n", iterations);
    QElapsedTimer cold;
    cold.start();
    if (!documents.pdf(documents.invoice(invoice.value()), preview))
        qFatal("The first invoice PDF failed");
    std::printf("%-42s %7.2f ms (once: loads the font database)\n", "first invoice PDF of the process",
                double(cold.nsecsElapsed()) / 1e6);
    report("read the invoice (SalesService::invoice)",
           measure(iterations, [&] { return sales.invoice(invoice.value()).ok(); }));
    report("invoice: data + HTML",
           measure(iterations, [&] { return documents.invoice(invoice.value()).ok(); }));
    const DocumentContent content = documents.invoice(invoice.value()).value();
    report("invoice: layout only",
           measure(iterations, [&] { return PrintableDocument::layOut(content).pageCount() > 0; }));
    const PrintableDocument laidOut = PrintableDocument::layOut(content);
    report("invoice: PDF painting only", measure(iterations, [&] { return laidOut.toPdf().ok(); }));
    report(
        "invoice PDF (preview, not recorded)",
        measure(iterations, [&] { return documents.pdf(documents.invoice(invoice.value()), preview).ok(); }),
        100);
    report("invoice PDF issued (stored, then duplicates)",
           measure(iterations, [&] { return documents.pdf(documents.invoice(invoice.value())).ok(); }), 100);
    report(
        "receipt 80 mm PDF (preview)",
        measure(iterations,
                [&] { return documents.pdf(documents.receipt(paid.value().receiptNumber), preview).ok(); }),
        100);
    report(
        "credit note PDF (preview)",
        measure(iterations, [&] { return documents.pdf(documents.creditNote(note.value()), preview).ok(); }),
        100);
    const auto bytes = documents.pdf(documents.invoice(invoice.value()), preview);
    std::printf("invoice PDF size: %lld bytes\n", static_cast<long long>(bytes.value().size()));
    return 0;
}
