#pragma once

#include "catalog/Catalog.h"
#include "common/Result.h"

#include <QMap>

#include <QCoreApplication>
#include <optional>

namespace guichet {

class Session;

// Activities, school years, QF brackets and tariffs: read by the sale, edited by the administrator.
// Which price applies to a household is the pricing rule's business (sales/PricingRule).
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogService)

public:
    explicit CatalogService(Session &session) : m_session(session) {}

    Result<QList<Activity>> activities(bool includeInactive = false) const;
    Result<qint64> saveActivity(const Activity &activity); // id 0 adds; renaming/deactivating keeps the code
    // Places a day per school for an activity (the canteen's seats, the care room's size): a school absent
    // from the map has no limit. Setting -1 removes a school's limit. Bookings beyond are refused.
    Result<QMap<qint64, int>> places(qint64 activityId) const;
    Status setPlaces(qint64 activityId, qint64 schoolId, int places);
    Result<QList<SchoolYear>> schoolYears() const;
    Result<qint64> saveSchoolYear(const SchoolYear &year);
    Result<SchoolYear> schoolYear(qint64 id) const;
    // The school year tickets are sold for on 'day': the one in progress, or in summer the next one to
    // start. A year that has ended is never sold: without a current or next year, a message says so.
    Result<SchoolYear> schoolYearForSale(const QDate &day) const;
    // The year the administrator most likely wants to see on 'day' (the one for sale, else the last one).
    std::optional<SchoolYear> schoolYearToShow(const QDate &day) const;

    Result<QList<Bracket>> brackets(qint64 schoolYearId) const;
    // Brackets can change only while the year has no invoice.
    Result<bool> canChangeBrackets(qint64 schoolYearId) const;
    // Replaces the brackets of a year that has no invoice yet (thresholds must increase; the last has none).
    // Matched by id: a bracket keeps its prices; id 0 adds one; one left out is removed with its prices.
    Status setBrackets(qint64 schoolYearId, const QList<Bracket> &brackets);
    // Prepares a new school year: its brackets and prices become a copy of another year's (refused once
    // the target year has invoices), each price changed by 'percentHundredths' (250: +2.5 %) rounded to
    // the cent. The administrator then adjusts what changed.
    Status copyTariffs(qint64 fromSchoolYearId, qint64 toSchoolYearId, int percentHundredths = 0);
    // A price changed by a percentage in hundredths (250: +2.5 %), rounded to the nearest cent (half a
    // cent up): 4,15 € + 2.5 % = 4,25 € (4,25375). Never below zero.
    static Money adjusted(Money price, int percentHundredths);
    Result<QList<Tariff>> tariffs(qint64 schoolYearId) const;
    Status setTariff(qint64 schoolYearId, const Tariff &tariff);

    // The unit price for this basis, or an error saying which tariff is missing.
    Result<Money> unitPrice(qint64 schoolYearId, qint64 activityId, const PricingBasis &basis) const;

private:
    Session &m_session;
};

} // namespace guichet
