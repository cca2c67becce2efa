// Iban: compaction, the SWIFT registry's lengths, MOD 97-10 check digits, printed and masked forms,
// SEPA membership, BIC syntax and the bank details of a refund.
#include "common/Iban.h"

#include <QSet>
#include <QTest>

namespace guichet {

class TestIban : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compact_data();
    void compact();
    void acceptsPublishedExamples_data();
    void acceptsPublishedExamples();
    void publishedExamplesCoverTheRegistry();
    void registryLength_data();
    void registryLength();
    void rejects_data();
    void rejects();
    void checkDigitTwinsAreAccepted_data();
    void checkDigitTwinsAreAccepted();
    void grouped_data();
    void grouped();
    void masked_data();
    void masked();
    void isSepa_data();
    void isSepa();
    void bicRequired_data();
    void bicRequired();
    void checkBicAccepts_data();
    void checkBicAccepts();
    void checkBicRejects_data();
    void checkBicRejects();
    void checkAccount_data();
    void checkAccount();
};

namespace {

// The example IBAN of every country of the SWIFT IBAN registry (a few countries have the older and the
// current example), plus GB82 WEST… and FR76 3000 6000… as printed in Wikipedia and many bank guides.
// Each was checked with an independent MOD 97-10 computation before being written here.
const char *const publishedExamples[] = {
    "AD12 0001 2030 2003 5910 0100",
    "AE07 0331 2345 6789 0123 456",
    "AL47 2121 1009 0000 0002 3569 8741",
    "AT61 1904 3002 3457 3201",
    "AZ21 NABZ 0000 0000 1370 1000 1944",
    "BA39 1290 0794 0102 8494",
    "BE68 5390 0754 7034",
    "BG80 BNBG 9661 1020 3456 78",
    "BH67 BMAG 0000 1299 1234 56",
    "BI42 1000 0100 0100 0033 2045 181",
    "BR97 0036 0305 0000 1000 9795 493P 1",
    "BR18 0036 0305 0000 1000 9795 493C 1",
    "BY13 NBRB 3600 9000 0000 2Z00 AB00",
    "CH93 0076 2011 6238 5295 7",
    "CR05 0152 0200 1026 2840 66",
    "CY17 0020 0128 0000 0012 0052 7600",
    "CZ65 0800 0000 1920 0014 5399",
    "DE89 3704 0044 0532 0130 00",
    "DJ21 0001 0000 0001 5400 0100 186",
    "DK50 0040 0440 1162 43",
    "DO28 BAGR 0000 0001 2124 5361 1324",
    "EE38 2200 2210 2014 5685",
    "EG38 0019 0005 0000 0000 2631 8000 2",
    "ES91 2100 0418 4502 0005 1332",
    "FI21 1234 5600 0007 85",
    "FK88 SC12 3456 7890 12",
    "FO62 6460 0001 6316 34",
    "FR14 2004 1010 0505 0001 3M02 606",
    "FR76 3000 6000 0112 3456 7890 189",
    "GB82 WEST 1234 5698 7654 32",
    "GB29 NWBK 6016 1331 9268 19",
    "GE29 NB00 0000 0101 9049 17",
    "GI75 NWBK 0000 0000 7099 453",
    "GL89 6471 0001 0002 06",
    "GR16 0110 1250 0000 0001 2300 695",
    "GT82 TRAJ 0102 0000 0012 1002 9690",
    "HN88 CABF 0000 0000 0002 5000 5469",
    "HR12 1001 0051 8630 0016 0",
    "HU42 1177 3016 1111 1018 0000 0000",
    "IE29 AIBK 9311 5212 3456 78",
    "IL62 0108 0000 0009 9999 999",
    "IQ98 NBIQ 8501 2345 6789 012",
    "IS14 0159 2600 7654 5510 7303 39",
    "IT60 X054 2811 1010 0000 0123 456",
    "JO94 CBJO 0010 0000 0000 0131 0003 02",
    "KW81 CBKU 0000 0000 0000 1234 5601 01",
    "KZ86 125K ZT50 0410 0100",
    "LB62 0999 0000 0001 0019 0122 9114",
    "LC55 HEMM 0001 0001 0012 0012 0002 3015",
    "LI21 0881 0000 2324 013A A",
    "LT12 1000 0111 0100 1000",
    "LU28 0019 4006 4475 0000",
    "LV80 BANK 0000 4351 9500 1",
    "LY83 0020 4800 0020 1001 2036 1",
    "MC58 1122 2000 0101 2345 6789 030",
    "MD24 AG00 0225 1000 1310 4168",
    "ME25 5050 0001 2345 6789 51",
    "MK07 2501 2000 0058 984",
    "MN12 1234 1234 5678 9123",
    "MR13 0002 0001 0100 0012 3456 753",
    "MT84 MALT 0110 0001 2345 MTLC AST0 01S",
    "MU17 BOMM 0101 1010 3030 0200 000M UR",
    "NI45 BAPR 0000 0013 0000 0355 8124",
    "NL91 ABNA 0417 1643 00",
    "NO93 8601 1117 947",
    "OM81 0180 0000 0129 9123 456",
    "PK36 SCBL 0000 0011 2345 6702",
    "PL61 1090 1014 0000 0712 1981 2874",
    "PS92 PALS 0000 0000 0400 1234 5670 2",
    "PT50 0002 0123 1234 5678 9015 4",
    "QA58 DOHB 0000 1234 5678 90AB CDEF G",
    "RO49 AAAA 1B31 0075 9384 0000",
    "RS35 2600 0560 1001 6113 79",
    "RU02 0445 2560 0407 0281 0412 3456 7890 1",
    "RU03 0445 2522 5408 1781 0538 0913 1041 9",
    "SA03 8000 0000 6080 1016 7519",
    "SC18 SSCB 1101 0000 0000 0000 1497 USD",
    "SD21 2901 0501 2340 01",
    "SE45 5000 0000 0583 9825 7466",
    "SI56 2633 0001 2039 086",
    "SK31 1200 0000 1987 4263 7541",
    "SM86 U032 2509 8000 0000 0270 100",
    "SO21 1000 0010 0100 0100 141",
    "ST23 0001 0001 0051 8453 1014 6",
    "SV62 CENR 0000 0000 0000 0070 0025",
    "TL38 0080 0123 4567 8910 157",
    "TN59 1000 6035 1835 9847 8831",
    "TR33 0006 1005 1978 6457 8413 26",
    "UA21 3223 1300 0002 6007 2335 6600 1",
    "VA59 0011 2300 0012 3456 78",
    "VG96 VPVG 0000 0123 4567 8901",
    "XK05 1212 0123 4567 8906",
    "YE15 CBYE 0001 0188 6123 4567 8912 34",
};

// The registry's IBAN lengths, typed again from the registry rather than copied from Iban.cpp.
const char registryLengths[] =
    "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 "
    "DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 "
    "GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 "
    "LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 "
    "PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 "
    "SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";

const QString noIban = QStringLiteral("No IBAN was entered. Type the IBAN shown on the bank details (RIB).");
const QString badCheckDigits = QStringLiteral("The IBAN's check digits do not match: a character was "
                                              "mistyped. Read it again from the bank details (RIB).");
const QString noCountry =
    QStringLiteral("An IBAN starts with two letters (the country) and two digits (the check digits), such as "
                   "FR76. Read it again from the bank details (RIB).");

QString illegalCharacter(const QString &shown)
{
    return QStringLiteral("The IBAN contains \"%1\", which is not a letter or a digit. Type only the letters "
                          "and digits shown on the bank details (RIB).")
        .arg(shown);
}

QString unknownCountry(const QString &code)
{
    return QStringLiteral(
               "\"%1\" is not the country code of an IBAN. Check the first two letters against the "
               "bank details (RIB).")
        .arg(code);
}

QString wrongLength(const QString &country, int expected, int typed)
{
    return QStringLiteral(
               "IBANs starting with %1 have %2 characters; the one typed has %3. Look for a missing "
               "or extra character on the bank details (RIB).")
        .arg(country)
        .arg(expected)
        .arg(typed);
}

const QString bicNeeded = QStringLiteral("An account whose IBAN starts with %1 also needs the bank's BIC (or "
                                         "SWIFT code) for a transfer. Type the BIC shown on the bank details "
                                         "(RIB).");

} // namespace

