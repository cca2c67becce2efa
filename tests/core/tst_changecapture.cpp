// The change log the sync will send: every write to a travelling table is captured in its transaction
// (table, row key, operation, site, sequence), by one mechanism for every service; a table nobody decided
// about fails here. Family details keep their identity from one save to the next.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "catalog/CatalogService.h"
#include "documents/DocumentService.h"
#include "family/FamilyService.h"
#include "sales/SalesService.h"
#include "storage/ChangeCapture.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

namespace guichet {

using test::cash;
using test::FamilyBuilder;
using test::must;
using test::TestDatabase;

namespace {

struct Change
{
    QString table, key, op;
    bool operator==(const Change &o) const { return table == o.table && key == o.key && op == o.op; }
};

// The changes captured after sequence 'after', in order.
QList<Change> changesAfter(Database &db, qint64 after)
{
    QList<Change> changes;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT table_name, row_key, op FROM change_log WHERE seq > ? ORDER BY seq"));
    q.addBindValue(after);
    if (!q.exec())
        qFatal("cannot read the change log");
    while (q.next())
        changes += Change{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return changes;
}

qint64 lastSeq(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

QStringList tablesOf(const QList<Change> &changes, const QString &op)
{
    QStringList tables;
    for (const Change &c : changes)
        if (c.op == op && !tables.contains(c.table))
            tables += c.table;
    tables.sort();
    return tables;
}

} // namespace

class TestChangeCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A new table must be declared travelling (with its key and merge rule) or local: this fails otherwise.
    void everyTableIsTravellingOrLocal()
    {
        TestDatabase t;
        QSet<QString> declared(ChangeCapture::localTables().cbegin(), ChangeCapture::localTables().cend());
        for (const TravellingTable &table : ChangeCapture::travellingTables())
            declared.insert(table.name);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        QStringList undeclared;
        int tables = 0;
        while (q.next()) {
            ++tables;
            if (!declared.contains(q.value(0).toString()))
                undeclared += q.value(0).toString();
        }
        QCOMPARE(undeclared, QStringList());
        QVERIFY(tables >= 30);
    }

    void everyTravellingTableIsCaptured()
    {
        TestDatabase t;
        QSet<QString> triggers;
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")));
        while (q.next()) {
            triggers.insert(q.value(0).toString());
            if (q.value(0).toString().startsWith(QLatin1String("capture_")))
                QVERIFY2(q.value(1).toString().contains(t.db().siteId()), qPrintable(q.value(1).toString()));
        }
        for (const TravellingTable &table : ChangeCapture::travellingTables())
            for (const char *op : {"insert", "update", "delete"})
                QVERIFY2(triggers.contains(ChangeCapture::triggerName(table.name, QString::fromLatin1(op))),
                         qPrintable(table.name + QLatin1Char(' ') + QLatin1String(op)));
        // A trigger lost (a table rebuilt by a migration) comes back at the next opening.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER capture_invoice_insert")));
        t.reopen();
        QVERIFY(
            QSqlQuery(t.db().connection())
                .exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'capture_invoice_insert'")));
        QSqlQuery again(t.db().connection());
        QVERIFY(again.exec(QStringLiteral(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'capture_invoice_insert'")) &&
                again.next());
        QCOMPARE(again.value(0).toInt(), 1);
    }

    // Every service writes through the same mechanism: a sale leaves its invoice, lines, receipt, payment,
    // lots and issued documents in the log, with the rows' uuids, this site and increasing sequences.
    void aSaleIsCapturedRowByRow()
    {
        TestDatabase t;
        Session &s = t.session();
        const auto family = FamilyBuilder(s).child(QStringLiteral("Léa")).validated().build();
        const qint64 cantine = must(s.catalog().activities()).first().id;
        const qint64 before = lastSeq(t.db());
        const qint64 invoice = must(s.sales().confirmOrder(family.householdId, {{cantine, 17}}));
        const QString receipt = must(s.sales().pay(invoice, {cash("70,55", "100,00")})).receiptNumber;
        QVERIFY(s.documents().recordIssue(must(s.documents().receipt(receipt))));

        const QList<Change> changes = changesAfter(t.db(), before);
        QCOMPARE(tablesOf(changes, QStringLiteral("insert")),
                 (QStringList{QStringLiteral("document_print"), QStringLiteral("invoice"),
                              QStringLiteral("invoice_line"), QStringLiteral("issued_document"),
                              QStringLiteral("journal_entry"), QStringLiteral("payment"),
                              QStringLiteral("receipt"), QStringLiteral("wallet_movement")}));
        // The journal's three entries: the invoice, the payment, the print.
        QCOMPARE(changes.size(), qsizetype(10));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM invoice")) && q.next());
        QCOMPARE(changes.constFirst(),
                 (Change{QStringLiteral("invoice"), q.value(0).toString(), QStringLiteral("insert")}));
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(DISTINCT site), min(site), count(*), max(seq) - min(seq) + 1 "
                                  "FROM change_log")) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), t.db().siteId());
        QCOMPARE(q.value(2).toLongLong(), q.value(3).toLongLong()); // one sequence, no gap
    }

