// guichet-cli's central database commands. Arguments and output only; the rules (versions, the commune, the
// counters' codes) are core's (sync/Central.cpp).
#include "cli.h"

#include "sync/Central.h"
#include "sync/Sync.h"

namespace guichet::cli {

// The central database named by the option (--url, --central): 0, or the exit code after saying what is
// wrong.
static int centralAddress(Context &c, const QString &option, CentralAddress *address)
{
    if (!c.parser.isSet(option))
        return fail(c,
                    Error::of(Cli::tr("Give the central database: --url postgresql://USER@HOST:5432/DATABASE "
                                      "or --url service=NAME.")),
                    2);
    const auto parsed = CentralAddress::parse(c.parser.value(option));
    if (!parsed)
        return fail(c, parsed.error(), 2);
    *address = parsed.value();
    return 0;
}

// central init --url URL --user ADMIN: creates or migrates the central schema and registers this counter.
int centralInit(Context &c)
{
    CentralAddress address;
    if (const int code = centralAddress(c, QStringLiteral("url"), &address))
        return code;
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    Central central;
    if (Status s = central.connect(address); !s)
        return fail(c, s.error());
    const auto done = central.init(*c.session);
    if (!done)
        return fail(c, done.error());
    const CentralInit &r = done.value();
    c.out << "central\t" << address.shown() << "\tschema " << r.toVersion << '\t'
          << (r.fromVersion == 0             ? QStringLiteral("created")
              : r.fromVersion == r.toVersion ? QStringLiteral("up to date")
                                             : QStringLiteral("migrated from %1").arg(r.fromVersion))
          << '\n';
    c.out << "counter\t" << c.session->counter().code << '\t'
          << (r.counterRegistered ? "registered" : "already registered") << '\n';
    return 0;
}

// sync --url URL: sends this counter's changes to the central database, then takes the other counters'.
// Exit 0: in step with the central database; 3: fields changed here and elsewhere wait for a clerk; 1:
// refused or the server could not be reached (the counter goes on offline, nothing is lost).
int sync(Context &c)
{
    CentralAddress address;
    if (const int code = centralAddress(c, QStringLiteral("url"), &address))
        return code;
    Central central;
    if (Status s = central.connect(address); !s)
        return fail(c, s.error());
    Sync sync(*c.session, &central);
    const auto pushed = sync.push([&](qint64 done, qint64 total) {
        c.err << Cli::tr("Sending: %1 / %2 changes").arg(done).arg(total) << '\n' << Qt::flush;
    });
    if (!pushed)
        return fail(c, pushed.error());
    c.out << "push\t" << pushed.value().changes << "\tup to " << pushed.value().upToSeq << '\n' << Qt::flush;
    const auto pulled = sync.pull([&](qint64 done) {
        c.err << Cli::tr("Receiving: %1 changes").arg(done) << '\n' << Qt::flush;
    });
    if (!pulled)
        return fail(c, pulled.error());
    const PullReport &report = pulled.value();
    c.out << "pull\t" << report.changes << "\tapplied " << report.applied << "\tconflicts "
          << report.conflicts << '\n';
    // The families' portal's payments of this counter's invoices, recorded here, then sent on at once.
    if (report.onlinePayments > 0 || report.onlineRefused > 0 || !report.onlineWaiting.isEmpty())
        c.out << "online\t" << report.onlinePayments << "\trefused " << report.onlineRefused << '\n';
    if (!report.onlineWaiting.isEmpty())
        c.err << Cli::tr("Online payments wait: %1").arg(report.onlineWaiting) << '\n';
    const auto again = sync.pushRecorded(report);
    if (!again)
        return fail(c, again.error());
    if (again.value().changes > 0)
        c.out << "push\t" << again.value().changes << "\tup to " << again.value().upToSeq << '\n';
    const auto open = sync.conflicts();
    if (!open)
        return fail(c, open.error());
    for (const SyncConflict &k : open.value())
        c.out << "conflict\t" << k.id << '\t' << k.table << '\t' << k.rowKey << '\t' << k.field << '\t'
              << k.localValue << '\t' << k.remoteValue << '\t' << k.remoteSite << '\n';
    return open.value().isEmpty() ? 0 : 3;
}

// verify --central URL: the central database's checks, printed as verify prints the counter's.
int verifyCentral(Context &c)
{
    CentralAddress address;
    if (const int code = centralAddress(c, QStringLiteral("central"), &address))
        return code;
    Central central;
    if (Status s = central.connect(address); !s)
        return fail(c, s.error());
    const auto checks = central.verify();
    if (!checks)
        return fail(c, checks.error());
    QList<CheckReport> reports;
    for (const Central::Check &check : checks.value())
        reports += CheckReport{check.name, check.title, check.failures};
    return printChecks(
        c, reports,
        Cli::tr("All %1 central checks hold: every counter's changes, the document series, the lots, the "
                "journals, the invoices."));
}

} // namespace guichet::cli