void TestIban::compact_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("printed") << QStringLiteral("FR76 3000 6000 0112 3456 7890 189")
                             << QStringLiteral("FR7630006000011234567890189");
    QTest::newRow("lower case, hyphens") << QStringLiteral("fr76-3000-6000-0112-3456-7890-189")
                                         << QStringLiteral("FR7630006000011234567890189");
    QTest::newRow("no-break spaces, tab") << QStringLiteral("FR76\u00A03000\u202F6000\t0112 3456 7890 189 ")
                                          << QStringLiteral("FR7630006000011234567890189");
    QTest::newRow("letters in the BBAN") << QStringLiteral("mt84 malt 0110 0001 2345 mtlc ast0 01s")
                                         << QStringLiteral("MT84MALT011000012345MTLCAST001S");
    QTest::newRow("other characters kept") << QStringLiteral("FR76/3000.ß") << QStringLiteral("FR76/3000.ß");
    QTest::newRow("empty") << QString() << QString();
}

void TestIban::compact()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Iban::compact(text), expected);
}

void TestIban::acceptsPublishedExamples_data()
{
    QTest::addColumn<QString>("printed");
    for (const char *iban : publishedExamples)
        QTest::newRow(iban) << QString::fromLatin1(iban);
}

void TestIban::acceptsPublishedExamples()
{
    QFETCH(QString, printed);
    const QString compact = Iban::compact(printed);
    const Result<QString> checked = Iban::check(printed);
    QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
    QCOMPARE(checked.value(), compact);
    QCOMPARE(Iban::grouped(compact), printed);
    // Typed the way clerks do: lower case, without spaces.
    QVERIFY(Iban::check(compact.toLower()).ok());
}

