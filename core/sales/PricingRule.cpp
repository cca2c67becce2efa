#include "sales/PricingRule.h"

#include "common/CommuneTime.h"

namespace guichet {

PricingBasis PricingRule::basis(const PricingInput &household, const SchoolYear &year,
                                const QList<Bracket> &brackets)
{
    PricingBasis basis;
    basis.resident = household.resident;
    if (!basis.resident) {
        basis.bracketLabel = tr("Non-resident");
        basis.reason =
            tr("Postal code %1 is outside the commune: non-resident price.").arg(household.postalCode);
        return basis;
    }
    if (brackets.isEmpty()) {
        basis.reason = tr("No QF bracket is set for %1.").arg(year.label);
        return basis;
    }
    const QDate oldestValidProof = year.start.addYears(-1);
    const Bracket &highest = brackets.last();
    auto useHighest = [&](const QString &reason) {
        basis.bracketId = highest.id;
        basis.bracketLabel = highest.label;
        basis.reason = reason;
        return basis;
    };
    if (!household.quotient)
        return useHighest(tr("No family quotient on file: highest bracket."));
    if (!household.quotientProofDate.isValid())
        return useHighest(tr("The QF proof has no date: highest bracket."));
    if (household.quotientProofDate < oldestValidProof)
        return useHighest(
            tr("The QF proof is dated %1, more than a year before the school year: highest bracket.")
                .arg(frenchDate(household.quotientProofDate)));
    for (const Bracket &b : brackets) {
        if (!b.qfMax || *household.quotient <= *b.qfMax) {
            basis.bracketId = b.id;
            basis.bracketLabel = b.label;
            basis.reason = tr("QF %1 (proof dated %2).")
                               .arg(*household.quotient)
                               .arg(frenchDate(household.quotientProofDate));
            return basis;
        }
    }
    return useHighest(tr("No family quotient on file: highest bracket."));
}

} // namespace guichet
