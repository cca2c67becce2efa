// FamilySearch: accent/case-insensitive prefix search over names, phones, emails, file numbers and
// INE; hostile input never errors nor matches everything; the index follows changes.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "family/FamilySearch.h"
#include "family/FamilyService.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace guichet {

using test::must;
using test::TestDatabase;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void finds_data();
    void finds();
    void hostileInput_data();
    void hostileInput();
    void matchExpression_data();
    void matchExpression();
    void resultLineShowsTheFile();
    void limitIsApplied();
    void renamedGuardianIsFoundUnderNewNameOnly();
    void childChangesAreIndexed();
    void rankingPutsTheRightFamilyFirst_data();
    void rankingPutsTheRightFamilyFirst();

private:
    void freshFixture();
    qint64 addFamily(const QString &lastName, const QString &firstName, const QString &email,
                     const QString &phone, const QString &childFirstName, const QString &ine);
    QStringList titles(const QString &text);

    std::unique_ptr<TestDatabase> m_db;
    FamilyService *m_service = nullptr; // the session's
    QMap<QString, qint64> m_households; // name -> id
    qint64 m_total = 0;
};

qint64 TestSearch::addFamily(const QString &lastName, const QString &firstName, const QString &email,
                             const QString &phone, const QString &childFirstName, const QString &ine)
{
    const auto id =
        m_service->createAccount(NewAccount{lastName, firstName, email, QStringLiteral("62500"), true, true});
    if (!id)
        qFatal("createAccount: %s", qPrintable(id.error().message));
    Guardian payer = *m_service->load(id.value()).value().payer();
    // An emergency contact has a phone: the payer's, or one that matches nothing the tests type.
    payer.phoneMobile =
        phone.isEmpty() ? QStringLiteral("03 21 %1").arg(m_households.size() + 10, 6, 10, QLatin1Char('0'))
                        : phone;
    const auto payerId = m_service->saveGuardian(id.value(), payer);
    if (!payerId)
        qFatal("saveGuardian: %s", qPrintable(payerId.error().message));
    Child c;
    c.firstName = childFirstName;
    c.lastName = lastName;
    c.birthDate = QDate(2018, 3, 2);
    c.sex = QStringLiteral("M");
    c.classLevel = QStringLiteral("CE1");
    c.ine = ine;
    c.emergencyContacts += EmergencyContact{{}, payerId.value(), {}, {}, {}, {}};
    const auto childId = m_service->saveChild(id.value(), c);
    if (!childId)
        qFatal("saveChild: %s", qPrintable(childId.error().message));
    m_households.insert(lastName, id.value());
    return id.value();
}

QStringList TestSearch::titles(const QString &text)
{
    QStringList result;
    for (const SearchHit &hit : must(m_service->search().search(text)))
        result += hit.title;
    result.sort();
    return result;
}

void TestSearch::initTestCase()
{
    freshFixture();
}