void TestIban::publishedExamplesCoverTheRegistry()
{
    QSet<QString> registry;
    for (const QString &entry : QString::fromLatin1(registryLengths).split(QLatin1Char(' ')))
        registry.insert(entry.left(2));
    QSet<QString> covered;
    for (const char *iban : publishedExamples)
        covered.insert(QString::fromLatin1(iban).left(2));
    QCOMPARE(registry.size(), 89);
    QCOMPARE(covered, registry);
}

void TestIban::registryLength_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("expected");
    for (const QString &entry : QString::fromLatin1(registryLengths).split(QLatin1Char(' ')))
        QTest::newRow(qPrintable(entry)) << entry.left(2) << entry.mid(2).toInt();
    // Not separate IBAN countries: overseas France uses FR, Åland FI, the Channel Islands GB.
    for (const char *code : {"GF", "GP", "MQ", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF",  "TF",
                             "AX", "JE", "GG", "IM", "US", "CA", "JP", "ZZ", "fr", "F",  "FRA", ""})
        QTest::addRow("not an IBAN country: \"%s\"", code) << QString::fromLatin1(code) << 0;
}

void TestIban::registryLength()
{
    QFETCH(QString, country);
    QFETCH(int, expected);
    QCOMPARE(Iban::length(country), expected);
}

