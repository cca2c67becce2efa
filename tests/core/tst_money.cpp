// Money: integer cents, French formatting with no-break spaces, strict parsing.
#include "common/Money.h"

#include <QTest>

namespace guichet {

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toString_data();
    void toString();
    void parseAccepts_data();
    void parseAccepts();
    void parseRejects_data();
    void parseRejects();
    void roundTrip_data();
    void roundTrip();
    void multiplicationIsExact();
    void arithmetic();
};

namespace {
// Writes the expected text with '_' standing for U+00A0 (no-break space), so the test reads easily.
QString nbsp(const char *text)
{
    QString s = QString::fromUtf8(text);
    s.replace(QLatin1Char('_'), QChar(0x00A0));
    return s;
}
} // namespace

void TestMoney::toString_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << nbsp("0,00_€");
    QTest::newRow("one cent") << qint64(1) << nbsp("0,01_€");
    QTest::newRow("ten cents") << qint64(10) << nbsp("0,10_€");
    QTest::newRow("70,55") << qint64(7055) << nbsp("70,55_€");
    QTest::newRow("999,99") << qint64(99999) << nbsp("999,99_€");
    QTest::newRow("1 000,00") << qint64(100000) << nbsp("1_000,00_€");
    QTest::newRow("1 234,56") << qint64(123456) << nbsp("1_234,56_€");
    QTest::newRow("1 234 567,89") << qint64(123456789) << nbsp("1_234_567,89_€");
    QTest::newRow("negative") << qint64(-7055) << nbsp("-70,55_€");
    QTest::newRow("negative thousands") << qint64(-123456) << nbsp("-1_234,56_€");
    QTest::newRow("negative cent") << qint64(-5) << nbsp("-0,05_€");
}

void TestMoney::toString()
{
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    const QString text = Money::fromCents(cents).toString();
    QCOMPARE(text, expected);
    QVERIFY2(!text.contains(QLatin1Char(' ')), "only no-break spaces, never a plain space");
}

void TestMoney::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("comma") << QStringLiteral("70,55") << qint64(7055);
    QTest::newRow("dot") << QStringLiteral("70.55") << qint64(7055);
    QTest::newRow("whole") << QStringLiteral("70") << qint64(7000);
    QTest::newRow("one decimal") << QStringLiteral("70,5") << qint64(7050);
    QTest::newRow("thousands, one decimal, euro") << QStringLiteral("1 234,5 €") << qint64(123450);
    QTest::newRow("no-break spaces") << nbsp("1_234,56_€") << qint64(123456);
    QTest::newRow("narrow no-break space")
        << (QStringLiteral("1") + QChar(0x202F) + QStringLiteral("234,56")) << qint64(123456);
    QTest::newRow("own output") << Money::fromCents(7055).toString() << qint64(7055);
    QTest::newRow("surrounding spaces") << QStringLiteral("  4,15  ") << qint64(415);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-12,30") << qint64(-1230);
    QTest::newRow("euro sign glued") << QStringLiteral("4,15€") << qint64(415);
}

void TestMoney::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const std::optional<Money> parsed = Money::parse(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(parsed->cents(), cents);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("English thousands 1,234") << QStringLiteral("1,234");
    QTest::newRow("three decimals 12,345") << QStringLiteral("12,345");
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ");
    QTest::newRow("only euro") << QStringLiteral("€");
    QTest::newRow("two separators") << QStringLiteral("1.234,56");
    QTest::newRow("trailing separator") << QStringLiteral("12,");
    QTest::newRow("leading separator") << QStringLiteral(",50");
    QTest::newRow("letters after digits") << QStringLiteral("12abc");
    QTest::newRow("exponent") << QStringLiteral("1e3");
    QTest::newRow("two minus") << QStringLiteral("--5");
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    const std::optional<Money> parsed = Money::parse(text);
    QVERIFY2(!parsed.has_value(),
             qPrintable(QStringLiteral("parsed %1 as %2 cents").arg(text).arg(parsed ? parsed->cents() : 0)));
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<qint64>("cents");
    for (qint64 cents : {qint64(0), qint64(1), qint64(99), qint64(415), qint64(7055), qint64(100000),
                         qint64(123456789), qint64(-1), qint64(-123456)})
        QTest::addRow("%lld", static_cast<long long>(cents)) << cents;
}

void TestMoney::roundTrip()
{
    QFETCH(qint64, cents);
    const std::optional<Money> parsed = Money::parse(Money::fromCents(cents).toString());
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->cents(), cents);
}

void TestMoney::multiplicationIsExact()
{
    // 17 meals at 4,15 € is exactly 70,55 € (0.1 + 0.2 problems never happen with cents).
    const Money meal = Money::fromCents(415);
    QVERIFY(meal * 17 == Money::fromCents(7055));
    QCOMPARE((meal * 17).cents(), qint64(7055));
    QCOMPARE((meal * 17).toString(), nbsp("70,55_€"));

    Money sum;
    for (int i = 0; i < 17; ++i)
        sum += meal;
    QCOMPARE(sum.cents(), qint64(7055));
    QVERIFY(sum == meal * 17);

    // A thousand additions of 0,10 € make exactly 100,00 €.
    Money dimes;
    for (int i = 0; i < 1000; ++i)
        dimes += Money::fromCents(10);
    QCOMPARE(dimes.cents(), qint64(10000));
    QCOMPARE(dimes.toString(), nbsp("100,00_€"));
}

void TestMoney::arithmetic()
{
    const Money a = Money::fromCents(1000);
    const Money b = Money::fromCents(2550);
    QCOMPARE((a + b).cents(), qint64(3550));
    QCOMPARE((a - b).cents(), qint64(-1550));
    QVERIFY((a - b).isNegative());
    QCOMPARE((-a).cents(), qint64(-1000));
    QVERIFY(a < b);
    QVERIFY(b > a);
    QVERIFY(Money().isZero());
    QVERIFY(!a.isZero());
    Money c = b;
    c -= a;
    QCOMPARE(c.cents(), qint64(1550));
}

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestMoney)
#include "tst_money.moc"