void TestSearch::init()
{
    // A failed FTS query only shows as a warning: make it fail the test (cleared after each function).
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

// Four households whose words do not overlap, except where a row says so. File numbers follow the
// order of creation. Read-only tests share it; tests that change files start from a fresh one.
void TestSearch::freshFixture()
{
    m_service = nullptr;
    m_db = std::make_unique<TestDatabase>();
    m_service = &m_db->session().family();
    m_households.clear();
    addFamily(QStringLiteral("Lefèvre"), QStringLiteral("Marie"), QStringLiteral("marie.lefevre@example.fr"),
              QStringLiteral("06 12 34 56 78"), QStringLiteral("Léandre"), QStringLiteral("1234567890A"));
    addFamily(QStringLiteral("Noël"), QStringLiteral("Jérôme"), QStringLiteral("jerome.noel@example.fr"),
              QStringLiteral("07 98 76 54 32"), QStringLiteral("Timothée"), QStringLiteral("2345678901B"));
    addFamily(QStringLiteral("N'Diaye"), QStringLiteral("Aminata"), QStringLiteral("a.ndiaye@example.net"),
              QStringLiteral("06 55 44 33 22"), QStringLiteral("Moussa"), QStringLiteral("3456789012C"));
    addFamily(QStringLiteral("Dupont-Moreau"), QStringLiteral("Claire"),
              QStringLiteral("zorglub.famille@example.com"), QStringLiteral("07 11 22 33 44"),
              QStringLiteral("Anouk"), QString());
    QSqlQuery q(m_db->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM household_search")) && q.next());
    m_total = q.value(0).toLongLong();
    QCOMPARE(m_total, qint64(4));
}

void TestSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QStringList lefevre{QStringLiteral("Lefèvre")};
    const QStringList noel{QStringLiteral("Noël")};
    const QStringList ndiaye{QStringLiteral("N'Diaye")};
    const QStringList dupont{QStringLiteral("Dupont-Moreau")};
    const QStringList none;

    QTest::newRow("lefevre") << QStringLiteral("lefevre") << lefevre;
    QTest::newRow("LEFÈVRE") << QStringLiteral("LEFÈVRE") << lefevre;
    QTest::newRow("Lefèvre") << QStringLiteral("Lefèvre") << lefevre;
    QTest::newRow("prefix lef") << QStringLiteral("lef") << lefevre;
    QTest::newRow("noel") << QStringLiteral("noel") << noel;
    QTest::newRow("NOËL") << QStringLiteral("NOËL") << noel;
    QTest::newRow("ndiaye") << QStringLiteral("ndiaye") << ndiaye;
    QTest::newRow("n'diaye") << QStringLiteral("n'diaye") << ndiaye;
    QTest::newRow("N’Diaye typographic") << QStringLiteral("N’Diaye") << ndiaye;
    QTest::newRow("diaye") << QStringLiteral("diaye") << ndiaye;
    QTest::newRow("dupont-moreau") << QStringLiteral("dupont-moreau") << dupont;
    QTest::newRow("dupont moreau") << QStringLiteral("dupont moreau") << dupont;
    QTest::newRow("moreau") << QStringLiteral("moreau") << dupont;
    QTest::newRow("dupont") << QStringLiteral("dupont") << dupont;
    QTest::newRow("payer first name") << QStringLiteral("aminata") << ndiaye;
    QTest::newRow("phone 06 12") << QStringLiteral("06 12") << lefevre;
    QTest::newRow("phone 0612") << QStringLiteral("0612") << lefevre;
    QTest::newRow("phone full with spaces") << QStringLiteral("06 12 34 56 78") << lefevre;
    QTest::newRow("phone with dots") << QStringLiteral("07.98.76") << noel;
    QTest::newRow("phone +33") << QStringLiteral("+33 7 11 22") << dupont;
    QTest::newRow("phone 06 matches two")
        << QStringLiteral("06") << QStringList{QStringLiteral("Lefèvre"), QStringLiteral("N'Diaye")};
    QTest::newRow("email prefix") << QStringLiteral("zorglub") << dupont;
    QTest::newRow("email as typed") << QStringLiteral("zorglub.fam") << dupont;
    QTest::newRow("email full") << QStringLiteral("jerome.noel@example.fr") << noel;
    QTest::newRow("file number 2") << QStringLiteral("2") << noel;
    QTest::newRow("file number 4") << QStringLiteral("4") << dupont;
    QTest::newRow("INE") << QStringLiteral("3456789012C") << ndiaye;
    QTest::newRow("INE lowercase") << QStringLiteral("3456789012c") << ndiaye;
    QTest::newRow("INE prefix") << QStringLiteral("2345678") << noel;
    QTest::newRow("child first name") << QStringLiteral("moussa") << ndiaye;
    QTest::newRow("child first name accents") << QStringLiteral("TIMOTHEE") << noel;
    QTest::newRow("child first name prefix") << QStringLiteral("leand") << lefevre;
    QTest::newRow("two words AND") << QStringLiteral("marie lefevre") << lefevre;
    QTest::newRow("name and child AND") << QStringLiteral("noel timothee") << noel;
    QTest::newRow("name and phone AND") << QStringLiteral("ndiaye 06 55") << ndiaye;
    QTest::newRow("words of two families AND") << QStringLiteral("lefevre moussa") << none;
    QTest::newRow("name and wrong phone") << QStringLiteral("lefevre 07") << none;
    QTest::newRow("unknown name") << QStringLiteral("martin") << none;
    QTest::newRow("not a prefix") << QStringLiteral("efevre") << none;
}

void TestSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(titles(text), expected);
}