void TestIban::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString() << noIban;
    QTest::newRow("only spaces") << QStringLiteral("  - ") << noIban;

    // One character changed, anywhere: always caught by MOD 97-10.
    QTest::newRow("GB last digit changed") << QStringLiteral("GB82 WEST 1234 5698 7654 33") << badCheckDigits;
    QTest::newRow("DE check digit changed")
        << QStringLiteral("DE88 3704 0044 0532 0130 00") << badCheckDigits;
    QTest::newRow("NL last digit changed") << QStringLiteral("NL91 ABNA 0417 1643 01") << badCheckDigits;
    QTest::newRow("FR letter changed")
        << QStringLiteral("FR14 2004 1010 0505 0001 3N02 606") << badCheckDigits;
    // Two adjacent characters swapped: also always caught.
    QTest::newRow("FR 89 swapped") << QStringLiteral("FR76 3000 6000 0112 3456 7980 189") << badCheckDigits;
    QTest::newRow("FR last two swapped")
        << QStringLiteral("FR76 3000 6000 0112 3456 7890 198") << badCheckDigits;
    QTest::newRow("CH 62 swapped") << QStringLiteral("CH93 0076 2011 2638 5295 7") << badCheckDigits;
    // 01, 00 and 99 pass MOD 97 exactly when 98, 97 and 02 do, yet are never issued (ISO 13616). The
    // twins with 98, 97 and 02 are accepted: see checkDigitTwinsAreAccepted.
    QTest::newRow("check digits 01") << QStringLiteral("FR0130006000011234567890181") << badCheckDigits;
    QTest::newRow("check digits 00") << QStringLiteral("FR0030006000011234567890102") << badCheckDigits;
    QTest::newRow("check digits 99") << QStringLiteral("FR9930006000011234567890163") << badCheckDigits;

    QTest::newRow("FR one character short")
        << QStringLiteral("FR76 3000 6000 0112 3456 7890 18") << wrongLength(QStringLiteral("FR"), 27, 26);
    QTest::newRow("DE one character extra")
        << QStringLiteral("DE89 3704 0044 0532 0130 000") << wrongLength(QStringLiteral("DE"), 22, 23);
    QTest::newRow("NO one character extra")
        << QStringLiteral("NO93 8601 1117 9470") << wrongLength(QStringLiteral("NO"), 15, 16);

    QTest::newRow("unknown country ZZ")
        << QStringLiteral("ZZ82 WEST 1234 5698 7654 32") << unknownCountry(QStringLiteral("ZZ"));
    QTest::newRow("Reunion is FR") << QStringLiteral("RE76 3000 6000 0112 3456 7890 189")
                                   << unknownCountry(QStringLiteral("RE"));
    QTest::newRow("US has no IBAN") << QStringLiteral("US12 3456 7890 1234")
                                    << unknownCountry(QStringLiteral("US"));

    QTest::newRow("country missing") << QStringLiteral("7630 0060 0011 2345 6789 0189") << noCountry;
    QTest::newRow("check digits missing")
        << QStringLiteral("FR30 0060 0011 2345 6789 0189") << wrongLength(QStringLiteral("FR"), 27, 24);
    QTest::newRow("letter for check digit")
        << QStringLiteral("FRA6 3000 6000 0112 3456 7890 189") << noCountry;
    QTest::newRow("too short for a country") << QStringLiteral("FR7") << noCountry;

    QTest::newRow("slashes") << QStringLiteral("FR76/3000/6000/0112/3456/7890/189")
                             << illegalCharacter(QStringLiteral("/"));
    QTest::newRow("accented letter") << QStringLiteral("FR76 3000 6000 0112 3456 7890 18é")
                                     << illegalCharacter(QStringLiteral("é"));
    QTest::newRow("sharp s not upper-cased to SS")
        << QStringLiteral("DE89 3704 0044 0532 0130 ß") << illegalCharacter(QStringLiteral("ß"));
    QTest::newRow("zero-width space") << QStringLiteral("FR76\u200B3000 6000 0112 3456 7890 189")
                                      << illegalCharacter(QStringLiteral("U+200B"));
    QTest::newRow("label pasted along")
        << QStringLiteral("IBAN: FR76 3000 6000 0112 3456 7890 189") << illegalCharacter(QStringLiteral(":"));
}

