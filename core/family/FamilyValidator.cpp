#include "family/FamilyValidator.h"

#include "family/FileStatus.h"

#include <QRegularExpression>

namespace guichet {

bool FamilyValidator::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[A-Za-z]{2,}$"));
    return pattern.match(email.trimmed()).hasMatch();
}

bool FamilyValidator::isValidPhone(const QString &phone)
{
    QString compact = phone.trimmed();
    compact.remove(QRegularExpression(QStringLiteral("[\\s.\\-/()]")));
    static const QRegularExpression french(QStringLiteral("^0[1-9]\\d{8}$"));
    static const QRegularExpression international(QStringLiteral("^(\\+|00)[1-9]\\d{7,14}$"));
    return french.match(compact).hasMatch() || international.match(compact).hasMatch();
}

QString FamilyValidator::normalizePhone(const QString &phone)
{
    QString compact = phone.trimmed();
    compact.remove(QRegularExpression(QStringLiteral("[\\s.\\-/()]")));
    if (compact.startsWith(QStringLiteral("+33")) && compact.size() == 12)
        compact = QLatin1Char('0') + compact.mid(3);
    if (compact.size() == 10 && compact.startsWith(QLatin1Char('0'))) {
        QStringList pairs;
        for (int i = 0; i < 10; i += 2)
            pairs += compact.mid(i, 2);
        return pairs.join(QLatin1Char(' '));
    }
    return phone.trimmed();
}

bool FamilyValidator::isValidPostalCode(const QString &postalCode)
{
    static const QRegularExpression pattern(QStringLiteral("^(0[1-9]|[1-8]\\d|9[0-8]|2[AB])\\d{3}$"));
    return pattern.match(postalCode.trimmed()).hasMatch();
}

bool FamilyValidator::isValidIne(const QString &ine)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Z]{10}[A-Z]$"));
    return pattern.match(normalizeIne(ine)).hasMatch();
}

void FamilyValidator::checkName(QMap<QString, QString> &errors, const QString &field, const QString &value,
                                bool required) const
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        if (required)
            errors[field] = field == QLatin1String("firstName")
                                ? tr("Required: type the first name as written on the identity papers.")
                                : tr("Required: type the last name as written on the identity papers.");
        return;
    }
    if (trimmed.size() > MaxNameLength)
        errors[field] =
            tr("Too long: %1 characters at most (%2 typed).").arg(MaxNameLength).arg(trimmed.size());
}

Status FamilyValidator::collect(const QMap<QString, QString> &errors)
{
    if (errors.isEmpty())
        return Status::success();
    return Error::inFields(errors);
}

QString FamilyValidator::phoneMessage()
{
    return tr("Not a phone number: type 10 digits (06 12 34 56 78) or an international number (+32 …).");
}

Status FamilyValidator::checkAccount(const NewAccount &account) const
{
    QMap<QString, QString> errors;
    checkName(errors, QStringLiteral("lastName"), account.payerLastName, true);
    checkName(errors, QStringLiteral("firstName"), account.payerFirstName, true);
    if (!account.email.trimmed().isEmpty() && !isValidEmail(account.email))
        errors[QStringLiteral("email")] =
            tr("\"%1\" is not an email address: it should look like name@example.fr.")
                .arg(account.email.trimmed());
    if (!isValidPostalCode(account.postalCode))
        errors[QStringLiteral("postalCode")] = tr("A French postal code has 5 digits, for example 62500.");
    if (!account.phoneMobile.trimmed().isEmpty() && !isValidPhone(account.phoneMobile))
        errors[QStringLiteral("phoneMobile")] = phoneMessage();
    if (!account.acceptsTerms)
        errors[QStringLiteral("terms")] = tr("The family must accept the terms of use to open an account.");
    if (!account.acceptsRules)
        errors[QStringLiteral("rules")] =
            tr("The family must accept the règlement intérieur to open an account.");
    return collect(errors);
}

Status FamilyValidator::checkHousehold(const Household &household) const
{
    QMap<QString, QString> errors;
    checkName(errors, QStringLiteral("name"), household.name, true);
    if (!household.email.trimmed().isEmpty() && !isValidEmail(household.email))
        errors[QStringLiteral("email")] =
            tr("\"%1\" is not an email address: it should look like name@example.fr.")
                .arg(household.email.trimmed());
    if (!isValidPostalCode(household.postalCode))
        errors[QStringLiteral("postalCode")] = tr("A French postal code has 5 digits, for example 62500.");
    return collect(errors);
}

