// Upgrading a counter's database written by the previous version (schema 2) that has families, sales,
// split and partial payments, credit notes before and after full payment and a print: everything is
// carried over — file numbers with the counter's code, payment acts grouped into receipts, ledger
// movements linked to their document lines — verify holds, and numbering continues without a gap.
#include "Fixtures.h"
#include "RawConnection.h"
#include "cashoffice/CashOffice.h"

#include "common/Clock.h"
#include "common/Settings.h"
#include "family/FamilySearch.h"
#include "family/FamilyService.h"
#include "integrity/InvariantChecker.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "wallet/WalletService.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace guichet {

using test::must;

namespace {

constexpr qint64 Cantine = 1; // activity ids seeded by migration 2
constexpr qint64 GarderieMatin = 2;

// Applies a migration script as the Migrator of version 2 did (the site id after the first).
bool applyMigration(test::RawConnection &db, const QString &resource, int version)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    bool ok = true;
    for (const QString &statement : Migrator::statementsOf(QString::fromUtf8(file.readAll())))
        ok = db.exec(statement) && ok;
    ok = db.exec(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('site_id', "
                                "'0190aaaa-0000-7000-8000-000000005171')")) &&
         ok;
    return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) && ok;
}

// What version 2 wrote for two families (Paris is UTC+2 on 1 September 2026):
//  - Lefèvre, file 1: invoice SO1-2026-000001 (10 meals at 1,00 €, 5 morning sessions at 0,80 €: 14,00 €)
//    paid at once in cash (10,00 €, 20,00 € handed over) and by card (4,00 €): receipt
//    SO1-RC-2026-000001 of two parts; lots of 10 and 5; then credit note SO1-AV-2026-000001 takes back
//    2 meals from the wallet. Printed once.
//  - N'Diaye, file 2: invoice SO1-2026-000002 (20 meals at 2,85 €: 57,00 €), 20,00 € by cheque (receipt
//    SO1-RC-2026-000002), credit note SO1-AV-2026-000002 for 3 meals of the unpaid part (8,55 €), then
//    28,45 € in cash (30,00 € handed over, receipt SO1-RC-2026-000003): fully paid, a lot of 17.
bool writeSchemaTwo(const QString &path)
{
    test::RawConnection db(path);
    bool ok = db.isOpen() && db.exec(QStringLiteral("PRAGMA journal_mode = WAL")) &&
              db.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x47504553)) &&
              applyMigration(db, QStringLiteral(":/migrations/0001_foundation.sql"), 1) &&
              applyMigration(db, QStringLiteral(":/migrations/0002_sales.sql"), 2);
    const QStringList rows = {
        QStringLiteral("INSERT INTO school (id, uuid, name, kind, created_at) VALUES "
                       "(1, 'a0000000-0000-7000-8000-000000000001', 'École Jean-Macé', 'primaire', "
                       "'2026-06-01T08:00:00.000Z')"),
        QStringLiteral(
            "INSERT INTO household (id, uuid, origin_site, file_number, name, email, postal_code, resident, "
            "terms_version, terms_accepted_at, rules_version, rules_accepted_at, status, created_at, "
            "updated_at) "
            "VALUES (1, 'a1000000-0000-7000-8000-000000000001', '0190aaaa-0000-7000-8000-000000005171', 1, "
            "'Lefèvre', 'marie.lefevre@example.fr', "
            "'62500', 1, '2026-1', '2026-06-02T08:00:00.000Z', '2026-1', '2026-06-02T08:00:00.000Z', "
            "'validated', '2026-06-02T08:00:00.000Z', '2026-06-02T08:00:00.000Z'), "
            "(2, 'a1000000-0000-7000-8000-000000000002', '0190aaaa-0000-7000-8000-000000005171', 2, "
            "'N''Diaye', '', '62500', 1, '2026-1', "
            "'2026-06-03T08:00:00.000Z', '2026-1', '2026-06-03T08:00:00.000Z', 'validated', "
            "'2026-06-03T08:00:00.000Z', '2026-06-03T08:00:00.000Z')"),
        QStringLiteral(
            "INSERT INTO guardian (id, uuid, origin_site, household_id, last_name, first_name, phone_mobile, "
            "quotient, quotient_proof_date, is_payer, created_at, updated_at) VALUES "
            "(1, 'a2000000-0000-7000-8000-000000000001', '0190aaaa-0000-7000-8000-000000005171', 1, "
            "'Lefèvre', "
            "'Marie', '06 12 34 56 78', 550, '2026-05-20', 1, '2026-06-02T08:00:00.000Z', "
            "'2026-06-02T08:00:00.000Z'), "
            "(2, 'a2000000-0000-7000-8000-000000000002', '0190aaaa-0000-7000-8000-000000005171', 2, "
            "'N''Diaye', "
            "'Awa', '07 11 22 33 44', 800, '2026-05-20', 1, '2026-06-03T08:00:00.000Z', "
            "'2026-06-03T08:00:00.000Z')"),
        QStringLiteral("INSERT INTO child (id, uuid, origin_site, last_name, first_name, birth_date, sex, "
                       "school_id, class_level, created_at, updated_at) VALUES "
                       "(1, 'a3000000-0000-7000-8000-000000000001', '0190aaaa-0000-7000-8000-000000005171', "
                       "'Lefèvre', 'Léa', '2018-05-14', 'F', "
                       "1, 'CE1', '2026-06-02T08:00:00.000Z', '2026-06-02T08:05:00.000Z')"),
        QStringLiteral("INSERT INTO household_child (household_id, child_id, uuid, created_at) VALUES "
                       "(1, 1, 'a4000000-0000-7000-8000-000000000001', '2026-06-02T08:00:00.000Z')"),
        QStringLiteral(
            "INSERT INTO child_diet (child_id, diet_code) VALUES (1, 'no_pork'), (1, 'vegetarian')"),
        QStringLiteral(
            "INSERT INTO trusted_person (uuid, origin_site, child_id, last_name, first_name, phone, "
            "position, created_at) VALUES ('a5000000-0000-7000-8000-000000000001', "
            "'0190aaaa-0000-7000-8000-000000005171', 1, "
            "'Martin', 'Paul', '06 98 76 54 32', 1, '2026-06-02T08:00:00.000Z')"),
        QStringLiteral("INSERT INTO emergency_contact (uuid, origin_site, child_id, guardian_id, call_order, "
                       "created_at) VALUES ('a6000000-0000-7000-8000-000000000001', "
                       "'0190aaaa-0000-7000-8000-000000005171', 1, 1, 1, "
                       "'2026-06-02T08:00:00.000Z')"),
        QStringLiteral("INSERT INTO household_search (rowid, words, file_number, title, guardians, children, "
                       "status) VALUES "
                       "(1, 'lefevre marie lea 0612345678 1', '1', 'Lefèvre', 'Marie Lefèvre', 'Léa', "
                       "'validated'), "
                       "(2, 'ndiaye n diaye awa 0711223344 2', '2', 'N''Diaye', 'Awa N''Diaye', '', "
                       "'validated')"),
        QStringLiteral("INSERT INTO household_sort (id, sort_key) VALUES (1, 'lefevre 1'), (2, 'ndiaye 2')"),

        QStringLiteral("INSERT INTO invoice (id, uuid, origin_site, number, series, sequence, household_id, "
                       "school_year_id, issued_at, payer_name, bracket_label, total_cents, clerk) VALUES "
                       "(1, 'b1000000-0000-7000-8000-000000000001', '0190aaaa-0000-7000-8000-000000005171', "
                       "'SO1-2026-000001', 'SO1-2026', 1, 1, "
                       "1, '2026-09-01T07:00:00.000Z', 'Marie Lefèvre', 'QF ≤ 600', 1400, 'agent.v2'), "
                       "(2, 'b1000000-0000-7000-8000-000000000002', '0190aaaa-0000-7000-8000-000000005171', "
                       "'SO1-2026-000002', 'SO1-2026', 2, 2, "
                       "1, '2026-09-01T07:30:00.000Z', 'Awa N''Diaye', 'QF 601 à 1000', 5700, 'agent.v2')"),
        QStringLiteral("INSERT INTO invoice_line (id, uuid, invoice_id, activity_id, description, quantity, "
                       "unit_price_cents, total_cents) VALUES "
                       "(1, 'b2000000-0000-7000-8000-000000000001', 1, 1, 'Cantine', 10, 100, 1000), "
                       "(2, 'b2000000-0000-7000-8000-000000000002', 1, 2, 'Garderie du matin', 5, 80, 400), "
                       "(3, 'b2000000-0000-7000-8000-000000000003', 2, 1, 'Cantine', 20, 285, 5700)"),
        QStringLiteral(
            "INSERT INTO payment (uuid, origin_site, receipt_number, invoice_id, method, amount_cents, "
            "tendered_cents, change_cents, cheque_number, cheque_bank, cheque_drawer, card_reference, "
            "paid_at, "
            "clerk) VALUES "
            "('b3000000-0000-7000-8000-000000000001', '0190aaaa-0000-7000-8000-000000005171', "
            "'SO1-RC-2026-000001', 1, 'cash', 1000, 2000, 1000, "
            "'', '', '', '', '2026-09-01T07:01:00.000Z', 'agent.v2'), "
            "('b3000000-0000-7000-8000-000000000002', '0190aaaa-0000-7000-8000-000000005171', "
            "'SO1-RC-2026-000001', 1, 'card', 400, 400, 0, "
            "'', '', '', 'AUT 482913', '2026-09-01T07:01:00.000Z', 'agent.v2'), "
            "('b3000000-0000-7000-8000-000000000003', '0190aaaa-0000-7000-8000-000000005171', "
            "'SO1-RC-2026-000002', 2, 'cheque', 2000, 2000, 0, "
            "'1234567', 'Crédit Agricole', 'Awa N''Diaye', '', '2026-09-01T07:31:00.000Z', 'agent.v2'), "
            "('b3000000-0000-7000-8000-000000000004', '0190aaaa-0000-7000-8000-000000005171', "
            "'SO1-RC-2026-000003', 2, 'cash', 2845, 3000, 155, "
            "'', '', '', '', '2026-09-01T09:30:00.000Z', 'agent.v2')"),
        QStringLiteral(
            "INSERT INTO credit_note (id, uuid, origin_site, number, series, sequence, invoice_id, "
            "issued_at, reason, total_cents, clerk) VALUES "
            "(1, 'b4000000-0000-7000-8000-000000000001', '0190aaaa-0000-7000-8000-000000005171', "
            "'SO1-AV-2026-000001', 'SO1-AV-2026', "
            "1, 1, '2026-09-01T08:00:00.000Z', 'Repas non servis (grève)', 200, 'agent.v2'), "
            "(2, 'b4000000-0000-7000-8000-000000000002', '0190aaaa-0000-7000-8000-000000005171', "
            "'SO1-AV-2026-000002', 'SO1-AV-2026', "
            "2, 2, '2026-09-01T09:00:00.000Z', 'Erreur de quantité', 855, 'agent.v2')"),
        QStringLiteral("INSERT INTO credit_note_line (id, uuid, credit_note_id, invoice_line_id, quantity, "
                       "unit_price_cents, total_cents) VALUES "
                       "(1, 'b5000000-0000-7000-8000-000000000001', 1, 1, 2, 100, 200), "
                       "(2, 'b5000000-0000-7000-8000-000000000002', 2, 3, 3, 285, 855)"),
        QStringLiteral(
            "INSERT INTO wallet_movement (id, uuid, origin_site, household_id, activity_id, kind, quantity, "
            "unit_price_cents, lot_id, invoice_id, credit_note_id, at, clerk) VALUES "
            "(1, 'b6000000-0000-7000-8000-000000000001', '0190aaaa-0000-7000-8000-000000005171', 1, 1, "
            "'purchase', 10, 100, NULL, 1, NULL, "
            "'2026-09-01T07:01:00.000Z', 'agent.v2'), "
            "(2, 'b6000000-0000-7000-8000-000000000002', '0190aaaa-0000-7000-8000-000000005171', 1, 2, "
            "'purchase', 5, 80, NULL, 1, NULL, "
            "'2026-09-01T07:01:00.000Z', 'agent.v2'), "
            "(3, 'b6000000-0000-7000-8000-000000000003', '0190aaaa-0000-7000-8000-000000005171', 1, 1, "
            "'credit_note', -2, 100, 1, 1, 1, "
            "'2026-09-01T08:00:00.000Z', 'agent.v2'), "
            "(4, 'b6000000-0000-7000-8000-000000000004', '0190aaaa-0000-7000-8000-000000005171', 2, 1, "
            "'purchase', 17, 285, NULL, 2, NULL, "
            "'2026-09-01T09:30:00.000Z', 'agent.v2')"),
        QStringLiteral("INSERT INTO number_series (series, last_number) VALUES ('SO1-2026', 2), "
                       "('SO1-RC-2026', 3), ('SO1-AV-2026', 2)"),
        QStringLiteral(
            "INSERT INTO document_print (uuid, origin_site, kind, number, duplicate, printed_at, clerk) "
            "VALUES ('b7000000-0000-7000-8000-000000000001', '0190aaaa-0000-7000-8000-000000005171', "
            "'invoice', 'SO1-2026-000001', 0, "
            "'2026-09-01T07:02:00.000Z', 'agent.v2')"),
    };
    for (const QString &row : rows)
        ok = ok && db.exec(row);
    return ok;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql) && q.next())
        return q.value(0);
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return {};
}