void TestIban::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Result<QString> checked = Iban::check(text);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().message, message);
    QVERIFY(checked.error().fields.isEmpty());
}

void TestIban::checkDigitTwinsAreAccepted_data()
{
    QTest::addColumn<QString>("iban");
    // Constructed, not published: the same BBANs as the 01, 00 and 99 rows of rejects_data().
    QTest::newRow("check digits 98") << QStringLiteral("FR9830006000011234567890181");
    QTest::newRow("check digits 97") << QStringLiteral("FR9730006000011234567890102");
    QTest::newRow("check digits 02") << QStringLiteral("FR0230006000011234567890163");
}

void TestIban::checkDigitTwinsAreAccepted()
{
    QFETCH(QString, iban);
    QVERIFY(Iban::check(iban).ok());
}

void TestIban::grouped_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<QString>("expected");
    QTest::newRow("FR, 27") << QStringLiteral("FR7630006000011234567890189")
                            << QStringLiteral("FR76 3000 6000 0112 3456 7890 189");
    QTest::newRow("BE, 16: no trailing space")
        << QStringLiteral("BE68539007547034") << QStringLiteral("BE68 5390 0754 7034");
    QTest::newRow("NO, 15") << QStringLiteral("NO9386011117947") << QStringLiteral("NO93 8601 1117 947");
    QTest::newRow("already grouped") << QStringLiteral("NO93 8601 1117 947")
                                     << QStringLiteral("NO93 8601 1117 947");
    QTest::newRow("empty") << QString() << QString();
}

void TestIban::grouped()
{
    QFETCH(QString, iban);
    QFETCH(QString, expected);
    QCOMPARE(Iban::grouped(iban), expected);
}

void TestIban::masked_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<QString>("expected");
    QTest::newRow("FR") << QStringLiteral("FR7630006000011234567890189")
                        << QStringLiteral("FR76 **** **** **** **** **** 189");
    QTest::newRow("NO") << QStringLiteral("NO9386011117947") << QStringLiteral("NO93 **** **** 947");
    QTest::newRow("BE") << QStringLiteral("BE68539007547034") << QStringLiteral("BE68 **** **** *034");
    QTest::newRow("GB") << QStringLiteral("GB82WEST12345698765432")
                        << QStringLiteral("GB82 **** **** **** ***4 32");
    QTest::newRow("MT, letters") << QStringLiteral("MT84MALT011000012345MTLCAST001S")
                                 << QStringLiteral("MT84 **** **** **** **** **** **** 01S");
    QTest::newRow("printed input") << QStringLiteral("FR76 3000 6000 0112 3456 7890 189")
                                   << QStringLiteral("FR76 **** **** **** **** **** 189");
}

void TestIban::masked()
{
    QFETCH(QString, iban);
    QFETCH(QString, expected);
    QCOMPARE(Iban::masked(iban), expected);
}

void TestIban::isSepa_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<bool>("expected");
    QTest::newRow("FR") << QStringLiteral("FR7630006000011234567890189") << true;
    QTest::newRow("DE") << QStringLiteral("DE89370400440532013000") << true;
    QTest::newRow("NO, EEA") << QStringLiteral("NO9386011117947") << true;
    QTest::newRow("CH") << QStringLiteral("CH9300762011623852957") << true;
    QTest::newRow("GB") << QStringLiteral("GB82WEST12345698765432") << true;
    QTest::newRow("MC") << QStringLiteral("MC5811222000010123456789030") << true;
    QTest::newRow("GI") << QStringLiteral("GI75NWBK000000007099453") << true;
    QTest::newRow("AD") << QStringLiteral("AD1200012030200359100100") << true;
    QTest::newRow("AL, admitted 2024") << QStringLiteral("AL47212110090000000235698741") << true;
    QTest::newRow("BR") << QStringLiteral("BR1800360305000010009795493C1") << false;
    QTest::newRow("SA") << QStringLiteral("SA0380000000608010167519") << false;
    QTest::newRow("TR") << QStringLiteral("TR330006100519786457841326") << false;
    QTest::newRow("FO, Danish but not EEA") << QStringLiteral("FO6264600001631634") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIban::isSepa()
{
    QFETCH(QString, iban);
    QFETCH(bool, expected);
    QCOMPARE(Iban::isSepa(iban), expected);
}

