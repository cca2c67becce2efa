// FamilyService: accounts, numbering, field validation (nothing written on refusal), names that
// round-trip exactly, the single payer, shared custody, duplicate INE, workflow and history.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "commune/ReferenceData.h"
#include "family/AuditTrail.h"
#include "family/FamilyService.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>

namespace guichet {

using test::FamilyBuilder;
using test::must;
using test::TestDatabase;

namespace {

// Row counts of every table a family action may write to.
QMap<QString, int> rowCounts(Database &db)
{
    QMap<QString, int> counts;
    for (const char *table :
         {"household", "guardian", "child", "household_child", "child_diet", "trusted_person",
          "emergency_contact", "audit_entry", "household_search", "school"}) {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next())
            counts.insert(QLatin1String(table), q.value(0).toInt());
        else
            counts.insert(QLatin1String(table), -1);
    }
    return counts;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

NewAccount account(const QString &lastName = QStringLiteral("Lefèvre"),
                   const QString &postalCode = QStringLiteral("62500"))
{
    return NewAccount{
        lastName, QStringLiteral("Marie"), QStringLiteral("marie.lefevre@example.fr"), postalCode, true,
        true};
}

Child child(const QString &firstName, const QString &lastName, const QString &ine = {})
{
    Child c;
    c.firstName = firstName;
    c.lastName = lastName;
    c.birthDate = QDate(2018, 5, 14);
    c.sex = QStringLiteral("F");
    c.classLevel = QStringLiteral("CE1");
    c.ine = ine;
    return c;
}

QStringList sortedKeys(const Error &error)
{
    QStringList keys = error.fields.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestFamilyService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAccount_data();
    void createAccount();
    void fileNumbersHaveNoGaps();
    void invalidFieldWritesNothing_data();
    void invalidFieldWritesNothing();
    void invalidUpdateLeavesRowUnchanged();
    void unreadableCommuneSettingsWriteNothing();
    void staleVersionIsRefused();
    void namesRoundTrip_data();
    void namesRoundTrip();
    void phonesAreNormalized_data();
    void phonesAreNormalized();
    void exactlyOnePayer();
    void sharedCustody();
    void duplicateIneIsRefused();
    void classLevelMatchesTheSchool();
    void validationListsWhatIsMissing();
    void returnAndResubmit();
    void historyRecordsWhoWhenWhat();
};

void TestFamilyService::createAccount_data()
{
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<bool>("resident");
    QTest::newRow("Saint-Omer 62500 is resident") << QStringLiteral("62500") << true;
    QTest::newRow("Lille 59000 is not") << QStringLiteral("59000") << false;
    QTest::newRow("Arques 62510 is not") << QStringLiteral("62510") << false;
    QTest::newRow("spaces around 62500") << QStringLiteral(" 62500 ") << true;
}

void TestFamilyService::createAccount()
{
    QFETCH(QString, postalCode);
    QFETCH(bool, resident);
    TestDatabase t;
    FamilyService &service = t.session().family();
    NewAccount a = account(QStringLiteral("  Lefèvre "), postalCode);
    a.email = QStringLiteral(" marie.lefevre@example.fr ");
    const auto created = service.createAccount(a);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));

    const auto loaded = service.load(created.value());
    QVERIFY(loaded.ok());
    const FamilyFile &file = loaded.value();
    const Household &h = file.household;
    QCOMPARE(h.id, created.value());
    QCOMPARE(h.fileNumber, QStringLiteral("SO1-1"));
    QCOMPARE(h.name, QStringLiteral("Lefèvre"));
    QCOMPARE(h.email, QStringLiteral("marie.lefevre@example.fr"));
    QCOMPARE(h.postalCode, postalCode.trimmed());
    QCOMPARE(h.resident, resident);
    QCOMPARE(h.termsVersion, QStringLiteral("2026-1"));
    QCOMPARE(h.rulesVersion, QStringLiteral("2026-1"));
    QCOMPARE(h.termsAcceptedAt, t.clock().nowUtc());
    QCOMPARE(h.rulesAcceptedAt, t.clock().nowUtc());
    QCOMPARE(h.termsAcceptedAt, QDateTime(QDate(2026, 9, 1), QTime(6, 30), Qt::UTC));
    QCOMPARE(h.status, FileStatus::Draft);
    QCOMPARE(h.returnReason, QString());
    QCOMPARE(h.version, 1);
    QCOMPARE(h.uuid.size(), 36);
    QCOMPARE(h.uuid.at(14), QLatin1Char('7'));

    QCOMPARE(file.guardians.size(), qsizetype(1));
    const Guardian *payer = file.payer();
    QVERIFY(payer);
    QCOMPARE(payer->lastName, QStringLiteral("Lefèvre"));
    QCOMPARE(payer->firstName, QStringLiteral("Marie"));
    QCOMPARE(payer->email, QStringLiteral("marie.lefevre@example.fr"));
    QCOMPARE(payer->postalCode, postalCode.trimmed());
    QVERIFY(payer->isPayer);
    QVERIFY(file.children.isEmpty());

    // Every row carries this counter's site.
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT origin_site FROM household")).toString(), t.db().siteId());
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT origin_site FROM guardian")).toString(), t.db().siteId());
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT created_at FROM household")).toString(),
             QStringLiteral("2026-09-01T06:30:00.000Z"));
}