void TestSearch::hostileInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expectedCount");
    QTest::newRow("apostrophe") << QStringLiteral("'") << 0;
    QTest::newRow("double quote") << QStringLiteral("\"") << 0;
    QTest::newRow("star") << QStringLiteral("*") << 0;
    QTest::newRow("minus") << QStringLiteral("-") << 0;
    QTest::newRow("open parenthesis") << QStringLiteral("(") << 0;
    QTest::newRow("close parenthesis") << QStringLiteral(")") << 0;
    QTest::newRow("parentheses") << QStringLiteral("()") << 0;
    QTest::newRow("OR") << QStringLiteral("OR") << 0;
    QTest::newRow("AND") << QStringLiteral("AND") << 0;
    QTest::newRow("NOT") << QStringLiteral("NOT") << 0;
    QTest::newRow("NEAR") << QStringLiteral("NEAR") << 0;
    QTest::newRow("NEAR()") << QStringLiteral("NEAR(lefevre noel)") << 0;
    QTest::newRow("quote OR quote star") << QStringLiteral("\" OR \"\" *") << 0;
    QTest::newRow("lefevre OR noel") << QStringLiteral("lefevre OR noel") << 0;
    QTest::newRow("NOT lefevre") << QStringLiteral("NOT lefevre") << 0;
    QTest::newRow("column filter") << QStringLiteral("words:lefevre") << 0;
    QTest::newRow("caret") << QStringLiteral("^lefevre") << 1;
    QTest::newRow("plus") << QStringLiteral("+") << 0;
    QTest::newRow("colon") << QStringLiteral(":") << 0;
    QTest::newRow("braces") << QStringLiteral("{words}: noel") << 0;
    QTest::newRow("SQL injection") << QStringLiteral("'; DROP TABLE household; --") << 0;
    QTest::newRow("percent underscore") << QStringLiteral("%_%") << 0;
    QTest::newRow("backslash") << QStringLiteral("\\") << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("spaces") << QStringLiteral("     ") << 0;
    QTest::newRow("tab and newline") << QStringLiteral("\t\n") << 0;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << 0;
    QTest::newRow("very long") << QStringLiteral("a").repeated(5000) << 0;
    QTest::newRow("many words") << QStringLiteral("x ").repeated(300) << 0;
}

void TestSearch::hostileInput()
{
    QFETCH(QString, text);
    QFETCH(int, expectedCount);
    const QList<SearchHit> hits = must(m_service->search().search(text));
    QVERIFY(hits.size() < m_total);
    QCOMPARE(int(hits.size()), expectedCount);
    // Nothing was harmed and the index still answers.
    QSqlQuery q(m_db->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM household")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), m_total);
    QCOMPARE(titles(QStringLiteral("noel")), QStringList{QStringLiteral("Noël")});
}

void TestSearch::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");
    QTest::newRow("one word") << QStringLiteral("Lefèvre") << QStringLiteral("\"lefevre\"*");
    QTest::newRow("joined name and phone")
        << QStringLiteral("n'diaye 06 12") << QStringLiteral("\"ndiaye\"* \"0612\"*");
    QTest::newRow("FTS keywords are words")
        << QStringLiteral("a OR b NEAR c") << QStringLiteral("\"a\"* \"or\"* \"b\"* \"near\"* \"c\"*");
    QTest::newRow("quotes and stars dropped") << QStringLiteral("\" OR \"\" *") << QStringLiteral("\"or\"*");
    QTest::newRow("punctuation only") << QStringLiteral("'\"*-()") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSearch::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(FamilySearch::matchExpression(text), expression);
}

