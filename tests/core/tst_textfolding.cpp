// Text folding for search: accents, case, ligatures, apostrophes and hyphens, phone numbers.
#include "common/TextFolding.h"

#include <QTest>

#include <algorithm>

namespace guichet {

class TestTextFolding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldText_data();
    void foldText();
    void indexWords_data();
    void indexWords();
    void queryWords_data();
    void queryWords();
    void phoneIndexWords_data();
    void phoneIndexWords();
    void typedQueryMatchesIndexedName_data();
    void typedQueryMatchesIndexedName();
};

void TestTextFolding::foldText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Lefèvre") << QStringLiteral("Lefèvre") << QStringLiteral("lefevre");
    QTest::newRow("LEFÈVRE") << QStringLiteral("LEFÈVRE") << QStringLiteral("lefevre");
    QTest::newRow("Noël") << QStringLiteral("Noël") << QStringLiteral("noel");
    QTest::newRow("Œuvre") << QStringLiteral("Œuvre") << QStringLiteral("oeuvre");
    QTest::newRow("Lecœur") << QStringLiteral("Lecœur") << QStringLiteral("lecoeur");
    QTest::newRow("Lætitia") << QStringLiteral("Lætitia") << QStringLiteral("laetitia");
    QTest::newRow("Éloïse") << QStringLiteral("Éloïse") << QStringLiteral("eloise");
    QTest::newRow("François") << QStringLiteral("François") << QStringLiteral("francois");
    QTest::newRow("Straße") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("Łukasz") << QStringLiteral("Łukasz") << QStringLiteral("lukasz");
    QTest::newRow("Søren") << QStringLiteral("Søren") << QStringLiteral("soren");
    // Decomposed input (e + combining grave accent) folds like the precomposed one.
    QTest::newRow("decomposed è") << (QStringLiteral("Lefe") + QChar(0x0300) + QStringLiteral("vre"))
                                  << QStringLiteral("lefevre");
    QTest::newRow("apostrophe separates") << QStringLiteral("N'Diaye") << QStringLiteral("n diaye");
    QTest::newRow("hyphen separates") << QStringLiteral("Dupont-Moreau") << QStringLiteral("dupont moreau");
    QTest::newRow("punctuation collapses")
        << QStringLiteral("  Jean -- Pierre ,, Martin  ") << QStringLiteral("jean pierre martin");
    QTest::newRow("digits kept") << QStringLiteral("06.12.34") << QStringLiteral("06 12 34");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("punctuation only") << QStringLiteral("'-\"*()") << QString();
}

void TestTextFolding::foldText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(guichet::foldText(text), expected);
}

void TestTextFolding::indexWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("N'Diaye") << QStringLiteral("N'Diaye")
                             << QStringList{QStringLiteral("n"), QStringLiteral("diaye"),
                                            QStringLiteral("ndiaye")};
    QTest::newRow("N’Diaye typographic apostrophe")
        << QStringLiteral("N’Diaye")
        << QStringList{QStringLiteral("n"), QStringLiteral("diaye"), QStringLiteral("ndiaye")};
    QTest::newRow("Dupont-Moreau") << QStringLiteral("Dupont-Moreau")
                                   << QStringList{QStringLiteral("dupont"), QStringLiteral("moreau"),
                                                  QStringLiteral("dupontmoreau")};
    QTest::newRow("Jean-Pierre D'Hondt")
        << QStringLiteral("Jean-Pierre D'Hondt")
        << QStringList{QStringLiteral("jean"), QStringLiteral("pierre"), QStringLiteral("jeanpierre"),
                       QStringLiteral("d"),    QStringLiteral("hondt"),  QStringLiteral("dhondt")};
    QTest::newRow("Deschamps-Lefèvre") << QStringLiteral("Deschamps-Lefèvre")
                                       << QStringList{QStringLiteral("deschamps"), QStringLiteral("lefevre"),
                                                      QStringLiteral("deschampslefevre")};
    QTest::newRow("simple name") << QStringLiteral("Noël") << QStringList{QStringLiteral("noel")};
    QTest::newRow("two words") << QStringLiteral("Ben Saïd")
                               << QStringList{QStringLiteral("ben"), QStringLiteral("said")};
    QTest::newRow("email") << QStringLiteral("marie.lefevre@example.fr")
                           << QStringList{QStringLiteral("marie"), QStringLiteral("lefevre"),
                                          QStringLiteral("example"), QStringLiteral("fr")};
    QTest::newRow("INE lower-cased") << QStringLiteral("1234567890A")
                                     << QStringList{QStringLiteral("1234567890a")};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestTextFolding::indexWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(guichet::indexWords(text), expected);
}