void TestFamilyService::fileNumbersHaveNoGaps()
{
    TestDatabase t;
    FamilyService &service = t.session().family();
    QStringList numbers;
    auto create = [&](const QString &name) {
        const auto id = service.createAccount(account(name));
        if (id.ok())
            numbers += service.load(id.value()).value().household.fileNumber;
        return id.ok();
    };
    QVERIFY(create(QStringLiteral("Lefèvre")));
    QVERIFY(create(QStringLiteral("Noël")));
    NewAccount refused = account(QStringLiteral("Refusé"));
    refused.postalCode = QStringLiteral("6250");
    QVERIFY(!service.createAccount(refused).ok()); // a refusal does not consume a number
    QVERIFY(create(QStringLiteral("N'Diaye")));
    QCOMPARE(numbers,
             (QStringList{QStringLiteral("SO1-1"), QStringLiteral("SO1-2"), QStringLiteral("SO1-3")}));

    t.reopen();
    FamilyService &again = t.session().family();
    const auto fourth = again.createAccount(account(QStringLiteral("Dupont-Moreau")));
    QVERIFY(fourth.ok());
    QCOMPARE(again.load(fourth.value()).value().household.fileNumber, QStringLiteral("SO1-4"));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT group_concat(file_number) FROM (SELECT file_number FROM "
                                           "household ORDER BY id)"))
                 .toString(),
             QStringLiteral("SO1-1,SO1-2,SO1-3,SO1-4"));
}

void TestFamilyService::invalidFieldWritesNothing_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedField");

    // One row: what is saved, the field given a wrong value, that value, the field the error names.
    auto row = [](const char *name, const char *target, const char *field, const QString &value,
                  const char *expectedField) {
        QTest::newRow(name) << QString::fromLatin1(target) << QString::fromLatin1(field) << value
                            << QString::fromLatin1(expectedField);
    };
    row("account: email without domain", "account", "email", QStringLiteral("marie@"), "email");
    row("account: email with space", "account", "email", QStringLiteral("marie lefevre@example.fr"), "email");
    row("account: postal code 4 digits", "account", "postalCode", QStringLiteral("6250"), "postalCode");
    row("account: postal code 99000", "account", "postalCode", QStringLiteral("99000"), "postalCode");
    row("account: postal code letters", "account", "postalCode", QStringLiteral("ABCDE"), "postalCode");
    row("account: no last name", "account", "lastName", QStringLiteral(" "), "lastName");
    row("account: last name 201 chars", "account", "lastName", QString(201, QLatin1Char('x')), "lastName");
    row("account: terms refused", "account", "terms", QStringLiteral("false"), "terms");
    row("account: rules refused", "account", "rules", QStringLiteral("false"), "rules");

    row("guardian: mobile too short", "guardian", "phoneMobile", QStringLiteral("12345"), "phoneMobile");
    row("guardian: home 8 digits", "guardian", "phoneHome", QStringLiteral("06 12 34 56"), "phoneHome");
    row("guardian: work letters", "guardian", "phoneWork", QStringLiteral("abcdefghij"), "phoneWork");
    row("guardian: email no dot", "guardian", "email", QStringLiteral("paul@localhost"), "email");
    row("guardian: postal code", "guardian", "postalCode", QStringLiteral("1234"), "postalCode");
    row("guardian: civility", "guardian", "civility", QStringLiteral("Dr"), "civility");
    row("guardian: first name 201 chars", "guardian", "firstName", QString(201, QChar(u'é')), "firstName");
    row("guardian: quotient without proof", "guardian", "quotient", QStringLiteral("640"),
        "quotientProofDate");
    row("guardian: proof in the future", "guardian", "quotientProofDate", QStringLiteral("2026-09-02"),
        "quotientProofDate");

    row("child: INE too short", "child", "ine", QStringLiteral("123"), "ine");
    row("child: INE without final letter", "child", "ine", QStringLiteral("12345678901"), "ine");
    row("child: INE with symbol", "child", "ine", QStringLiteral("12345-7890A"), "ine");
    row("child: birth date in the future", "child", "birthDate", QStringLiteral("2027-01-15"), "birthDate");
    row("child: birth date tomorrow", "child", "birthDate", QStringLiteral("2026-09-02"), "birthDate");
    row("child: absurd birth date 1900", "child", "birthDate", QStringLiteral("1900-01-01"), "birthDate");
    row("child: three months old", "child", "birthDate", QStringLiteral("2026-06-01"), "birthDate");
    row("child: no birth date", "child", "birthDate", QStringLiteral(""), "birthDate");
    row("child: sex", "child", "sex", QStringLiteral("X"), "sex");
    row("child: class level", "child", "classLevel", QStringLiteral("6e"), "classLevel");
    row("child: no first name", "child", "firstName", QStringLiteral(""), "firstName");
    row("child: PAI without details", "child", "carePlan", QStringLiteral(""), "carePlanDetails");
    row("child: contact without phone", "child", "emergencyContact", QStringLiteral(""), "emergencyContacts");
    row("child: trusted person bad phone", "child", "trustedPerson", QStringLiteral("0612"),
        "trustedPersons");
    // These two are refused inside the transaction, after the child row was inserted: rolled back.
    row("child: unknown diet", "child", "diets", QStringLiteral("halal"), "diets");
    row("child: unknown school", "child", "schoolId", QStringLiteral("4242"), "school");
}