void TestIban::bicRequired_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<bool>("expected");
    QTest::newRow("FR") << QStringLiteral("FR7630006000011234567890189") << false;
    QTest::newRow("DE") << QStringLiteral("DE89370400440532013000") << false;
    QTest::newRow("IS") << QStringLiteral("IS140159260076545510730339") << false;
    QTest::newRow("LI") << QStringLiteral("LI21088100002324013AA") << false;
    QTest::newRow("CH, SEPA outside the EEA") << QStringLiteral("CH9300762011623852957") << true;
    QTest::newRow("GB, SEPA outside the EEA") << QStringLiteral("GB82WEST12345698765432") << true;
    QTest::newRow("MC, SEPA outside the EEA") << QStringLiteral("MC5811222000010123456789030") << true;
    QTest::newRow("BR") << QStringLiteral("BR1800360305000010009795493C1") << true;
    QTest::newRow("SA") << QStringLiteral("SA0380000000608010167519") << true;
}

void TestIban::bicRequired()
{
    QFETCH(QString, iban);
    QFETCH(bool, expected);
    QCOMPARE(Iban::bicRequired(iban), expected);
}

void TestIban::checkBicAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("BNPAFRPP") << QStringLiteral("BNPAFRPP") << QStringLiteral("BNPAFRPP");
    QTest::newRow("BNPAFRPPXXX") << QStringLiteral("BNPAFRPPXXX") << QStringLiteral("BNPAFRPPXXX");
    QTest::newRow("DEUTDEFF500") << QStringLiteral("DEUTDEFF500") << QStringLiteral("DEUTDEFF500");
    QTest::newRow("lower case") << QStringLiteral("bnpafrpp") << QStringLiteral("BNPAFRPP");
    QTest::newRow("printed with spaces")
        << QStringLiteral(" BNPA FR PP XXX ") << QStringLiteral("BNPAFRPPXXX");
    QTest::newRow("digits in branch") << QStringLiteral("CEPAFRPP751") << QStringLiteral("CEPAFRPP751");
    QTest::newRow("country RE") << QStringLiteral("BFCORERXXXX") << QStringLiteral("BFCORERXXXX");
    QTest::newRow("country XK") << QStringLiteral("RBKOXKPR") << QStringLiteral("RBKOXKPR");
}

void TestIban::checkBicAccepts()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Result<QString> checked = Iban::checkBic(text);
    QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
    QCOMPARE(checked.value(), expected);
}

void TestIban::checkBicRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString length = QStringLiteral(
        "A BIC has 8 or 11 characters; the one typed has %1. Read it again from the bank details (RIB).");
    QTest::newRow("empty") << QString()
                           << QStringLiteral(
                                  "No BIC was entered. Type the BIC (or SWIFT code) shown on the bank "
                                  "details (RIB).");
    QTest::newRow("9 characters") << QStringLiteral("BNPAFRPPX") << length.arg(9);
    QTest::newRow("7 characters") << QStringLiteral("BNPAFRP") << length.arg(7);
    QTest::newRow("12 characters") << QStringLiteral("BNPAFRPPXXXX") << length.arg(12);
    QTest::newRow("digit in bank code")
        << QStringLiteral("BNP1FRPP")
        << QStringLiteral(
               "A BIC starts with four letters (the bank), not \"BNP1\". Read it again from the bank "
               "details (RIB).");
    QTest::newRow("unknown country ZZ")
        << QStringLiteral("BNPAZZPP")
        << QStringLiteral(
               "The 5th and 6th characters of a BIC are a country code, which \"ZZ\" is not. Read it "
               "again from the bank details (RIB).");
    QTest::newRow("digits for country")
        << QStringLiteral("DEUT12FF")
        << QStringLiteral(
               "The 5th and 6th characters of a BIC are a country code, which \"12\" is not. Read it "
               "again from the bank details (RIB).");
    QTest::newRow("dot") << QStringLiteral("BNPA.FRPP")
                         << QStringLiteral(
                                "The BIC contains \".\", which is not a letter or a digit. Type only "
                                "the letters and digits shown on the bank details (RIB).");
}

