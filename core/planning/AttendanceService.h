#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace guichet {

class Session;

// One child on the day's list of a school and activity, with what the staff must know.
struct AttendanceLine
{
    qint64 bookingId = 0;
    qint64 childId = 0;
    QString lastName, firstName;
    QString classLevel; // "CP"
    QString fileNumber;
    QString status;      // booked, present, absent, excused
    QString note;        // why an absence is excused
    bool walkIn = false; // present without a booking
    QString allergies;
    bool hasPai = false;
    QString paiDetails;
    QStringList diets; // labels: "Sans porc"
    bool mayLeaveAlone = false;
    QStringList trustedPersons; // "Marc Durand (grand-père) 06 12 34 56 78"
};

struct AttendanceList
{
    QDate day;
    QString schoolName;
    QString activityName;
    // The children are handed over to their families at the end (care, study; not a meal): the list says
    // who may leave alone and who may take them.
    bool pickUp = false;
    QList<AttendanceLine> lines; // by last name, first name
};

// Meals of one school on one day, for the kitchen.
struct KitchenCount
{
    QDate day;
    QString schoolName;
    int meals = 0;
    QList<std::pair<QString, int>> diets; // "Sans porc" → 5, in the diets' order; only those with children
    QStringList watch;                    // "DUPONT Léa (CP): allergies arachide; PAI"
};

enum class Attendance
{
    Present,
    Absent,
    Excused
};

// The day itself: who is expected where (the staff's lists), who came (attendance), and how many meals the
// kitchen cooks. Attendance is taken on the day or after it; an excused absence (illness with a certificate)
// gives the ticket back, with its reason, and stays excused.
class AttendanceService
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceService)

public:
    explicit AttendanceService(Session &session) : m_session(session) {}

    Result<AttendanceList> list(const QDate &day, qint64 schoolId, qint64 activityId) const;
    Status mark(qint64 bookingId, Attendance attendance, const QString &note = {});
    // A child's attendance on a day, as the staff's list says: the booking of the day is marked; a child
    // present without a booking is booked and charged (BookingService::walkIn, to 'householdId' or the
    // household that has the child that day). Returns how many tickets the walk-in took and owes (both 0 for
    // a booked day).
    Result<std::pair<int, int>> record(qint64 childId, qint64 activityId, const QDate &day,
                                       Attendance attendance, const QString &note = {},
                                       qint64 householdId = 0);
    // "Everyone else came": the children of the day's list still only booked are marked present, in one
    // transaction (the staff mark the absent ones, then the rest). Returns how many were marked.
    Result<int> markRemainingPresent(const QDate &day, qint64 schoolId, qint64 activityId);

    // The children of the school not on the day's list of the activity (to record one present without a
    // booking): (child id, "LAST First (class)"), by name.
    Result<QList<std::pair<qint64, QString>>> notOnList(const QDate &day, qint64 schoolId,
                                                        qint64 activityId) const;
    // Meals per school and day from 'from' to 'to': the bookings of the meal activities that are not
    // cancelled or excused. Schools with no meal booked are left out.
    Result<QList<KitchenCount>> kitchen(const QDate &from, const QDate &to) const;

    // The same, as files: CSV for a spreadsheet (UTF-8 with BOM, ';'), HTML for printing on A4.
    static QByteArray listCsv(const AttendanceList &list);
    static QString listHtml(const AttendanceList &list, const QString &communeName);
    QByteArray kitchenCsv(const QList<KitchenCount> &counts) const;
    static QString kitchenHtml(const QList<KitchenCount> &counts, const QString &communeName);

    // The marks a line gets on the lists: "PAI", "allergies: …", the diets, "leaves alone".
    static QStringList marks(const AttendanceLine &line);

private:
    Session &m_session;
};

} // namespace guichet