void TestFamilyService::invalidFieldWritesNothing()
{
    QFETCH(QString, target);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedField);

    TestDatabase t;
    const auto family = FamilyBuilder(t.session()).build();
    FamilyService &service = t.session().family();
    const QMap<QString, int> before = rowCounts(t.db());
    const QString householdBefore =
        scalar(t.db(), QStringLiteral("SELECT name || email || postal_code || version FROM household"))
            .toString();

    Error error;
    if (target == QLatin1String("account")) {
        NewAccount a = account(QStringLiteral("Noël"));
        if (field == QLatin1String("email"))
            a.email = value;
        else if (field == QLatin1String("postalCode"))
            a.postalCode = value;
        else if (field == QLatin1String("lastName"))
            a.payerLastName = value;
        else if (field == QLatin1String("terms"))
            a.acceptsTerms = false;
        else if (field == QLatin1String("rules"))
            a.acceptsRules = false;
        const auto r = service.createAccount(a);
        QVERIFY(!r.ok());
        error = r.error();
    } else if (target == QLatin1String("guardian")) {
        Guardian g;
        g.lastName = QStringLiteral("Lefèvre");
        g.firstName = QStringLiteral("Paul");
        if (field == QLatin1String("phoneMobile"))
            g.phoneMobile = value;
        else if (field == QLatin1String("phoneHome"))
            g.phoneHome = value;
        else if (field == QLatin1String("phoneWork"))
            g.phoneWork = value;
        else if (field == QLatin1String("email"))
            g.email = value;
        else if (field == QLatin1String("postalCode"))
            g.postalCode = value;
        else if (field == QLatin1String("civility"))
            g.civility = value;
        else if (field == QLatin1String("firstName"))
            g.firstName = value;
        else if (field == QLatin1String("quotient"))
            g.quotient = value.toInt();
        else if (field == QLatin1String("quotientProofDate"))
            g.quotientProofDate = QDate::fromString(value, Qt::ISODate);
        const auto r = service.saveGuardian(family.householdId, g);
        QVERIFY(!r.ok());
        error = r.error();
    } else {
        Child c = child(QStringLiteral("Léa"), QStringLiteral("Lefèvre"), QStringLiteral("1234567890A"));
        c.emergencyContacts += EmergencyContact{{}, family.payerId, {}, {}, {}, {}};
        c.diets += QStringLiteral("vegetarian");
        if (field == QLatin1String("ine"))
            c.ine = value;
        else if (field == QLatin1String("birthDate"))
            c.birthDate = QDate::fromString(value, Qt::ISODate);
        else if (field == QLatin1String("sex"))
            c.sex = value;
        else if (field == QLatin1String("classLevel"))
            c.classLevel = value;
        else if (field == QLatin1String("firstName"))
            c.firstName = value;
        else if (field == QLatin1String("carePlan"))
            c.hasCarePlan = true;
        else if (field == QLatin1String("emergencyContact"))
            c.emergencyContacts +=
                EmergencyContact{{}, 0, QStringLiteral("Voisine"), QStringLiteral("Anne"), value, {}};
        else if (field == QLatin1String("trustedPerson"))
            c.trustedPersons +=
                TrustedPerson{{}, QStringLiteral("Voisine"), QStringLiteral("Anne"), value, {}};
        else if (field == QLatin1String("diets"))
            c.diets += value;
        else if (field == QLatin1String("schoolId"))
            c.schoolId = value.toLongLong();
        const auto r = service.saveChild(family.householdId, c);
        QVERIFY(!r.ok());
        error = r.error();
    }

    QCOMPARE(sortedKeys(error), QStringList{expectedField});
    QVERIFY(!error.fields.value(expectedField).isEmpty());
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(t.db().transactionDepth(), 0);
    QCOMPARE(rowCounts(t.db()), before);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT name || email || postal_code || version FROM household"))
                 .toString(),
             householdBefore);
}

void TestFamilyService::invalidUpdateLeavesRowUnchanged()
{
    TestDatabase t;
    const auto family = FamilyBuilder(t.session()).build();
    FamilyService &service = t.session().family();
    Guardian payer = *service.load(family.householdId).value().payer();
    const QMap<QString, int> before = rowCounts(t.db());

    payer.lastName = QStringLiteral("Lefèvre-Martin");
    payer.phoneMobile = QStringLiteral("06 12");
    payer.email = QStringLiteral("not an email");
    const auto r = service.saveGuardian(family.householdId, payer);
    QVERIFY(!r.ok());
    QCOMPARE(sortedKeys(r.error()), (QStringList{QStringLiteral("email"), QStringLiteral("phoneMobile")}));
    QCOMPARE(r.error().message, QStringLiteral("2 fields need correcting; nothing was saved."));

    const Guardian stored = *service.load(family.householdId).value().payer();
    QCOMPARE(stored.lastName, QStringLiteral("Lefèvre"));
    QCOMPARE(stored.phoneMobile, QStringLiteral("06 12 34 56 78"));
    QCOMPARE(stored.email, QStringLiteral("marie.lefevre@example.fr"));
    QCOMPARE(rowCounts(t.db()), before);

    Household h = service.load(family.householdId).value().household;
    h.postalCode = QStringLiteral("625");
    const Status s = service.updateHousehold(h);
    QVERIFY(!s.ok());
    QCOMPARE(sortedKeys(s.error()), QStringList{QStringLiteral("postalCode")});
    QCOMPARE(service.load(family.householdId).value().household.postalCode, QStringLiteral("62500"));
    QCOMPARE(rowCounts(t.db()), before);
}

