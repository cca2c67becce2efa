#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace guichet {

class Session;

// One period of a shared-custody schedule: the household has the child every other week from the Monday
// 'first' (alternate weeks), or every day from 'first' to 'last' (dates, which win over the weeks).
struct CustodyPeriod
{
    enum class Kind
    {
        AlternateWeeks,
        Dates
    };
    qint64 id = 0;
    qint64 householdId = 0;
    QString householdName; // filled when loading
    Kind kind = Kind::AlternateWeeks;
    QDate first;
    QDate last; // invalid: no end (alternate weeks only)

    bool covers(const QDate &day) const;
};

// Which household has a child when. Empty: nothing is set, and every household of the child books as it
// pleases (a child who lives in one home, or parents who settle it between them).
struct CustodySchedule
{
    qint64 childId = 0;
    QList<CustodyPeriod> periods; // dates first, then weeks, each by first day

    // The household that has the child on 'day', 0 when the schedule does not say.
    qint64 householdOn(const QDate &day) const;
    QString householdNameOn(const QDate &day) const;
    // "Semaines alternées : Martin à partir du 31/08/2026, Durand à partir du 07/09/2026 ; du 21/12/2026 au
    // 03/01/2027 : Durand"
    QString describe() const;
};

// The custody schedules of the family files: set in the child's file, used by BookingService so that a day
// is booked by, and charged to, the household that has the child that day. One transaction per change,
// recorded in the history of both households.
class CustodyService
{
    Q_DECLARE_TR_FUNCTIONS(CustodyService)

public:
    explicit CustodyService(Session &session) : m_session(session) {}

    Result<CustodySchedule> schedule(qint64 childId) const;
    // The schedules of several children at once (the planning, a booking).
    Result<QHash<qint64, CustodySchedule>> schedules(const QList<qint64> &childIds) const;

    // Alternate weeks: 'firstHousehold' has the child the week of Monday 'firstMonday', the other household
    // of the child the week after, and so on. Replaces the weeks set before (dated periods stay).
    Status setAlternateWeeks(qint64 childId, qint64 firstHousehold, const QDate &firstMonday);
    // The child is with 'householdId' from 'first' to 'last' (holidays, a change of arrangement).
    Status addDates(qint64 childId, qint64 householdId, const QDate &first, const QDate &last);
    Status removePeriod(qint64 periodId);
    Status clear(qint64 childId);

private:
    Result<QList<std::pair<qint64, QString>>> householdsOf(qint64 childId) const; // (id, name)
    Status change(qint64 childId, const std::function<Status(const CustodySchedule &before)> &write);

    Session &m_session;
};

} // namespace guichet
