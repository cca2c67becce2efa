#include "family/FileWorkflow.h"

#include <algorithm>

namespace guichet {

QStringList FileWorkflow::missingForValidation(const FamilyFile &file, const QString &currentRulesVersion)
{
    QStringList missing;
    if (file.children.isEmpty())
        missing += tr("Add at least one child attending a public school of the town.");
    if (!file.payer())
        missing += tr("Designate one guardian as the payer.");
    for (const Child &child : file.children) {
        if (child.emergencyContacts.isEmpty())
            missing += tr("Add an emergency contact for %1.").arg(child.fullName());
        else if (std::none_of(child.emergencyContacts.cbegin(), child.emergencyContacts.cend(),
                              [](const EmergencyContact &e) { return !e.phone.trimmed().isEmpty(); }))
            missing += tr("No emergency contact of %1 has a phone number: add one.").arg(child.fullName());
    }
    if (file.household.rulesVersion.isEmpty())
        missing +=
            tr("The family must accept the règlement intérieur (version %1).").arg(currentRulesVersion);
    else if (file.household.rulesVersion != currentRulesVersion)
        missing += tr("The family accepted version %1 of the règlement intérieur; it must accept the current "
                      "version %2.")
                       .arg(file.household.rulesVersion, currentRulesVersion);
    return missing;
}

} // namespace guichet