// The commune's postal codes and versions cannot be read (a damaged or half-upgraded file): the account
// is not created with resident = 0 and empty versions, nor a file silently made non-resident.
void TestFamilyService::unreadableCommuneSettingsWriteNothing()
{
    TestDatabase t;
    const auto family = FamilyBuilder(t.session()).build();
    FamilyService &service = t.session().family();
    Household h = service.load(family.householdId).value().household;
    QVERIFY(h.resident);
    const QMap<QString, int> before = rowCounts(t.db());
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE commune_setting RENAME TO commune_setting_away")));

    const QString refused = QStringLiteral(
        "The database refused the operation; nothing was saved. Try again, and if it happens again send the "
        "program's log to your IT support.");
    const auto created = service.createAccount(account(QStringLiteral("Durand")));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().message, refused);

    h.name = QStringLiteral("Lefèvre-Martin");
    const Status updated = service.updateHousehold(h);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().message, refused);

    const Status accepted = service.acceptTermsAndRules(family.householdId, true, true);
    QVERIFY(!accepted.ok());
    QCOMPARE(accepted.error().message, refused);
    QVERIFY(!service.missingForValidation(family.householdId).ok());

    QVERIFY(q.exec(QStringLiteral("ALTER TABLE commune_setting_away RENAME TO commune_setting")));
    const Household stored = service.load(family.householdId).value().household;
    QCOMPARE(stored.name, QStringLiteral("Lefèvre"));
    QVERIFY(stored.resident);
    QCOMPARE(stored.version, h.version);
    QCOMPARE(rowCounts(t.db()), before);
}

void TestFamilyService::staleVersionIsRefused()
{
    TestDatabase t;
    const auto family = FamilyBuilder(t.session()).build();
    FamilyService &service = t.session().family();
    Guardian first = *service.load(family.householdId).value().payer();
    Guardian second = first; // the same file open in another window
    first.city = QStringLiteral("Saint-Omer");
    QVERIFY(service.saveGuardian(family.householdId, first).ok());
    const QMap<QString, int> before = rowCounts(t.db());
    second.city = QStringLiteral("Arques");
    const auto r = service.saveGuardian(family.householdId, second);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("changed meanwhile")), qPrintable(r.error().message));
    QCOMPARE(service.load(family.householdId).value().payer()->city, QStringLiteral("Saint-Omer"));
    QCOMPARE(rowCounts(t.db()), before);
}

void TestFamilyService::namesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("accents") << QStringLiteral("Éloïse-Anaïs Lefèvre");
    QTest::newRow("apostrophe") << QStringLiteral("D'Hondt");
    QTest::newRow("typographic apostrophe") << QStringLiteral("N’Diaye");
    QTest::newRow("hyphen") << QStringLiteral("Dupont-Moreau");
    QTest::newRow("ligature") << QStringLiteral("Lecœur");
    QTest::newRow("space inside") << QStringLiteral("Da Silva");
    QTest::newRow("200 characters") << QStringLiteral("Abcdéèêëà").repeated(22) + QStringLiteral("xy");
    QTest::newRow("emoji") << QStringLiteral("Léa 🌟 Noël");
    QTest::newRow("non-Latin scripts") << QStringLiteral("王芳 بن سعيد Ωμέγα");
    QTest::newRow("SQL quote and semicolon") << QStringLiteral("O'Neill'; DROP TABLE child; --");
    QTest::newRow("decomposed accent") << (QStringLiteral("Lefe") + QChar(0x0300) + QStringLiteral("vre"));
}

void TestFamilyService::namesRoundTrip()
{
    QFETCH(QString, name);
    QVERIFY(name.size() <= 200);
    TestDatabase t;
    FamilyService &service = t.session().family();
    const auto id = service.createAccount(NewAccount{name, name, {}, QStringLiteral("62500"), true, true});
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    const qint64 householdId = id.value();

    Guardian g;
    g.lastName = name;
    g.firstName = name;
    g.relationship = name;
    g.phoneMobile = QStringLiteral("06 00 00 00 02"); // an emergency contact has a phone
    const auto guardianId = service.saveGuardian(householdId, g);
    QVERIFY(guardianId.ok());
    Child c = child(name, name);
    c.allergies = name;
    c.trustedPersons += TrustedPerson{{}, name, name, QStringLiteral("06 00 00 00 01"), name};
    c.emergencyContacts += EmergencyContact{{}, guardianId.value(), {}, {}, {}, {}};
    const auto childId = service.saveChild(householdId, c);
    QVERIFY(childId.ok());

    for (int pass = 0; pass < 2; ++pass) {
        if (pass == 1)
            t.reopen(); // what was committed, read back from the file
        FamilyService &reader = t.session().family();
        const auto file = reader.load(householdId);
        QVERIFY(file.ok());
        QCOMPARE(file.value().household.name, name);
        QCOMPARE(file.value().guardians.size(), qsizetype(2));
        QCOMPARE(file.value().guardians.at(0).lastName, name); // the payer
        QCOMPARE(file.value().guardians.at(0).firstName, name);
        QCOMPARE(file.value().guardians.at(1).id, guardianId.value());
        QCOMPARE(file.value().guardians.at(1).lastName, name);
        QCOMPARE(file.value().guardians.at(1).firstName, name);
        QCOMPARE(file.value().guardians.at(1).relationship, name);
        QCOMPARE(file.value().children.size(), qsizetype(1));
        const Child &loaded = file.value().children.at(0);
        QCOMPARE(loaded.firstName, name);
        QCOMPARE(loaded.lastName, name);
        QCOMPARE(loaded.allergies, name);
        QCOMPARE(loaded.trustedPersons.size(), qsizetype(1));
        QCOMPARE(loaded.trustedPersons.at(0).lastName, name);
        QCOMPARE(loaded.trustedPersons.at(0).relationship, name);
        QCOMPARE(loaded.emergencyContacts.size(), qsizetype(1));
        QCOMPARE(loaded.emergencyContacts.at(0).lastName, name);
        QCOMPARE(loaded.fullName(), name + QLatin1Char(' ') + name);
    }
}