void TestIban::checkBicRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Result<QString> checked = Iban::checkBic(text);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().message, message);
}

void TestIban::checkAccount_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<QString>("bic");
    QTest::addColumn<QString>("expectedIban"); // empty when refused
    QTest::addColumn<QString>("expectedBic");
    QTest::addColumn<QString>("message"); // empty when accepted

    const QString fr = QStringLiteral("FR76 3000 6000 0112 3456 7890 189");
    const QString frCompact = QStringLiteral("FR7630006000011234567890189");
    const QString br = QStringLiteral("BR18 0036 0305 0000 1000 9795 493C 1");
    const QString brCompact = QStringLiteral("BR1800360305000010009795493C1");

    QTest::newRow("FR without BIC") << fr << QString() << frCompact << QString() << QString();
    QTest::newRow("FR, blank BIC") << fr << QStringLiteral("  ") << frCompact << QString() << QString();
    QTest::newRow("FR with BIC, compacted")
        << fr << QStringLiteral("bnpa fr pp") << frCompact << QStringLiteral("BNPAFRPP") << QString();
    QTest::newRow("DE without BIC") << QStringLiteral("DE89 3704 0044 0532 0130 00") << QString()
                                    << QStringLiteral("DE89370400440532013000") << QString() << QString();
    QTest::newRow("FR with invalid BIC")
        << fr << QStringLiteral("BNPAFRPPX") << QString() << QString()
        << QStringLiteral(
               "A BIC has 8 or 11 characters; the one typed has 9. Read it again from the bank details "
               "(RIB).");
    QTest::newRow("BR without BIC") << br << QString() << QString() << QString()
                                    << bicNeeded.arg(QStringLiteral("BR"));
    QTest::newRow("BR with BIC") << br << QStringLiteral("BRASBRRJBHE") << brCompact
                                 << QStringLiteral("BRASBRRJBHE") << QString();
    QTest::newRow("CH without BIC") << QStringLiteral("CH93 0076 2011 6238 5295 7") << QString() << QString()
                                    << QString() << bicNeeded.arg(QStringLiteral("CH"));
    QTest::newRow("invalid IBAN, valid BIC")
        << QStringLiteral("FR76 3000 6000 0112 3456 7890 18") << QStringLiteral("BNPAFRPP") << QString()
        << QString() << wrongLength(QStringLiteral("FR"), 27, 26);
    QTest::newRow("invalid IBAN, no BIC") << QString() << QString() << QString() << QString() << noIban;
}

void TestIban::checkAccount()
{
    QFETCH(QString, iban);
    QFETCH(QString, bic);
    QFETCH(QString, expectedIban);
    QFETCH(QString, expectedBic);
    QFETCH(QString, message);
    const Result<std::pair<QString, QString>> checked = Iban::checkAccount(iban, bic);
    if (message.isEmpty()) {
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
        QCOMPARE(checked.value().first, expectedIban);
        QCOMPARE(checked.value().second, expectedBic);
    } else {
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().message, message);
    }
}

} // namespace guichet

QTEST_APPLESS_MAIN(guichet::TestIban)
#include "tst_iban.moc"