void TestSearch::resultLineShowsTheFile()
{
    freshFixture();
    const QList<SearchHit> hits = must(m_service->search().search(QStringLiteral("n'diaye")));
    QCOMPARE(hits.size(), qsizetype(1));
    const SearchHit &hit = hits.at(0);
    QCOMPARE(hit.householdId, m_households.value(QStringLiteral("N'Diaye")));
    QCOMPARE(hit.fileNumber, QStringLiteral("SO1-3"));
    QCOMPARE(hit.title, QStringLiteral("N'Diaye"));
    QCOMPARE(hit.guardians, QStringLiteral("Aminata N'Diaye"));
    QCOMPARE(hit.children, QStringLiteral("Moussa N'Diaye (CE1)"));
    QCOMPARE(hit.status, FileStatus::Draft);

    QVERIFY(m_service->validate(hit.householdId).ok());
    const QList<SearchHit> after = must(m_service->search().search(QStringLiteral("moussa")));
    QCOMPARE(after.size(), qsizetype(1));
    QCOMPARE(after.at(0).status, FileStatus::Validated);
}

// What the clerk types names one family exactly (a file number, an INE, a phone, an email): it comes
// first, said so, whatever else starts the same way; then the families whose name starts with the word,
// then those where a guardian's or child's surname does, then the rest — by name within each.
void TestSearch::rankingPutsTheRightFamilyFirst_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("firstTitles"); // the first results, in order
    QTest::addColumn<int>("exact");               // ExactMatch of the first result
    QTest::addColumn<int>("count");
    const int none = int(ExactMatch::None);
    QTest::newRow("file number among 55 INE starting the same")
        << QStringLiteral("1023") << QStringList{QStringLiteral("Vasseur"), QStringLiteral("Abaa")}
        << int(ExactMatch::FileNumber) << 50;
    QTest::newRow("file number with its code")
        << QStringLiteral("SO1-1023") << QStringList{QStringLiteral("Vasseur")} << int(ExactMatch::FileNumber)
        << 1;
    QTest::newRow("file number as read out")
        << QStringLiteral("so1 1023") << QStringList{QStringLiteral("Vasseur"), QStringLiteral("Abaa")}
        << int(ExactMatch::FileNumber) << 50;
    QTest::newRow("INE") << QStringLiteral("1023000007a") << QStringList{QStringLiteral("Abah")}
                         << int(ExactMatch::Ine) << 1;
    QTest::newRow("phone before an INE with the same digits")
        << QStringLiteral("06 12 34 56 70") << QStringList{QStringLiteral("Vasseur"), QStringLiteral("Aaron")}
        << int(ExactMatch::Phone) << 2;
    QTest::newRow("email") << QStringLiteral("v.vasseur@example.fr") << QStringList{QStringLiteral("Vasseur")}
                           << int(ExactMatch::Email) << 1;
    QTest::newRow("household names, then surnames, then the rest")
        << QStringLiteral("ndiaye")
        << QStringList{QStringLiteral("N'Diaye"), QStringLiteral("N'Diaye"), QStringLiteral("N'Diaye"),
                       QStringLiteral("Chevalier"), QStringLiteral("Delannoy")}
        << none << 5;
    QTest::newRow("typed with the apostrophe")
        << QStringLiteral("n'diaye")
        << QStringList{QStringLiteral("N'Diaye"), QStringLiteral("N'Diaye"), QStringLiteral("N'Diaye"),
                       QStringLiteral("Chevalier"), QStringLiteral("Delannoy")}
        << none << 5;
    QTest::newRow("name and first name")
        << QStringLiteral("ndiaye fatou") << QStringList{QStringLiteral("N'Diaye")} << none << 1;
}