Status FamilyValidator::checkGuardian(const Guardian &g) const
{
    QMap<QString, QString> errors;
    checkName(errors, QStringLiteral("lastName"), g.lastName, true);
    checkName(errors, QStringLiteral("firstName"), g.firstName, true);
    if (!g.civility.isEmpty() && g.civility != QLatin1String("Mme") && g.civility != QLatin1String("M."))
        errors[QStringLiteral("civility")] = tr("Choose Mme, M. or nothing.");
    if (!g.email.trimmed().isEmpty() && !isValidEmail(g.email))
        errors[QStringLiteral("email")] =
            tr("\"%1\" is not an email address: it should look like name@example.fr.").arg(g.email.trimmed());
    if (!g.postalCode.trimmed().isEmpty() && !isValidPostalCode(g.postalCode))
        errors[QStringLiteral("postalCode")] = tr("A French postal code has 5 digits, for example 62500.");
    const QString phoneMessage = FamilyValidator::phoneMessage();
    if (!g.phoneMobile.trimmed().isEmpty() && !isValidPhone(g.phoneMobile))
        errors[QStringLiteral("phoneMobile")] = phoneMessage;
    if (!g.phoneHome.trimmed().isEmpty() && !isValidPhone(g.phoneHome))
        errors[QStringLiteral("phoneHome")] = phoneMessage;
    if (!g.phoneWork.trimmed().isEmpty() && !isValidPhone(g.phoneWork))
        errors[QStringLiteral("phoneWork")] = phoneMessage;
    if (g.quotient && (*g.quotient < 0 || *g.quotient > 100000))
        errors[QStringLiteral("quotient")] =
            tr("The family quotient is a whole number between 0 and 100000.");
    if (g.quotient && !g.quotientProofDate.isValid())
        errors[QStringLiteral("quotientProofDate")] =
            tr("Give the date of the CAF certificate proving the quotient.");
    if (g.quotientProofDate.isValid() && g.quotientProofDate > m_today)
        errors[QStringLiteral("quotientProofDate")] = tr("The date of the proof cannot be in the future.");
    return collect(errors);
}

Status FamilyValidator::checkChild(const Child &c) const
{
    QMap<QString, QString> errors;
    checkName(errors, QStringLiteral("lastName"), c.lastName, true);
    checkName(errors, QStringLiteral("firstName"), c.firstName, true);
    if (!c.birthDate.isValid())
        errors[QStringLiteral("birthDate")] = tr("Type the birth date as DD/MM/YYYY.");
    else if (c.birthDate > m_today)
        errors[QStringLiteral("birthDate")] = tr("The birth date cannot be in the future.");
    else if (c.birthDate < m_today.addYears(-16) || c.birthDate > m_today.addYears(-1))
        errors[QStringLiteral("birthDate")] =
            tr("A pupil of a nursery or primary school is between 1 and 16 years old: check the year.");
    if (c.sex != QLatin1String("F") && c.sex != QLatin1String("M"))
        errors[QStringLiteral("sex")] = tr("Choose girl or boy.");
    if (!c.ine.trimmed().isEmpty() && !isValidIne(c.ine))
        errors[QStringLiteral("ine")] =
            tr("An INE has 11 characters: 10 digits or letters then a letter (for example 1234567890A).");
    static const QStringList levels{QString(),
                                    QStringLiteral("TPS"),
                                    QStringLiteral("PS"),
                                    QStringLiteral("MS"),
                                    QStringLiteral("GS"),
                                    QStringLiteral("CP"),
                                    QStringLiteral("CE1"),
                                    QStringLiteral("CE2"),
                                    QStringLiteral("CM1"),
                                    QStringLiteral("CM2")};
    if (!levels.contains(c.classLevel))
        errors[QStringLiteral("classLevel")] = tr("Choose a class level from TPS to CM2.");
    if (!isSchoolingCode(c.schooling))
        errors[QStringLiteral("schooling")] =
            tr("Say whether the child attends the commune's schools, leaves them at the end of the year, "
               "or has left them.");
    if (c.hasCarePlan && c.carePlanDetails.trimmed().isEmpty())
        errors[QStringLiteral("carePlanDetails")] =
            tr("Describe what the PAI requires from the staff (e.g. emergency kit in the office).");
    for (const TrustedPerson &t : c.trustedPersons) {
        if (t.lastName.trimmed().isEmpty() || t.firstName.trimmed().isEmpty()) {
            errors[QStringLiteral("trustedPersons")] = tr("Each trusted person needs a last and first name.");
            break;
        }
        if (!t.phone.trimmed().isEmpty() && !isValidPhone(t.phone)) {
            errors[QStringLiteral("trustedPersons")] =
                tr("The phone number of %1 %2 is not valid.").arg(t.firstName, t.lastName);
            break;
        }
    }
    for (const EmergencyContact &e : c.emergencyContacts) {
        if (e.guardianId != 0)
            continue;
        if (e.lastName.trimmed().isEmpty() || !isValidPhone(e.phone)) {
            errors[QStringLiteral("emergencyContacts")] =
                tr("Each emergency contact who is not a guardian needs a name and a valid phone number.");
            break;
        }
    }
    return collect(errors);
}

} // namespace guichet