void TestFamilyService::phonesAreNormalized_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("digits only") << QStringLiteral("0798765432") << QStringLiteral("07 98 76 54 32");
    QTest::newRow("dots") << QStringLiteral("07.98.76.54.32") << QStringLiteral("07 98 76 54 32");
    QTest::newRow("dashes") << QStringLiteral("07-98-76-54-32") << QStringLiteral("07 98 76 54 32");
    QTest::newRow("+33") << QStringLiteral("+33 7 98 76 54 32") << QStringLiteral("07 98 76 54 32");
    QTest::newRow("Belgian kept") << QStringLiteral(" +32 470 12 34 56 ")
                                  << QStringLiteral("+32 470 12 34 56");
}

void TestFamilyService::phonesAreNormalized()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    TestDatabase t;
    const auto family = FamilyBuilder(t.session()).build();
    FamilyService &service = t.session().family();
    Guardian payer = *service.load(family.householdId).value().payer();
    payer.phoneHome = typed;
    QVERIFY(service.saveGuardian(family.householdId, payer).ok());
    QCOMPARE(service.load(family.householdId).value().payer()->phoneHome, stored);
}

void TestFamilyService::exactlyOnePayer()
{
    TestDatabase t;
    const auto family = FamilyBuilder(t.session()).build();
    FamilyService &service = t.session().family();
    auto payerCount = [&] {
        return scalar(t.db(),
                      QStringLiteral("SELECT count(*) FROM guardian WHERE is_payer = 1 AND household_id = %1")
                          .arg(family.householdId))
            .toInt();
    };

    Guardian paul;
    paul.lastName = QStringLiteral("Lefèvre");
    paul.firstName = QStringLiteral("Paul");
    const auto paulId = service.saveGuardian(family.householdId, paul);
    QVERIFY(paulId.ok());
    auto file = service.load(family.householdId).value();
    QCOMPARE(file.guardians.size(), qsizetype(2));
    QCOMPARE(file.payer()->id, family.payerId);
    QCOMPARE(payerCount(), 1);

    // setPayer switches it.
    QVERIFY(service.setPayer(family.householdId, paulId.value()).ok());
    file = service.load(family.householdId).value();
    QCOMPARE(file.payer()->id, paulId.value());
    QCOMPARE(file.payer()->firstName, QStringLiteral("Paul"));
    QCOMPARE(payerCount(), 1);
    QCOMPARE(file.guardians.at(1).id, family.payerId);
    QVERIFY(!file.guardians.at(1).isPayer);

    // Saving the payer as not paying is refused: the household would have none.
    Guardian payer = *file.payer();
    payer.isPayer = false;
    payer.city = QStringLiteral("Arques");
    const auto refused = service.saveGuardian(family.householdId, payer);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("one payer")),
             qPrintable(refused.error().message));
    file = service.load(family.householdId).value();
    QCOMPARE(file.payer()->id, paulId.value());
    QCOMPARE(file.payer()->city, QString());
    QCOMPARE(payerCount(), 1);

    // The payer cannot be removed.
    const Status removePayer = service.removeGuardian(family.householdId, paulId.value());
    QVERIFY(!removePayer.ok());
    QVERIFY2(removePayer.error().message.contains(QStringLiteral("is the payer")),
             qPrintable(removePayer.error().message));
    QCOMPARE(service.load(family.householdId).value().guardians.size(), qsizetype(2));

    // A new guardian saved as payer takes over.
    Guardian anne;
    anne.lastName = QStringLiteral("Martin");
    anne.firstName = QStringLiteral("Anne");
    anne.isPayer = true;
    const auto anneId = service.saveGuardian(family.householdId, anne);
    QVERIFY(anneId.ok());
    QCOMPARE(service.load(family.householdId).value().payer()->id, anneId.value());
    QCOMPARE(payerCount(), 1);

    // A guardian who does not pay can be removed.
    QVERIFY(service.removeGuardian(family.householdId, family.payerId).ok());
    file = service.load(family.householdId).value();
    QCOMPARE(file.guardians.size(), qsizetype(2));
    QCOMPARE(file.payer()->id, anneId.value());

    // setPayer of a guardian of another household is refused.
    const auto other =
        FamilyBuilder(t.session()).payer(QStringLiteral("Noël"), QStringLiteral("Jérôme")).build();
    QVERIFY(!service.setPayer(family.householdId, other.payerId).ok());
    QCOMPARE(service.load(family.householdId).value().payer()->id, anneId.value());
    QCOMPARE(service.load(other.householdId).value().payer()->id, other.payerId);
}

