#pragma once

#include "catalog/Catalog.h"
#include "common/Money.h"
#include "common/Result.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>
#include <functional>

namespace guichet {

class Session;

// What the administrator chooses for the roll-over; every date left invalid takes the last year's, one
// year later.
struct RolloverOptions
{
    int percentHundredths = 0; // tariff change: 250 = +2.5 %, -100 = -1 %
    QDate start, end, bookingOpensOn;
    QString calendarFile; // the official calendar of the new year (.ics or .csv), optional
};

// The summary shown before anything is written (and, after, what was done).
struct RolloverPlan
{
    SchoolYear from;
    SchoolYear to;             // id 0 when it is to be created
    bool toExists = false;     // created beforehand by the administrator: kept as it is
    bool tariffsExist = false; // the new year already has prices: kept, not copied
    int percentHundredths = 0;
    int tariffs = 0;      // prices copied
    int weekPatterns = 0; // school weeks copied
    int holidays = 0;     // official holiday periods known within the new year (after the import)
    QList<std::pair<QString, int>> promotions; // ("PS → MS", children), from the youngest class up
    int promoted(const QString &step) const;   // the children of one step ("CE1 → CE2"), 0 if none
    int cm2Leavers = 0;                        // CM2 pupils leaving for collège
    int otherLeavers = 0;                      // children marked as leaving the commune's schools
    int households = 0;                        // with tickets to carry over
    int lots = 0;
    int tickets = 0;
    Money value;                          // of the tickets carried over, at the prices they were bought at
    QMap<QString, int> ticketsByActivity; // activity name -> tickets
    QStringList warnings;
};

// A line of the carry-over report: the tickets of one lot of one household, moved at their price.
struct CarryOverLine
{
    QString fileNumber;
    QString household;
    QString activity;
    int tickets = 0;
    Money unitPrice;
    Money value() const { return unitPrice * tickets; }
};

struct RolloverRecord
{
    qint64 id = 0;
    QString from, to;
    QDateTime at;
    QString user;
};

// The next school year, made from the current one in one transaction: the year itself (dates one year
// later unless chosen), its prices copied with an optional percentage, its school weeks copied, the
// official calendar imported when a file is given; children promoted one class (PS → MS … CM1 → CM2),
// CM2 pupils and children marked as leaving recorded as having left; and the tickets still in the wallets
// carried over: each lot's remaining tickets leave it (carry_out) and enter the new year as a new lot at
// the same price (carry_in), so that per household and activity the balance and its value are the same
// before and after. A school year is rolled over once (year_rollover.from_year_id is unique), by an
// administrator, once it is over.
class RolloverService
{
    Q_DECLARE_TR_FUNCTIONS(RolloverService)

public:
    explicit RolloverService(Session &session);

    // The summary, nothing written. Refused (with the reason) when the roll-over cannot be done.
    Result<RolloverPlan> plan(const RolloverOptions &options) const;
    // Does it; 'progress' (lots carried over so far, of how many) may be called many times.
    Result<RolloverPlan> run(const RolloverOptions &options,
                             const std::function<void(int done, int total)> &progress = {});

    Result<QList<RolloverRecord>> rollovers() const;
    // What moved at a roll-over, by file number then activity.
    Result<QList<CarryOverLine>> carryOver(qint64 rolloverId) const;
    static QByteArray carryOverCsv(const QList<CarryOverLine> &lines);

    struct OpenLot; // a lot with tickets left, as the carry-over moves it (Rollover.cpp)

    // PS -> MS … CM1 -> CM2; CM2 and '' give ''.
    static QString nextLevel(const QString &level);

private:
    // The plan, and the lots it counted (the roll-over moves those: read once).
    Result<RolloverPlan> plan(const RolloverOptions &options, QList<OpenLot> *lots) const;
    Result<SchoolYear> yearToRoll() const;

    Session &m_session;
    mutable StatementCache m_statements;
};

} // namespace guichet