QStringList column(Database &db, const QString &sql)
{
    return test::rowsOf(db.connection(), sql);
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void schemaTwoIsUpgraded();
    void familiesKeepTheirFilesWithTheCounterCode();
    void paymentsBecomeReceiptsWithTheirParts();
    void ledgerMovementsNameTheirDocumentLines();
    void verifyHoldsAfterTheUpgrade();
    void numberingContinuesWithoutAGap();
    void theJournalsGenesisCoversTheOldDocuments();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    // The day after: the counter is opened with the new version on Wednesday 2 September 2026.
    FixedClock m_clock{QDateTime(QDate(2026, 9, 2), QTime(6, 45), Qt::UTC)};
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

void TestMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("counter.sqlite"));
    QVERIFY(writeSchemaTwo(path));
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_db = std::make_unique<Database>(m_clock);
    const Status opened = m_db->open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_session = std::make_unique<Session>(*m_db, *m_settings, QStringLiteral("agent.v3"));
    QVERIFY(m_session->family().search().rebuildIfStale().ok()); // as the programs do at start
}

void TestMigration::cleanup()
{
    m_session.reset();
    m_db.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMigration::schemaTwoIsUpgraded()
{
    QCOMPARE(m_db->schemaVersion(), Database::supportedSchemaVersion());
    QCOMPARE(m_db->siteId(), QStringLiteral("0190aaaa-0000-7000-8000-000000005171"));
    // The counter that issued documents keeps its code, and gets a name.
    QCOMPARE(m_session->counter().code, QStringLiteral("SO1"));
    QCOMPARE(m_session->counter().name, QStringLiteral("Guichet principal"));
    // Documents numbered before the upgrade took their year from the computer: verify knows from when.
    QVERIFY(!scalar(*m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'commune_time_since'"))
                 .toString()
                 .isEmpty());
    // Rows created before this version came from this counter.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM school WHERE origin_site = "
                                          "'0190aaaa-0000-7000-8000-000000005171'"))
                 .toInt(),
             1);
}

