#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <utility>

namespace guichet {

// Bank details for refunds: the IBAN (ISO 13616) and the BIC (ISO 9362) as typed from a RIB.
// Checking them at the counter catches a mistyped character before the transfer is rejected weeks
// later. A valid IBAN is one whose country, length and check digits agree; whether the account exists
// only the bank knows.
class Iban
{
    Q_DECLARE_TR_FUNCTIONS(Iban)

public:
    // As typed or pasted, without spaces (any kind) or hyphens, ASCII letters upper-cased:
    // "fr76 3000-6000 0112 3456 7890 189" -> "FR7630006000011234567890189". Nothing else is changed,
    // so that a stray character is reported rather than silently dropped.
    static QString compact(const QString &text);
    // The compact IBAN, or what is wrong with it: empty, a character other than a letter or a digit,
    // no country and check digits at the start, a country outside the IBAN registry, the wrong length
    // for the country, or check digits that do not match (ISO 7064 MOD 97-10).
    static Result<QString> check(const QString &text);
    // Length of an IBAN of that country per the SWIFT IBAN registry; 0 if the country has no IBAN.
    static int length(QStringView countryCode);

    // Printed form, groups of 4: "FR76 3000 6000 0112 3456 7890 189".
    static QString grouped(const QString &compactIban);
    // For copies that leave the counter: country and check digits, then '*', then the last 3
    // characters, grouped: "FR76 **** **** **** **** **** 189".
    static QString masked(const QString &compactIban);

    // True when the IBAN's country is in the geographical scope of the SEPA schemes.
    static bool isSepa(const QString &compactIban);
    // True unless the IBAN's country is in the EEA: the EPC rulebooks make the beneficiary bank's
    // BIC mandatory for transfers to non-EEA SEPA countries (CH, GB since Brexit, MC…), and any
    // transfer outside SEPA needs it.
    static bool bicRequired(const QString &compactIban);

    // The compact BIC: 4 letters (bank), an ISO 3166 country code, 2 letters or digits (location),
    // optionally 3 more (branch). Empty is an error too: callers decide whether a BIC is required.
    static Result<QString> checkBic(const QString &text);
    // Bank details for a refund, both compacted: the IBAN must be valid; the BIC is required when
    // bicRequired(), and checked whenever it is given.
    static Result<std::pair<QString, QString>> checkAccount(const QString &iban, const QString &bic);
};

} // namespace guichet