void TestFamilyService::sharedCustody()
{
    TestDatabase t;
    const auto mother = FamilyBuilder(t.session())
                            .child(QStringLiteral("Léa"), QDate(2018, 5, 14), QStringLiteral("CE1"),
                                   QStringLiteral("1234567890A"))
                            .build();
    const auto father =
        FamilyBuilder(t.session()).payer(QStringLiteral("Martin"), QStringLiteral("Paul")).build();
    FamilyService &service = t.session().family();
    const qint64 lea = mother.childIds.at(0);

    QVERIFY(service.attachChild(father.householdId, lea).ok());
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM child")).toInt(), 1); // one child, two homes

    const FamilyFile motherFile = service.load(mother.householdId).value();
    QCOMPARE(motherFile.children.size(), qsizetype(1));
    QCOMPARE(motherFile.children.at(0).id, lea);
    QCOMPARE(motherFile.children.at(0).otherHouseholds.size(), qsizetype(1));
    const OtherHousehold &fromMother = motherFile.children.at(0).otherHouseholds.at(0);
    QCOMPARE(fromMother.id, father.householdId);
    QCOMPARE(fromMother.fileNumber, QStringLiteral("SO1-2"));
    QCOMPARE(fromMother.name, QStringLiteral("Martin"));
    QCOMPARE(fromMother.payerName, QStringLiteral("Paul Martin"));

    const FamilyFile fatherFile = service.load(father.householdId).value();
    QCOMPARE(fatherFile.children.size(), qsizetype(1));
    QCOMPARE(fatherFile.children.at(0).id, lea);
    QCOMPARE(fatherFile.children.at(0).firstName, QStringLiteral("Léa"));
    QCOMPARE(fatherFile.children.at(0).ine, QStringLiteral("1234567890A"));
    QCOMPARE(fatherFile.children.at(0).otherHouseholds.size(), qsizetype(1));
    const OtherHousehold &fromFather = fatherFile.children.at(0).otherHouseholds.at(0);
    QCOMPARE(fromFather.id, mother.householdId);
    QCOMPARE(fromFather.fileNumber, QStringLiteral("SO1-1"));
    QCOMPARE(fromFather.name, QStringLiteral("Lefèvre"));
    QCOMPARE(fromFather.payerName, QStringLiteral("Marie Lefèvre"));

    // The INE finds both homes.
    const auto hits = must(service.search().search(QStringLiteral("1234567890a")));
    QCOMPARE(hits.size(), qsizetype(2));

    // Attaching twice is refused; a change made from one home shows in the history of both.
    QVERIFY(!service.attachChild(father.householdId, lea).ok());
    Child shared = fatherFile.children.at(0);
    shared.allergies = QStringLiteral("Arachide");
    QVERIFY(service.saveChild(father.householdId, shared).ok());
    QCOMPARE(service.load(mother.householdId).value().children.at(0).allergies, QStringLiteral("Arachide"));
    for (qint64 h : {mother.householdId, father.householdId}) {
        const QList<HistoryEntry> history = must(service.history(h));
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.at(0).field, QStringLiteral("allergies"));
        QCOMPARE(history.at(0).newValue, QStringLiteral("Arachide"));
    }

    // Detaching: allowed while the child has two homes, refused for the last one.
    QVERIFY(service.detachChild(mother.householdId, lea).ok());
    QVERIFY(service.load(mother.householdId).value().children.isEmpty());
    QVERIFY(service.load(father.householdId).value().children.at(0).otherHouseholds.isEmpty());
    const Status last = service.detachChild(father.householdId, lea);
    QVERIFY(!last.ok());
    QVERIFY2(last.error().message.contains(QStringLiteral("belongs only to this household")),
             qPrintable(last.error().message));
    QCOMPARE(service.load(father.householdId).value().children.size(), qsizetype(1));
}

void TestFamilyService::duplicateIneIsRefused()
{
    TestDatabase t;
    FamilyBuilder(t.session())
        .child(QStringLiteral("Léa"), QDate(2018, 5, 14), QStringLiteral("CE1"),
               QStringLiteral("1234567890A"))
        .build();
    const auto other =
        FamilyBuilder(t.session()).payer(QStringLiteral("Noël"), QStringLiteral("Jérôme")).build();
    FamilyService &service = t.session().family();
    const QMap<QString, int> before = rowCounts(t.db());

    Child c = child(QStringLiteral("Timothée"), QStringLiteral("Noël"), QStringLiteral(" 1234567890a "));
    c.emergencyContacts += EmergencyContact{{}, other.payerId, {}, {}, {}, {}};
    const auto r = service.saveChild(other.householdId, c);
    QVERIFY(!r.ok());
    QCOMPARE(sortedKeys(r.error()), QStringList{QStringLiteral("ine")});
    const QString message = r.error().fields.value(QStringLiteral("ine"));
    QVERIFY2(message.contains(QStringLiteral("Léa Lefèvre")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("file no. SO1-1")), qPrintable(message));
    QCOMPARE(rowCounts(t.db()), before);

    // Without the INE the same child is accepted, and a different INE too.
    c.ine = QStringLiteral("2345678901B");
    QVERIFY(service.saveChild(other.householdId, c).ok());
    QCOMPARE(service.load(other.householdId).value().children.at(0).ine, QStringLiteral("2345678901B"));
}

// No PS in an élémentaire: the level must be one the chosen school teaches.
void TestFamilyService::classLevelMatchesTheSchool()
{
    TestDatabase t;
    const auto family = FamilyBuilder(t.session()).build();
    const qint64 school =
        test::addSchool(t.session(), QStringLiteral("École Jules-Ferry"), QStringLiteral("elementaire"));
    Child c = child(QStringLiteral("Léa"), QStringLiteral("Lefèvre"));
    c.emergencyContacts += EmergencyContact{{}, family.payerId, {}, {}, {}, {}};
    c.schoolId = school;
    c.classLevel = QStringLiteral("PS");
    const auto refused = t.session().family().saveChild(family.householdId, c);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().fields.value(QStringLiteral("classLevel")),
             QStringLiteral(
                 "École Jules-Ferry does not teach PS: choose one of CP, CE1, CE2, CM1, CM2, or another "
                 "school."));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM child")).toInt(), 0);
    c.classLevel = QStringLiteral("CE1");
    QVERIFY(t.session().family().saveChild(family.householdId, c).ok());
    QCOMPARE(ReferenceData::classLevels(QStringLiteral("maternelle")),
             (QStringList{QStringLiteral("TPS"), QStringLiteral("PS"), QStringLiteral("MS"),
                          QStringLiteral("GS")}));
    QCOMPARE(ReferenceData::classLevels(QStringLiteral("primaire")).size(), qsizetype(9));
}

