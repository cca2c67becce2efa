// Catalog administration in core: brackets keep their prices when edited, a new school year is prepared
// by copying the previous one's brackets and prices, and both are refused once tickets are sold.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "catalog/CatalogService.h"
#include "sales/SalesService.h"

#include <QTest>
#include <QTime>

namespace guichet {

using test::FamilyBuilder;
using test::must;
using test::TestDatabase;

namespace {

// "activity/bracket position=cents" for every tariff of a year, bracket position 0 for non-residents.
QStringList pricesByPosition(CatalogService &catalog, qint64 yearId)
{
    QHash<qint64, int> position{{0, 0}};
    for (const Bracket &b : must(catalog.brackets(yearId)))
        position.insert(b.id, b.position);
    QStringList lines;
    for (const Tariff &t : must(catalog.tariffs(yearId)))
        lines += QStringLiteral("%1/%2=%3")
                     .arg(t.activityId)
                     .arg(position.value(t.bracketId))
                     .arg(t.unitPrice.cents());
    lines.sort();
    return lines;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // An activity's booking rules are the administrator's: the deadline (days before, time), whether the
    // kitchen counts it, the surcharge of a child present without a booking; out of range, refused by field.
    void activityBookingRules()
    {
        TestDatabase db;
        CatalogService &catalog = db.session().catalog();
        Activity garderie;
        for (const Activity &a : must(catalog.activities()))
            if (a.code == QLatin1String("garderie_soir"))
                garderie = a;
        QCOMPARE(garderie.deadlineDaysBefore, 0);
        QCOMPARE(garderie.deadlineTime, QTime(7, 0));
        QVERIFY(!garderie.countsMeals);
        garderie.deadlineDaysBefore = 2;
        garderie.deadlineTime = QTime(18, 30);
        garderie.walkInSurcharge = 1;
        must(catalog.saveActivity(garderie));
        for (const Activity &a : must(catalog.activities()))
            if (a.id == garderie.id) {
                QCOMPARE(a.deadlineDaysBefore, 2);
                QCOMPARE(a.deadlineTime, QTime(18, 30));
                QCOMPARE(a.walkInSurcharge, 1);
                garderie = a;
            }
        garderie.walkInSurcharge = 6;
        const auto refused = catalog.saveActivity(garderie);
        QVERIFY(!refused);
        QCOMPARE(refused.error().fields.keys(), QStringList{QStringLiteral("walkInSurcharge")});
        garderie.walkInSurcharge = 0;
        garderie.deadlineDaysBefore = 31;
        QCOMPARE(catalog.saveActivity(garderie).error().fields.keys(),
                 QStringList{QStringLiteral("deadline")});
    }

    void bracketsKeepTheirPrices()
    {
        TestDatabase db;
        CatalogService &catalog = db.session().catalog();
        QList<Bracket> brackets = must(catalog.brackets(1));
        QCOMPARE(brackets.size(), qsizetype(3));
        const qint64 top = brackets.at(2).id;
        // Insert a bracket before the unbounded one: the unbounded one keeps its 4,15 € cantine price.
        brackets.insert(2, Bracket{0, 0, QStringLiteral("QF 1001 à 1500"), 1500});
        QVERIFY(catalog.setBrackets(1, brackets));
        const QList<Bracket> now = must(catalog.brackets(1));
        QCOMPARE(now.size(), 4);
        QCOMPARE(now.at(3).id, top);
        QCOMPARE(now.at(3).position, 4);
        QCOMPARE(now.at(2).label, QStringLiteral("QF 1001 à 1500"));
        const qint64 cantine = must(catalog.activities()).at(0).id;
        auto priceOf = [&](qint64 bracket) -> qint64 {
            for (const Tariff &t : must(catalog.tariffs(1)))
                if (t.activityId == cantine && t.bracketId == bracket)
                    return t.unitPrice.cents();
            return -1;
        };
        QCOMPARE(priceOf(top), qint64(415));
        QCOMPARE(priceOf(now.at(2).id), qint64(-1)); // a new bracket has no price yet
        // Remove the first bracket: its prices go with it, the others keep theirs.
        QVERIFY(catalog.setBrackets(1, now.mid(1)));
        QCOMPARE(must(catalog.brackets(1)).size(), 3);
        QCOMPARE(priceOf(now.at(1).id), qint64(285));
        QCOMPARE(priceOf(now.at(0).id), qint64(-1));
    }

    void newYearCopiesTheLastOne()
    {
        TestDatabase db;
        CatalogService &catalog = db.session().catalog();
        const auto next = catalog.saveSchoolYear(SchoolYear{0, QStringLiteral("2027-2028"), QDate(2027, 9, 1),
                                                            QDate(2028, 7, 4), QDate(2027, 8, 20), 0});
        QVERIFY(next);
        QVERIFY(must(catalog.brackets(next.value())).isEmpty());
        QVERIFY(catalog.copyTariffs(1, next.value()));
        QCOMPARE(must(catalog.brackets(next.value())).size(), 3);
        QCOMPARE(must(catalog.brackets(next.value())).at(0).qfMax, std::optional<int>(600));
        QCOMPARE(pricesByPosition(catalog, next.value()), pricesByPosition(catalog, 1));
        QCOMPARE(pricesByPosition(catalog, next.value()).size(), 16);
        // The copy is independent: changing next year's price leaves this year's alone.
        const Bracket first = must(catalog.brackets(next.value())).at(0);
        const qint64 cantine = must(catalog.activities()).at(0).id;
        QVERIFY(catalog.setTariff(next.value(), Tariff{cantine, first.id, Money::fromCents(110)}));
        QVERIFY(pricesByPosition(catalog, 1).contains(QStringLiteral("%1/1=100").arg(cantine)));
        QVERIFY(pricesByPosition(catalog, next.value()).contains(QStringLiteral("%1/1=110").arg(cantine)));
    }

    void refusedOnceTicketsAreSold()
    {
        TestDatabase db;
        CatalogService &catalog = db.session().catalog();
        const qint64 household =
            FamilyBuilder(db.session()).child(QStringLiteral("Léa")).validated().build().householdId;
        QVERIFY(db.session().sales().confirmOrder(household, {{must(catalog.activities()).at(0).id, 10}}));
        const QStringList before = pricesByPosition(catalog, 1);
        QVERIFY(!must(catalog.canChangeBrackets(1)));
        const Status copied = catalog.copyTariffs(1, 1);
        QVERIFY(!copied);
        const auto next = catalog.saveSchoolYear(SchoolYear{0, QStringLiteral("2027-2028"), QDate(2027, 9, 1),
                                                            QDate(2028, 7, 4), QDate(2027, 8, 20), 0});
        QVERIFY(next);
        const Status backwards = catalog.copyTariffs(next.value(), 1);
        QVERIFY(!backwards); // the next year has no brackets to copy, and this one is sold anyway
        QVERIFY(!catalog.setBrackets(1, must(catalog.brackets(1)).mid(1)));
        QCOMPARE(pricesByPosition(catalog, 1), before);
    }
};

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestCatalog)
#include "tst_catalog.moc"
