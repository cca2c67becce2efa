#include "common/Iban.h"

#include <algorithm>
#include <string_view>

namespace guichet {

namespace {

struct CountryLength
{
    char code[3];
    int length;
};

// SWIFT IBAN registry as of 2025 (89 countries, Honduras the latest). French overseas departments and
// collectivities (GF, GP, MQ, RE, YT, PM, BL, MF, NC, PF, WF, TF) are not listed: their IBANs start with FR.
// Likewise Åland uses FI, and Jersey, Guernsey and the Isle of Man use GB.
constexpr CountryLength ibanLengths[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
    {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
    {"GT", 28}, {"HN", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26},
    {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20},
    {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20},
    {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24},
    {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24},
    {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25},
    {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20},
    {"YE", 30},
};

// The European Economic Area: the EU 27, Iceland, Liechtenstein and Norway.
constexpr std::string_view eeaCountries =
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO";

// The rest of the SEPA schemes' geographical scope, per the EPC list of SEPA countries (EPC409-09):
// Switzerland, the United Kingdom, Monaco, San Marino, Vatican City, Andorra, Gibraltar, then Albania
// and Montenegro (admitted November 2024), Moldova and North Macedonia (March 2025), Serbia (May 2025).
// By IBAN alone an FR account cannot be told apart from one in Saint-Pierre-et-Miquelon (SEPA, not
// EEA) or in New Caledonia, French Polynesia, Wallis and Futuna (outside SEPA): all are taken as France.
constexpr std::string_view nonEeaSepaCountries = "CH GB MC SM VA AD GI AL ME MD MK RS";

// ISO 3166-1 alpha-2 (iso-codes 4.15), plus XK, which SWIFT uses for Kosovo in BICs.
constexpr std::string_view isoCountries =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT "
    "BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH "
    "ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT "
    "HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS "
    "LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI "
    "NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG "
    "SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG "
    "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK";

// Whether 'code' is one of the space-separated two-letter codes of 'list'.
bool listed(std::string_view list, QStringView code)
{
    if (code.size() != 2)
        return false;
    for (std::size_t i = 0; i + 1 < list.size(); i += 3) {
        if (code[0] == QLatin1Char(list[i]) && code[1] == QLatin1Char(list[i + 1]))
            return true;
    }
    return false;
}

bool isAsciiLetter(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Index of the first character that is not an upper-case ASCII letter or a digit, or -1.
qsizetype firstIllegal(const QString &compact)
{
    for (qsizetype i = 0; i < compact.size(); ++i) {
        if (!isAsciiLetter(compact[i]) && !isAsciiDigit(compact[i]))
            return i;
    }
    return -1;
}

// The character at 'i' as the clerk can recognise it: itself, or its code point when invisible
// (a zero-width space pasted from a PDF).
QString shown(const QString &text, qsizetype i)
{
    char32_t codePoint = text[i].unicode();
    if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        codePoint = QChar::surrogateToUcs4(text[i], text[i + 1]);
    if (QChar::isPrint(codePoint))
        return QString::fromUcs4(&codePoint, 1);
    return QStringLiteral("U+%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
}

// ISO 7064 MOD 97-10 on the IBAN with its first four characters moved to the end, letters counting
// A = 10 … Z = 35. Taken digit by digit, the remainder never exceeds 97 * 100.
bool checkDigitsMatch(const QString &compactIban)
{
    const QString rearranged = compactIban.mid(4) + compactIban.left(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        if (isAsciiDigit(c))
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        else
            remainder = (remainder * 100 + (c.unicode() - u'A' + 10)) % 97;
    }
    return remainder == 1;
}

} // namespace

QString Iban::compact(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-') || c.unicode() == 0x2010 || c.unicode() == 0x2011)
            continue;
        // ASCII only: QString::toUpper() would turn "ß" into "SS" and let it through.
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            c = QChar(c.unicode() - u'a' + u'A');
        out += c;
    }
    return out;
}

int Iban::length(QStringView countryCode)
{
    for (const CountryLength &entry : ibanLengths) {
        if (listed(entry.code, countryCode))
            return entry.length;
    }
    return 0;
}

Result<QString> Iban::check(const QString &text)
{
    const QString iban = compact(text);
    if (iban.isEmpty())
        return Error::of(tr("No IBAN was entered. Type the IBAN shown on the bank details (RIB)."));
    if (const qsizetype i = firstIllegal(iban); i >= 0)
        return Error::of(tr("The IBAN contains \"%1\", which is not a letter or a digit. Type only the "
                            "letters and digits shown on the bank details (RIB).")
                             .arg(shown(iban, i)));
    if (iban.size() < 4 || !isAsciiLetter(iban[0]) || !isAsciiLetter(iban[1]) || !isAsciiDigit(iban[2]) ||
        !isAsciiDigit(iban[3]))
        return Error::of(tr("An IBAN starts with two letters (the country) and two digits (the check "
                            "digits), such as FR76. Read it again from the bank details (RIB)."));
    const QString country = iban.left(2);
    const int expected = length(country);
    if (expected == 0)
        return Error::of(tr("\"%1\" is not the country code of an IBAN. Check the first two letters "
                            "against the bank details (RIB).")
                             .arg(country));
    if (iban.size() != expected)
        return Error::of(tr("IBANs starting with %1 have %2 characters; the one typed has %3. Look for a "
                            "missing or extra character on the bank details (RIB).")
                             .arg(country)
                             .arg(expected)
                             .arg(iban.size()));
    // 00, 01 and 99 are never issued (ISO 13616) but pass MOD 97 whenever 97, 98 and 02 would.
    const QStringView checkDigits = QStringView(iban).mid(2, 2);
    if (checkDigits == u"00" || checkDigits == u"01" || checkDigits == u"99" || !checkDigitsMatch(iban))
        return Error::of(tr("The IBAN's check digits do not match: a character was mistyped. Read it "
                            "again from the bank details (RIB)."));
    return iban;
}

QString Iban::grouped(const QString &compactIban)
{
    const QString iban = compact(compactIban);
    QString out;
    out.reserve(iban.size() + iban.size() / 4);
    for (qsizetype i = 0; i < iban.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char(' ');
        out += iban[i];
    }
    return out;
}

QString Iban::masked(const QString &compactIban)
{
    QString iban = compact(compactIban);
    for (qsizetype i = 4; i < iban.size() - 3; ++i)
        iban[i] = QLatin1Char('*');
    return grouped(iban);
}

bool Iban::isSepa(const QString &compactIban)
{
    const QString country = compact(compactIban).left(2);
    return listed(eeaCountries, country) || listed(nonEeaSepaCountries, country);
}

bool Iban::bicRequired(const QString &compactIban)
{
    return !listed(eeaCountries, compact(compactIban).left(2));
}

Result<QString> Iban::checkBic(const QString &text)
{
    const QString bic = compact(text);
    if (bic.isEmpty())
        return Error::of(tr("No BIC was entered. Type the BIC (or SWIFT code) shown on the bank details "
                            "(RIB)."));
    if (const qsizetype i = firstIllegal(bic); i >= 0)
        return Error::of(tr("The BIC contains \"%1\", which is not a letter or a digit. Type only the "
                            "letters and digits shown on the bank details (RIB).")
                             .arg(shown(bic, i)));
    if (bic.size() != 8 && bic.size() != 11)
        return Error::of(tr("A BIC has 8 or 11 characters; the one typed has %1. Read it again from the "
                            "bank details (RIB).")
                             .arg(bic.size()));
    // ISO 9362:2014 would allow digits here, but no BIC has been issued with any.
    const QString bank = bic.left(4);
    if (!std::all_of(bank.begin(), bank.end(), isAsciiLetter))
        return Error::of(tr("A BIC starts with four letters (the bank), not \"%1\". Read it again from "
                            "the bank details (RIB).")
                             .arg(bank));
    const QString country = bic.mid(4, 2);
    if (!listed(isoCountries, country))
        return Error::of(tr("The 5th and 6th characters of a BIC are a country code, which \"%1\" is not. "
                            "Read it again from the bank details (RIB).")
                             .arg(country));
    return bic;
}

Result<std::pair<QString, QString>> Iban::checkAccount(const QString &iban, const QString &bic)
{
    const Result<QString> checkedIban = check(iban);
    if (!checkedIban)
        return checkedIban.error();
    // The BIC's country may differ from the IBAN's: Réunion banks have RE BICs, Jersey ones JE.
    if (compact(bic).isEmpty()) {
        if (bicRequired(checkedIban.value()))
            return Error::of(tr("An account whose IBAN starts with %1 also needs the bank's BIC (or SWIFT "
                                "code) for a transfer. Type the BIC shown on the bank details (RIB).")
                                 .arg(checkedIban.value().left(2)));
        return std::pair{checkedIban.value(), QString()};
    }
    const Result<QString> checkedBic = checkBic(bic);
    if (!checkedBic)
        return checkedBic.error();
    return std::pair{checkedIban.value(), checkedBic.value()};
}

} // namespace guichet