void TestFamilyService::validationListsWhatIsMissing()
{
    TestDatabase t;
    const auto family = FamilyBuilder(t.session()).build(); // no child yet
    FamilyService &service = t.session().family();
    const qint64 h = family.householdId;

    QCOMPARE(must(service.missingForValidation(h)),
             QStringList{QStringLiteral("Add at least one child attending a public school of the town.")});
    Status s = service.validate(h);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("Add at least one child")),
             qPrintable(s.error().message));
    QCOMPARE(service.load(h).value().household.status, FileStatus::Draft);

    // A child without an emergency contact, and a new règlement intérieur the family has not accepted.
    const auto childId = service.saveChild(h, child(QStringLiteral("Léa"), QStringLiteral("Lefèvre")));
    QVERIFY(childId.ok());
    QSqlQuery q(t.db().connection());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE commune_setting SET value = '2027-1' WHERE key = 'rules_version'")));
    const QStringList missing = must(service.missingForValidation(h));
    QCOMPARE(
        missing,
        (QStringList{QStringLiteral("Add an emergency contact for Léa Lefèvre."),
                     QStringLiteral("The family accepted version 2026-1 of the règlement intérieur; it must "
                                    "accept the current version 2027-1.")}));
    const int auditBefore = scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_entry")).toInt();
    s = service.validate(h);
    QVERIFY(!s.ok());
    for (const QString &line : missing)
        QVERIFY2(s.error().message.contains(line), qPrintable(s.error().message));
    QCOMPARE(service.load(h).value().household.status, FileStatus::Draft);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_entry")).toInt(), auditBefore);

    // Fix one thing at a time: the list shrinks. An emergency contact must have a phone: the payer without
    // one is refused as such, named.
    Child lea = service.load(h).value().children.at(0);
    lea.emergencyContacts += EmergencyContact{{}, family.payerId, {}, {}, {}, {}};
    Guardian payer = *service.load(h).value().payer();
    const QString phone = payer.phoneMobile;
    payer.phoneMobile.clear();
    QVERIFY(service.saveGuardian(h, payer).ok());
    const auto refused = service.saveChild(h, lea);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().fields.value(QStringLiteral("emergencyContacts")),
             QStringLiteral("Marie Lefèvre has no phone number: add one to the guardian's details, or choose "
                            "another emergency contact."));
    payer = *service.load(h).value().payer();
    payer.phoneMobile = phone;
    QVERIFY(service.saveGuardian(h, payer).ok());
    QVERIFY(service.saveChild(h, lea).ok());
    // Its phone cannot be removed while it is Léa's emergency contact…
    payer = *service.load(h).value().payer();
    payer.phoneMobile.clear();
    const auto kept = service.saveGuardian(h, payer);
    QVERIFY(!kept.ok());
    QCOMPARE(kept.error().fields.value(QStringLiteral("phoneMobile")),
             QStringLiteral("Marie Lefèvre is an emergency contact of Léa: keep at least one phone number."));
    // …and a file recorded without it (an older version) is not validated until one is added.
    QSqlQuery clear(t.db().connection());
    QVERIFY(clear.exec(QStringLiteral("UPDATE guardian SET phone_mobile = '' WHERE is_payer = 1")));
    QVERIFY(
        must(service.missingForValidation(h))
            .contains(QStringLiteral("No emergency contact of Léa Lefèvre has a phone number: add one.")));
    payer = *service.load(h).value().payer();
    payer.phoneMobile = phone;
    QVERIFY(service.saveGuardian(h, payer).ok());
    QCOMPARE(must(service.missingForValidation(h)).size(), qsizetype(1));
    t.clock().advanceSeconds(600);
    QVERIFY(service.acceptTermsAndRules(h, false, true).ok());
    const Household accepted = service.load(h).value().household;
    QCOMPARE(accepted.rulesVersion, QStringLiteral("2027-1"));
    QCOMPARE(accepted.rulesAcceptedAt, t.clock().nowUtc());
    QCOMPARE(accepted.termsVersion, QStringLiteral("2026-1"));
    QCOMPARE(must(service.missingForValidation(h)), QStringList());

    s = service.validate(h);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(service.load(h).value().household.status, FileStatus::Validated);

    // Validated: neither validated again nor submitted.
    s = service.validate(h);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, QStringLiteral("This file is already validated."));
    s = service.submit(h);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("cannot be submitted")),
             qPrintable(s.error().message));
    QCOMPARE(service.load(h).value().household.status, FileStatus::Validated);
}