void TestSearch::rankingPutsTheRightFamilyFirst()
{
    QFETCH(QString, text);
    QFETCH(QStringList, firstTitles);
    QFETCH(int, exact);
    QFETCH(int, count);
    if (!m_households.contains(QStringLiteral("Vasseur"))) {
        freshFixture();
        // 55 families whose children's INE start with 1023, named before Vasseur, then file SO1-1023.
        for (int i = 0; i < 55; ++i) {
            const QString name = QStringLiteral("Ab") + QChar(u'a' + i / 26) + QChar(u'a' + i % 26);
            addFamily(name, QStringLiteral("Paul"), QString(), QString(), QStringLiteral("Jules"),
                      QStringLiteral("1023%1A").arg(i, 6, 10, QLatin1Char('0')));
        }
        addFamily(QStringLiteral("Aaron"), QStringLiteral("Léon"), QString(), QString(),
                  QStringLiteral("Ilan"), QStringLiteral("0612345670B"));
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE number_series SET last_number = 1022 WHERE series = 'SO1-DOSSIER'")));
        addFamily(QStringLiteral("Vasseur"), QStringLiteral("Victor"), QStringLiteral("v.vasseur@example.fr"),
                  QStringLiteral("06 12 34 56 70"), QStringLiteral("Zoé"), QString());
        QCOMPARE(must(m_service->load(m_households.value(QStringLiteral("Vasseur")))).household.fileNumber,
                 QStringLiteral("SO1-1023"));
        addFamily(QStringLiteral("N'Diaye"), QStringLiteral("Awa"), QString(), QString(),
                  QStringLiteral("Moussa"), QString());
        addFamily(QStringLiteral("N'Diaye"), QStringLiteral("Ibrahima"), QString(), QString(),
                  QStringLiteral("Fatou"), QString());
        // Chevalier: a child who bears the other parent's name. Delannoy: only an email says ndiaye.
        const qint64 chevalier = addFamily(QStringLiteral("Chevalier"), QStringLiteral("Anne"), QString(),
                                           QString(), QStringLiteral("Hugo"), QString());
        Child child = must(m_service->load(chevalier)).children.first();
        child.lastName = QStringLiteral("N'Diaye");
        QVERIFY(m_service->saveChild(chevalier, child).ok());
        addFamily(QStringLiteral("Delannoy"), QStringLiteral("Rose"),
                  QStringLiteral("ndiaye.rose@example.fr"), QString(), QStringLiteral("Lina"), QString());
    }
    const QList<SearchHit> hits = must(m_service->search().search(text));
    QCOMPARE(int(hits.size()), count);
    QStringList titles;
    for (qsizetype i = 0; i < std::min(hits.size(), firstTitles.size()); ++i)
        titles += hits.at(i).title;
    QCOMPARE(titles, firstTitles);
    QCOMPARE(int(hits.first().exact), exact);
    for (qsizetype i = 1; i < hits.size(); ++i) // one family is named exactly in each row
        QCOMPARE(int(hits.at(i).exact), int(ExactMatch::None));
}

void TestSearch::limitIsApplied()
{
    // "example" is in every email; households whose name starts with the first word come first.
    QCOMPARE(must(m_service->search().search(QStringLiteral("example"))).size(), qsizetype(4));
    const QList<SearchHit> two = must(m_service->search().search(QStringLiteral("example"), 2));
    QCOMPARE(two.size(), qsizetype(2));
    QCOMPARE(two.at(0).title, QStringLiteral("Dupont-Moreau")); // alphabetical on folded names
    QCOMPARE(two.at(1).title, QStringLiteral("Lefèvre"));
    const QList<SearchHit> ranked = must(m_service->search().search(QStringLiteral("n example")));
    QCOMPARE(ranked.size(), qsizetype(2)); // N'Diaye (n) and Noël (noel)
    QCOMPARE(ranked.at(0).title, QStringLiteral("N'Diaye"));
    QCOMPARE(ranked.at(1).title, QStringLiteral("Noël"));
}