void TestMigration::familiesKeepTheirFilesWithTheCounterCode()
{
    QCOMPARE(column(*m_db, QStringLiteral("SELECT id, file_number, name FROM household ORDER BY id")),
             (QStringList{QStringLiteral("1|SO1-1|Lefèvre"), QStringLiteral("2|SO1-2|N'Diaye")}));
    QCOMPARE(
        scalar(*m_db, QStringLiteral("SELECT last_number FROM number_series WHERE series = 'SO1-DOSSIER'"))
            .toInt(),
        2);
    // Found by the new number, as typed at the counter, first and as an exact file number (the index
    // was rebuilt once: its version is recorded).
    for (const QString &typed : {QStringLiteral("SO1-2"), QStringLiteral("so1 2"), QStringLiteral("2")}) {
        const auto hits = must(m_session->family().search().search(typed));
        QVERIFY2(!hits.isEmpty(), qPrintable(typed));
        QCOMPARE(hits.first().fileNumber, QStringLiteral("SO1-2"));
        QCOMPARE(int(hits.first().exact), int(ExactMatch::FileNumber));
    }
    QCOMPARE(
        scalar(*m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'search_index_version'")).toInt(),
        2);
    QCOMPARE(must(m_session->family().search().search(QStringLiteral("ndiaye"))).first().title,
             QStringLiteral("N'Diaye"));
    const FamilyFile file = must(m_session->family().load(1));
    QCOMPARE(file.household.fileNumber, QStringLiteral("SO1-1"));
    QCOMPARE(file.children.size(), 1);
    const Child &lea = file.children.first();
    QCOMPARE(lea.firstName, QStringLiteral("Léa"));
    QCOMPARE(lea.diets, (QStringList{QStringLiteral("no_pork"), QStringLiteral("vegetarian")}));
    QCOMPARE(lea.trustedPersons.size(), 1);
    QCOMPARE(lea.trustedPersons.first().lastName, QStringLiteral("Martin"));
    QCOMPARE(lea.emergencyContacts.size(), 1);
    QCOMPARE(lea.emergencyContacts.first().guardianId, qint64(1));
    // Each diet got its own uuid (a change travels as one row).
    QCOMPARE(
        scalar(*m_db, QStringLiteral("SELECT count(DISTINCT uuid) FROM child_diet WHERE length(uuid) = 36"))
            .toInt(),
        2);

    // The next family gets the next number of the series.
    const qint64 third = must(m_session->family().createAccount(NewAccount{
        QStringLiteral("Noël"), QStringLiteral("Jérôme"), QString(), QStringLiteral("62500"), true, true}));
    QCOMPARE(must(m_session->family().load(third)).household.fileNumber, QStringLiteral("SO1-3"));
}

void TestMigration::paymentsBecomeReceiptsWithTheirParts()
{
    QCOMPARE(column(*m_db, QStringLiteral("SELECT number, series, sequence, invoice_id, paid_at, clerk FROM "
                                          "receipt ORDER BY number")),
             (QStringList{
                 QStringLiteral("SO1-RC-2026-000001|SO1-RC-2026|1|1|2026-09-01T07:01:00.000Z|agent.v2"),
                 QStringLiteral("SO1-RC-2026-000002|SO1-RC-2026|2|2|2026-09-01T07:31:00.000Z|agent.v2"),
                 QStringLiteral("SO1-RC-2026-000003|SO1-RC-2026|3|2|2026-09-01T09:30:00.000Z|agent.v2")}));
    QCOMPARE(column(*m_db, QStringLiteral("SELECT r.number, p.method, p.amount_cents, p.tendered_cents, "
                                          "p.change_cents, p.cheque_bank, p.card_reference FROM payment p "
                                          "JOIN receipt r ON r.id = p.receipt_id ORDER BY p.id")),
             (QStringList{QStringLiteral("SO1-RC-2026-000001|cash|1000|2000|1000||"),
                          QStringLiteral("SO1-RC-2026-000001|card|400|400|0||AUT 482913"),
                          QStringLiteral("SO1-RC-2026-000002|cheque|2000|2000|0|Crédit Agricole|"),
                          QStringLiteral("SO1-RC-2026-000003|cash|2845|3000|155||")}));
    // Each series remembers when it last issued (a clock set before it cannot issue).
    QCOMPARE(column(*m_db, QStringLiteral("SELECT series, last_issued_at FROM number_series WHERE series "
                                          "LIKE 'SO1-%2026' ORDER BY series")),
             (QStringList{QStringLiteral("SO1-2026|2026-09-01T07:30:00.000Z"),
                          QStringLiteral("SO1-AV-2026|2026-09-01T09:00:00.000Z"),
                          QStringLiteral("SO1-RC-2026|2026-09-01T09:30:00.000Z")}));
    // The split payment reads as one act of two parts; the last payment of N'Diaye as what it settled.
    const ReceiptView split = must(m_session->sales().receipt(QStringLiteral("SO1-RC-2026-000001")));
    QCOMPARE(split.parts.size(), 2);
    QCOMPARE(split.paidHere, Money::fromCents(1400));
    QCOMPARE(split.remainingAfter, Money());
    const ReceiptView last = must(m_session->sales().receipt(QStringLiteral("SO1-RC-2026-000003")));
    QCOMPARE(last.invoice.number, QStringLiteral("SO1-2026-000002"));
    QCOMPARE(last.creditedBefore, Money::fromCents(855));
    QCOMPARE(last.paidBefore, Money::fromCents(2000));
    QCOMPARE(last.paidHere, Money::fromCents(2845));
    QCOMPARE(last.remainingAfter, Money());
}

void TestMigration::ledgerMovementsNameTheirDocumentLines()
{
    QCOMPARE(column(*m_db, QStringLiteral("SELECT id, kind, quantity, lot_id, invoice_line_id, "
                                          "credit_note_line_id FROM wallet_movement ORDER BY id")),
             (QStringList{QStringLiteral("1|purchase|10||1|"), QStringLiteral("2|purchase|5||2|"),
                          QStringLiteral("3|credit_note|-2|1||1"), QStringLiteral("4|purchase|17||3|")}));
    WalletService &wallet = m_session->wallet();
    QCOMPARE(must(wallet.balance(1, Cantine)), 8);
    QCOMPARE(must(wallet.balance(1, GarderieMatin)), 5);
    QCOMPARE(must(wallet.balance(2, Cantine)), 17);
    QCOMPARE(must(wallet.lotOfInvoiceLine(3)), qint64(4));
}

void TestMigration::verifyHoldsAfterTheUpgrade()
{
    const auto findings = must(InvariantChecker(*m_session).run());
    QStringList messages;
    for (const InvariantChecker::Finding &f : findings)
        messages += f.check + QStringLiteral(": ") + f.message;
    QCOMPARE(messages.join(QLatin1Char('\n')), QString());
}

// A sale the day after the upgrade: the invoice and receipt numbers follow the old ones, and the ledger
// takes the new lot with its line.
void TestMigration::numberingContinuesWithoutAGap()
{
    SalesService &sales = m_session->sales();
    must(m_session->till().open(Money())); // the upgraded counter's first till session
    const qint64 invoice = must(sales.confirmOrder(1, {{Cantine, 4}}));
    const InvoiceView view = must(sales.invoice(invoice));
    QCOMPARE(view.number, QStringLiteral("SO1-2026-000003"));
    QCOMPARE(view.total, Money::fromCents(400)); // QF 550 on file since the old version: 1,00 € a meal
    const PaymentOutcome paid = must(sales.pay(invoice, {test::cash("4,00", "5,00")}));
    QCOMPARE(paid.receiptNumber, QStringLiteral("SO1-RC-2026-000004"));
    QCOMPARE(must(m_session->wallet().balance(1, Cantine)), 12);
    const auto findings = must(InvariantChecker(*m_session).run());
    QCOMPARE(findings.size(), 0);
}

// The documents of the older version have no journal entry each: the genesis entry covers them, so an old
// invoice changed afterwards is seen too.
void TestMigration::theJournalsGenesisCoversTheOldDocuments()
{
    const auto genesis = test::RawConnection(m_db->path(), true)
                             .value(QStringLiteral("SELECT payload FROM journal_entry WHERE seq = 0"))
                             .toString();
    QVERIFY2(genesis.startsWith(QStringLiteral("invoice\tmax_id=2\tcount=2\tsha256=")), qPrintable(genesis));
    QCOMPARE(must(InvariantChecker(*m_session).run(QStringLiteral("journal.records"))).size(), 0);
    {
        test::RawConnection raw(m_db->path());
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER invoice_no_update")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE invoice SET payer_name = 'Autre payeur' WHERE id = 1")));
    }
    const auto findings = must(InvariantChecker(*m_session).run(QStringLiteral("journal.records")));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().message,
             QStringLiteral(
                 "Journal: the invoice rows the genesis entry covers (up to number 2) were changed, removed "
                 "or added since it was written."));
}

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestMigration)
#include "tst_migration.moc"