    // What a refused or rolled-back action wrote is not in the log either.
    void aRefusalLeavesNoChange()
    {
        TestDatabase t;
        Session &s = t.session();
        const auto draft = FamilyBuilder(s).child(QStringLiteral("Tom")).build(); // not validated
        const qint64 before = lastSeq(t.db());
        QVERIFY(!s.sales().confirmOrder(draft.householdId, {{1, 10}}));
        NewAccount bad{QStringLiteral("Noël"),
                       QStringLiteral("Jérôme"),
                       QStringLiteral("not an email"),
                       QStringLiteral("62500"),
                       true,
                       true};
        QVERIFY(!s.family().createAccount(bad));
        QCOMPARE(lastSeq(t.db()), before);
    }

    // Saving a child keeps the identity of its trusted persons, emergency contacts and diets: a changed phone
    // is an update of the same row, a removed person a recorded deletion, nothing is deleted and re-added.
    void childDetailsKeepTheirIdentity()
    {
        TestDatabase t;
        FamilyService &family = t.session().family();
        const auto built = FamilyBuilder(t.session()).child(QStringLiteral("Léa")).build();
        Child child = must(family.load(built.householdId)).children.at(0);
        child.trustedPersons = {TrustedPerson{{},
                                              QStringLiteral("Caron"),
                                              QStringLiteral("Odette"),
                                              QStringLiteral("06 11 22 33 44"),
                                              QStringLiteral("Grand-mère")},
                                TrustedPerson{{},
                                              QStringLiteral("Caron"),
                                              QStringLiteral("Henri"),
                                              QStringLiteral("06 55 66 77 88"),
                                              QStringLiteral("Grand-père")}};
        child.emergencyContacts += EmergencyContact{{},
                                                    0,
                                                    QStringLiteral("Vasseur"),
                                                    QStringLiteral("Inès"),
                                                    QStringLiteral("07 12 12 12 12"),
                                                    QStringLiteral("Tante")};
        child.diets = {QStringLiteral("no_pork")};
        QVERIFY(family.saveChild(built.householdId, child));

        child = must(family.load(built.householdId)).children.at(0);
        const QString odette = child.trustedPersons.at(0).uuid, henri = child.trustedPersons.at(1).uuid;
        const QString payerContact = child.emergencyContacts.at(0).uuid,
                      ines = child.emergencyContacts.at(1).uuid;
        QVERIFY(!odette.isEmpty() && !henri.isEmpty() && !payerContact.isEmpty() && !ines.isEmpty());

        // Odette's phone changes, Henri is removed, the diet becomes vegetarian.
        const qint64 before = lastSeq(t.db());
        child.trustedPersons[0].phone = QStringLiteral("06 99 99 99 99");
        child.trustedPersons.removeAt(1);
        child.diets = {QStringLiteral("vegetarian")};
        QVERIFY(family.saveChild(built.householdId, child));

        const Child after = must(family.load(built.householdId)).children.at(0);
        QCOMPARE(after.trustedPersons.size(), qsizetype(1));
        QCOMPARE(after.trustedPersons.at(0).uuid, odette);
        QCOMPARE(after.trustedPersons.at(0).phone, QStringLiteral("06 99 99 99 99"));
        QCOMPARE(after.emergencyContacts.at(0).uuid, payerContact);
        QCOMPARE(after.emergencyContacts.at(1).uuid, ines);
        const QList<Change> changes = changesAfter(t.db(), before);
        QVERIFY(changes.contains(Change{QStringLiteral("trusted_person"), odette, QStringLiteral("update")}));
        QVERIFY(changes.contains(Change{QStringLiteral("trusted_person"), henri, QStringLiteral("delete")}));
        QCOMPARE(tablesOf(changes, QStringLiteral("insert")),
                 (QStringList{QStringLiteral("audit_entry"), QStringLiteral("child_diet")}));
        QCOMPARE(tablesOf(changes, QStringLiteral("delete")),
                 (QStringList{QStringLiteral("child_diet"), QStringLiteral("trusted_person")}));
        for (const Change &c : changes)
            QVERIFY2(c.table != QLatin1String("emergency_contact"),
                     qPrintable(c.key)); // untouched: not rewritten
    }

    // File numbers are per counter: two counters installed from scratch never give the same number.
    void fileNumbersAreTheCounters()
    {
        TestDatabase first;
        TestDatabase annex(false);
        QVERIFY(annex.session().setUpCounter(QStringLiteral("SO2"), QStringLiteral("Annexe Nord")));
        const auto a = FamilyBuilder(first.session()).build();
        const auto b = FamilyBuilder(annex.session()).build();
        QCOMPARE(must(first.session().family().load(a.householdId)).household.fileNumber,
                 QStringLiteral("SO1-1"));
        QCOMPARE(must(annex.session().family().load(b.householdId)).household.fileNumber,
                 QStringLiteral("SO2-1"));
        // A counter without its code numbers nothing, and says how to set it up.
        TestDatabase bare(false);
        const auto refused =
            bare.session().family().createAccount(NewAccount{QStringLiteral("Noël"), QStringLiteral("Jérôme"),
                                                             QString(), QStringLiteral("62500"), true, true});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("guichet-cli setup")),
                 qPrintable(refused.error().message));
        QCOMPARE(test::rowCount(bare.db(), QStringLiteral("household")), 0);
    }
};

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestChangeCapture)
#include "tst_changecapture.moc"
