#pragma once

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace guichet {

// What the pricing rule needs to know about a household: nothing more.
struct PricingInput
{
    bool resident = false;
    QString postalCode;
    std::optional<int> quotient; // the payer's family quotient (QF)
    QDate quotientProofDate;
};

// Which price applies to a household for a school year (one place for the rule): a resident household
// gets the bracket of its payer's QF when the proof is dated no earlier than one year before the school
// year starts; otherwise the highest bracket, with the reason. Non-residents pay the single
// non-resident price.
class PricingRule
{
    Q_DECLARE_TR_FUNCTIONS(PricingRule)

public:
    static PricingBasis basis(const PricingInput &household, const SchoolYear &year,
                              const QList<Bracket> &brackets);
};

} // namespace guichet