void TestSearch::renamedGuardianIsFoundUnderNewNameOnly()
{
    freshFixture();
    const qint64 noel = m_households.value(QStringLiteral("Noël"));
    Guardian other;
    other.lastName = QStringLiteral("Vasseur");
    other.firstName = QStringLiteral("Hippolyte");
    other.phoneWork = QStringLiteral("03 21 00 11 22");
    const auto id = m_service->saveGuardian(noel, other);
    QVERIFY(id.ok());
    QCOMPARE(titles(QStringLiteral("vasseur")), QStringList{QStringLiteral("Noël")});
    QCOMPARE(titles(QStringLiteral("hippolyte")), QStringList{QStringLiteral("Noël")});
    QCOMPARE(titles(QStringLiteral("03 21 00")), QStringList{QStringLiteral("Noël")});

    FamilyFile file = m_service->load(noel).value();
    Guardian renamed = file.guardians.at(1);
    QCOMPARE(renamed.id, id.value());
    renamed.lastName = QStringLiteral("Zimmermann");
    renamed.phoneWork = QStringLiteral("03 21 99 88 77");
    QVERIFY(m_service->saveGuardian(noel, renamed).ok());
    QCOMPARE(titles(QStringLiteral("zimmermann")), QStringList{QStringLiteral("Noël")});
    QCOMPARE(titles(QStringLiteral("hippolyte zimm")), QStringList{QStringLiteral("Noël")});
    QCOMPARE(titles(QStringLiteral("vasseur")), QStringList());
    QCOMPARE(titles(QStringLiteral("03 21 00")), QStringList());
    QCOMPARE(titles(QStringLiteral("03 21 99")), QStringList{QStringLiteral("Noël")});

    // Removing the guardian removes their words too; the household keeps its own.
    QVERIFY(m_service->removeGuardian(noel, id.value()).ok());
    QCOMPARE(titles(QStringLiteral("zimmermann")), QStringList());
    QCOMPARE(titles(QStringLiteral("noel")), QStringList{QStringLiteral("Noël")});

    // Renaming the household itself.
    Household h = m_service->load(noel).value().household;
    h.name = QStringLiteral("Noël-Lagache");
    QVERIFY(m_service->updateHousehold(h).ok());
    QCOMPARE(titles(QStringLiteral("lagache")), QStringList{QStringLiteral("Noël-Lagache")});
    QCOMPARE(titles(QStringLiteral("noellagache")), QStringList{QStringLiteral("Noël-Lagache")});
}

void TestSearch::childChangesAreIndexed()
{
    freshFixture();
    const qint64 lefevre = m_households.value(QStringLiteral("Lefèvre"));
    Child c = m_service->load(lefevre).value().children.at(0);
    c.firstName = QStringLiteral("Éloïse");
    c.ine = QStringLiteral("9876543210Z");
    QVERIFY(m_service->saveChild(lefevre, c).ok());
    QCOMPARE(titles(QStringLiteral("eloise")), QStringList{QStringLiteral("Lefèvre")});
    QCOMPARE(titles(QStringLiteral("9876543210z")), QStringList{QStringLiteral("Lefèvre")});
    QCOMPARE(titles(QStringLiteral("leandre")), QStringList());
    QCOMPARE(titles(QStringLiteral("1234567890a")), QStringList());

    // Shared custody: the child is found from the second home too.
    const qint64 ndiaye = m_households.value(QStringLiteral("N'Diaye"));
    QVERIFY(m_service->attachChild(ndiaye, c.id).ok());
    QCOMPARE(titles(QStringLiteral("eloise")),
             (QStringList{QStringLiteral("Lefèvre"), QStringLiteral("N'Diaye")}));
    QVERIFY(m_service->detachChild(ndiaye, c.id).ok());
    QCOMPARE(titles(QStringLiteral("eloise")), QStringList{QStringLiteral("Lefèvre")});
}

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestSearch)
#include "tst_search.moc"
