#pragma once

#include "catalog/Catalog.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace guichet {

class Database;
struct FamilyFile;

// Activities, school years, QF brackets and tariffs: read by the sale, edited by the administrator.
// Pricing rule (one place): a resident household's bracket comes from its payer's QF when the proof
// is dated no earlier than one year before the school year starts; otherwise the highest bracket
// applies, with the reason. Non-residents pay the single non-resident price.
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogService)

public:
    explicit CatalogService(Database &database) : m_database(database) {}

    QList<Activity> activities(bool includeInactive = false) const;
    Result<qint64> saveActivity(const Activity &activity); // id 0 adds; renaming/deactivating keeps the code
    QList<SchoolYear> schoolYears() const;
    Result<qint64> saveSchoolYear(const SchoolYear &year);
    // The school year containing 'day', or else the next one to start, or else the last one.
    std::optional<SchoolYear> schoolYearFor(const QDate &day) const;
    std::optional<SchoolYear> schoolYear(qint64 id) const;

    QList<Bracket> brackets(qint64 schoolYearId) const;
    // Brackets can change only while the year has no invoice.
    bool canChangeBrackets(qint64 schoolYearId) const;
    // Replaces the brackets of a year that has no invoice yet (thresholds must increase; the last has none).
    // Matched by id: a bracket keeps its prices; id 0 adds one; one left out is removed with its prices.
    Status setBrackets(qint64 schoolYearId, const QList<Bracket> &brackets);
    // Prepares a new school year: its brackets and prices become a copy of another year's (refused once
    // the target year has invoices). The administrator then adjusts what changed.
    Status copyTariffs(qint64 fromSchoolYearId, qint64 toSchoolYearId);
    QList<Tariff> tariffs(qint64 schoolYearId) const;
    Status setTariff(qint64 schoolYearId, const Tariff &tariff);

    PricingBasis pricingBasis(const FamilyFile &file, const SchoolYear &year) const;
    // The unit price for this basis, or an error saying which tariff is missing.
    Result<Money> unitPrice(qint64 schoolYearId, qint64 activityId, const PricingBasis &basis) const;

private:
    Database &m_database;
};

} // namespace guichet