void TestFamilyService::returnAndResubmit()
{
    TestDatabase t;
    const auto family = FamilyBuilder(t.session()).child(QStringLiteral("Léa")).build();
    FamilyService &service = t.session().family();
    const qint64 h = family.householdId;

    // A draft cannot be returned: the family has not sent it.
    QVERIFY(!service.returnToFamily(h, QStringLiteral("Pièce manquante")).ok());
    QVERIFY(service.submit(h).ok());
    QCOMPARE(service.load(h).value().household.status, FileStatus::Submitted);
    QVERIFY(!service.submit(h).ok()); // already submitted

    for (const QString &blank : {QString(), QStringLiteral("   \n ")}) {
        const Status s = service.returnToFamily(h, blank);
        QVERIFY(!s.ok());
        QCOMPARE(sortedKeys(s.error()), QStringList{QStringLiteral("reason")});
        QCOMPARE(service.load(h).value().household.status, FileStatus::Submitted);
    }

    const QString reason = QStringLiteral("Attestation CAF illisible : merci d'en déposer une nouvelle.");
    QVERIFY(service.returnToFamily(h, QStringLiteral("  ") + reason + QStringLiteral("  ")).ok());
    Household household = service.load(h).value().household;
    QCOMPARE(household.status, FileStatus::Returned);
    QCOMPARE(household.returnReason, reason);
    QCOMPARE(
        scalar(t.db(), QStringLiteral("SELECT return_reason FROM household WHERE id = %1").arg(h)).toString(),
        reason);
    const QList<HistoryEntry> history = must(service.history(h));
    QCOMPARE(history.at(0).field, QStringLiteral("returnReason"));
    QCOMPARE(history.at(0).oldValue, QString());
    QCOMPARE(history.at(0).newValue, reason);
    QCOMPARE(history.at(1).field, QStringLiteral("status"));
    QCOMPARE(history.at(1).oldValue, QStringLiteral("submitted"));
    QCOMPARE(history.at(1).newValue, QStringLiteral("returned"));

    // The family corrects and sends again; the reason is cleared; the clerk validates.
    QVERIFY(service.submit(h).ok());
    household = service.load(h).value().household;
    QCOMPARE(household.status, FileStatus::Submitted);
    QCOMPARE(household.returnReason, QString());
    QVERIFY(service.validate(h).ok());
    QCOMPARE(service.load(h).value().household.status, FileStatus::Validated);
    // A validated file may still be returned.
    QVERIFY(service.returnToFamily(h, QStringLiteral("Nouvelle adresse à justifier")).ok());
    QCOMPARE(service.load(h).value().household.status, FileStatus::Returned);
}

void TestFamilyService::historyRecordsWhoWhenWhat()
{
    // Dates recorded as ISO text read as the clerk writes them; other values as recorded.
    QCOMPARE(AuditTrail::displayValue(QStringLiteral("birthDate"), QStringLiteral("2018-05-14")),
             QStringLiteral("14/05/2018"));
    QCOMPARE(AuditTrail::displayValue(QStringLiteral("quotientProofDate"), QStringLiteral("2026-05-20")),
             QStringLiteral("20/05/2026"));
    QCOMPARE(AuditTrail::displayValue(QStringLiteral("lastName"), QStringLiteral("2026-05-20")),
             QStringLiteral("2026-05-20"));
    TestDatabase t;
    const QDateTime created = t.clock().nowUtc();
    const auto family = FamilyBuilder(t.session()).build();
    FamilyService &service = t.session().family();
    const qint64 h = family.householdId;

    // Creation: by the test's actor, at the clock's time.
    QList<HistoryEntry> history = must(service.history(h));
    const HistoryEntry &first = history.last(); // newest first
    QCOMPARE(first.entity, QStringLiteral("file"));
    QCOMPARE(first.field, QStringLiteral("created"));
    QCOMPARE(first.newValue, QStringLiteral("SO1-1"));
    QCOMPARE(first.actor, QStringLiteral("agent.test"));
    QCOMPARE(first.at, created);

    // A phone change, one hour later, by another clerk.
    t.clock().advanceSeconds(3600);
    t.session().setActor(QStringLiteral("Sophie Durand"));
    const int before = int(history.size());
    Guardian payer = *service.load(h).value().payer();
    payer.phoneMobile = QStringLiteral("0798765432");
    QVERIFY(service.saveGuardian(h, payer).ok());
    history = must(service.history(h));
    QCOMPARE(history.size(), qsizetype(before + 1)); // only the field that changed
    HistoryEntry e = history.at(0);
    QCOMPARE(e.actor, QStringLiteral("Sophie Durand"));
    QCOMPARE(e.at, created.addSecs(3600));
    QCOMPARE(e.at, t.clock().nowUtc());
    QCOMPARE(e.entity, QStringLiteral("guardian"));
    QCOMPARE(e.entityLabel, QStringLiteral("Marie Lefèvre"));
    QCOMPARE(e.field, QStringLiteral("phoneMobile"));
    QCOMPARE(e.oldValue, QStringLiteral("06 12 34 56 78"));
    QCOMPARE(e.newValue, QStringLiteral("07 98 76 54 32"));

    // Saving unchanged data records nothing.
    payer = *service.load(h).value().payer();
    QVERIFY(service.saveGuardian(h, payer).ok());
    QCOMPARE(must(service.history(h)).size(), qsizetype(before + 1));

    // The status change.
    t.clock().advanceSeconds(60);
    t.session().setActor(QStringLiteral("portail"));
    QVERIFY(service.submit(h).ok());
    history = must(service.history(h));
    QCOMPARE(history.size(), qsizetype(before + 2));
    e = history.at(0);
    QCOMPARE(e.actor, QStringLiteral("portail"));
    QCOMPARE(e.at, created.addSecs(3660));
    QCOMPARE(e.entity, QStringLiteral("file"));
    QCOMPARE(e.entityLabel, QStringLiteral("Lefèvre"));
    QCOMPARE(e.field, QStringLiteral("status"));
    QCOMPARE(e.oldValue, QStringLiteral("draft"));
    QCOMPARE(e.newValue, QStringLiteral("submitted"));
    QCOMPARE(AuditTrail::displayValue(e.field, e.newValue), fileStatusLabel(FileStatus::Submitted));

    // The history survives a reopen and is stored as instants in UTC.
    t.reopen();
    const QList<HistoryEntry> reread = t.session().family().history(h).value();
    QCOMPARE(reread.size(), history.size());
    QCOMPARE(reread.at(1).newValue, QStringLiteral("07 98 76 54 32"));
    QCOMPARE(reread.at(1).at, created.addSecs(3600));
}

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestFamilyService)
#include "tst_familyservice.moc"