void TestTextFolding::queryWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("n'diaye joins") << QStringLiteral("n'diaye") << QStringList{QStringLiteral("ndiaye")};
    QTest::newRow("dupont-moreau joins")
        << QStringLiteral("Dupont-Moreau") << QStringList{QStringLiteral("dupontmoreau")};
    QTest::newRow("phone groups join") << QStringLiteral("06 12 34") << QStringList{QStringLiteral("061234")};
    QTest::newRow("phone with dots") << QStringLiteral("06.12.34.56.78")
                                     << QStringList{QStringLiteral("0612345678")};
    QTest::newRow("words then digits")
        << QStringLiteral("Lefèvre 06 12") << QStringList{QStringLiteral("lefevre"), QStringLiteral("0612")};
    QTest::newRow("digits then word does not join")
        << QStringLiteral("12 noel 34")
        << QStringList{QStringLiteral("12"), QStringLiteral("noel"), QStringLiteral("34")};
    QTest::newRow("two names") << QStringLiteral("Marie  LEFÈVRE")
                               << QStringList{QStringLiteral("marie"), QStringLiteral("lefevre")};
    QTest::newRow("FTS syntax is just words")
        << QStringLiteral("\" OR \"\" *") << QStringList{QStringLiteral("or")};
    QTest::newRow("punctuation only") << QStringLiteral("'\"*-()") << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("spaces") << QStringLiteral("   ") << QStringList{};
}

void TestTextFolding::queryWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(guichet::queryWords(text), expected);
}

void TestTextFolding::phoneIndexWords_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("national") << QStringLiteral("06 12 34 56 78")
                              << QStringList{QStringLiteral("0612345678"), QStringLiteral("33612345678")};
    QTest::newRow("international +33")
        << QStringLiteral("+33 6 12 34 56 78")
        << QStringList{QStringLiteral("33612345678"), QStringLiteral("0612345678")};
    QTest::newRow("Belgian number kept as is")
        << QStringLiteral("+32 470 12 34 56") << QStringList{QStringLiteral("32470123456")};
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("no digits") << QStringLiteral("n/a") << QStringList{};
}

void TestTextFolding::phoneIndexWords()
{
    QFETCH(QString, phone);
    QFETCH(QStringList, expected);
    QCOMPARE(guichet::phoneIndexWords(phone), expected);
}

// Whatever the clerk types, each query word is a prefix of one of the indexed words.
void TestTextFolding::typedQueryMatchesIndexedName_data()
{
    QTest::addColumn<QString>("indexed");
    QTest::addColumn<QString>("typed");
    QTest::newRow("ndiaye") << QStringLiteral("N'Diaye") << QStringLiteral("ndiaye");
    QTest::newRow("n'diaye") << QStringLiteral("N'Diaye") << QStringLiteral("n'diaye");
    QTest::newRow("N’DIAYE") << QStringLiteral("N'Diaye") << QStringLiteral("N’DIAYE");
    QTest::newRow("diaye") << QStringLiteral("N'Diaye") << QStringLiteral("diaye");
    QTest::newRow("dupont-mor") << QStringLiteral("Dupont-Moreau") << QStringLiteral("dupont-mor");
    QTest::newRow("moreau") << QStringLiteral("Dupont-Moreau") << QStringLiteral("moreau");
    QTest::newRow("LEFEVRE") << QStringLiteral("Lefèvre") << QStringLiteral("LEFEVRE");
    QTest::newRow("lecoeur") << QStringLiteral("Lecœur") << QStringLiteral("lecoeur");
}

void TestTextFolding::typedQueryMatchesIndexedName()
{
    QFETCH(QString, indexed);
    QFETCH(QString, typed);
    const QStringList words = guichet::indexWords(indexed);
    const QStringList query = guichet::queryWords(typed);
    QVERIFY(!query.isEmpty());
    for (const QString &q : query) {
        const bool found =
            std::any_of(words.cbegin(), words.cend(), [&](const QString &w) { return w.startsWith(q); });
        QVERIFY2(found,
                 qPrintable(QStringLiteral("%1 not a prefix of %2").arg(q, words.join(QLatin1Char(',')))));
    }
}

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestTextFolding)
#include "tst_textfolding.moc"
