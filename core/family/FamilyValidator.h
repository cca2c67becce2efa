#pragma once

#include "common/Result.h"
#include "family/Child.h"
#include "family/Guardian.h"
#include "family/Household.h"

#include <QCoreApplication>
#include <QDate>

namespace guichet {

// Field-by-field checks of what the clerk typed. Each problem is a French message keyed by the
// field's name, to be shown next to that field; nothing is saved while any remains.
class FamilyValidator
{
    Q_DECLARE_TR_FUNCTIONS(FamilyValidator)

public:
    static constexpr int MaxNameLength = 200;

    explicit FamilyValidator(QDate today) : m_today(today) {}

    Status checkAccount(const NewAccount &account) const;
    Status checkHousehold(const Household &household) const;
    Status checkGuardian(const Guardian &guardian) const;
    Status checkChild(const Child &child) const;

    static bool isValidEmail(const QString &email);
    static bool isValidPhone(const QString &phone);
    static bool isValidPostalCode(const QString &postalCode);
    // INE: 11 characters, 10 letters or digits then a letter (formats INE-RNIE and INE-BEA). The
    // check key's algorithm is not public, so only the format is checked.
    static bool isValidIne(const QString &ine);
    // French numbers are stored as "06 12 34 56 78"; others as typed, trimmed.
    static QString normalizePhone(const QString &phone);
    static QString phoneMessage(); // what a refused phone number is told
    static QString normalizeIne(const QString &ine) { return ine.trimmed().toUpper(); }

private:
    void checkName(QMap<QString, QString> &errors, const QString &field, const QString &value,
                   bool required) const;
    static Status collect(const QMap<QString, QString> &errors);

    QDate m_today;
};

} // namespace guichet
