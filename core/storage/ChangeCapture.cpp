#include "storage/ChangeCapture.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>

namespace guichet {

const QList<TravellingTable> &ChangeCapture::travellingTables()
{
    const auto uuid = QStringLiteral("uuid");
    static const QList<TravellingTable> tables{
        // Configuration, owned by the central database.
        {QStringLiteral("commune_setting"), QStringLiteral("key"), MergeRule::Configuration},
        {QStringLiteral("diet_option"), QStringLiteral("code"), MergeRule::Configuration},
        {QStringLiteral("school"), uuid, MergeRule::Configuration},
        {QStringLiteral("activity"), uuid, MergeRule::Configuration},
        {QStringLiteral("school_year"), uuid, MergeRule::Configuration},
        {QStringLiteral("activity_capacity"), uuid, MergeRule::Configuration},
        {QStringLiteral("qf_bracket"), uuid, MergeRule::Configuration},
        {QStringLiteral("tariff"), uuid, MergeRule::Configuration},
        {QStringLiteral("calendar_period"), uuid, MergeRule::Configuration},
        {QStringLiteral("school_week"), uuid, MergeRule::Configuration},
        {QStringLiteral("app_user"), uuid, MergeRule::Configuration},
        {QStringLiteral("mail_template"), QStringLiteral("kind"), MergeRule::Configuration},
        // Family files, edited on every counter and on the portal.
        {QStringLiteral("household"), uuid, MergeRule::Versioned},
        {QStringLiteral("guardian"), uuid, MergeRule::Versioned},
        {QStringLiteral("child"), uuid, MergeRule::Versioned},
        {QStringLiteral("household_child"), uuid, MergeRule::Versioned},
        {QStringLiteral("child_diet"), uuid, MergeRule::Versioned},
        {QStringLiteral("trusted_person"), uuid, MergeRule::Versioned},
        {QStringLiteral("emergency_contact"), uuid, MergeRule::Versioned},
        {QStringLiteral("custody"), uuid, MergeRule::Versioned},
        {QStringLiteral("booking"), uuid, MergeRule::FurthestStatus}, // its status follows the day
        // Money, tickets and history: never changed, only added to.
        {QStringLiteral("audit_entry"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("invoice"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("invoice_line"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("credit_note"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("credit_note_line"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("receipt"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("payment"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("wallet_movement"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("issued_document"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("document_print"), uuid, MergeRule::AppendOnly},
        // The cash office: each counter's own tills, closures, slips and journal chain.
        {QStringLiteral("till_session"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("till_count"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("closure"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("deposit_slip"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("deposit_slip_cheque"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("journal_entry"), uuid, MergeRule::AppendOnly},
        // The year end: roll-overs, refunds and the orders handed to the public accountant.
        {QStringLiteral("year_rollover"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("refund"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("refund_line"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("refund_order"), uuid, MergeRule::AppendOnly},
        {QStringLiteral("refund_order_item"), uuid, MergeRule::AppendOnly},
        // The sync: a clerk's choice on a conflict, applied by every counter.
        {QStringLiteral("sync_resolution"), uuid, MergeRule::AppendOnly},
    };
    return tables;
}

const TravellingTable *ChangeCapture::travelling(const QString &table)
{
    for (const TravellingTable &t : travellingTables())
        if (t.name == table)
            return &t;
    return nullptr;
}

const QStringList &ChangeCapture::localTables()
{
    static const QStringList tables{
        QStringLiteral("meta"),             // this database's identity (site id, counter code)
        QStringLiteral("number_series"),    // this counter's document numbering
        QStringLiteral("change_log"),       // what the next sync sends
        QStringLiteral("movement_kind"),    // defined by the migrations, the same everywhere
        QStringLiteral("household_sort"),   // search order, derived from the files
        QStringLiteral("wallet_lot_left"),  // tickets left in each lot, derived from the ledger
        QStringLiteral("household_key"),    // search ranking keys, derived from the files
        QStringLiteral("household_search"), // the search index (FTS5) and its shadow tables
        QStringLiteral("household_search_data"),
        QStringLiteral("household_search_idx"),
        QStringLiteral("household_search_content"),
        QStringLiteral("household_search_docsize"),
        QStringLiteral("household_search_config"),
        QStringLiteral("login_failure"), // this counter's failed logins and lockouts
        QStringLiteral("mail_message"),  // this counter's outbox: each counter sends what its clerks did
        QStringLiteral("sync_base"),     // what this counter and the central database last agreed on
        QStringLiteral("sync_conflict"), // fields changed here and elsewhere, waiting for a clerk
        QStringLiteral("sqlite_sequence"),
    };
    return tables;
}

QString ChangeCapture::triggerName(const QString &table, const QString &operation)
{
    return QStringLiteral("capture_%1_%2").arg(table, operation);
}

Status ChangeCapture::install(Database &database)
{
    // The triggers there are, with their text: one whose text differs from today's is made again.
    QHash<QString, QString> existing;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'capture\\_%' "
            "ESCAPE '\\'")))
        return storageError(q.lastError());
    while (q.next())
        existing.insert(q.value(0).toString(), q.value(1).toString());
    q.finish();

    const QString site = database.siteId();
    QStringList statements;
    for (const TravellingTable &t : travellingTables()) {
        for (const char *operation : {"insert", "update", "delete"}) {
            const QString op = QString::fromLatin1(operation);
            const QString name = triggerName(t.name, op);
            const QString row =
                (op == QLatin1String("insert") ? QStringLiteral("NEW.") : QStringLiteral("OLD.")) + t.key;
            // The site id is written into the trigger: it never changes, and a lookup per write is saved. A
            // change pulled from the central database (Sync::pull, which sets 'sync_applying' in meta for its
            // transaction) is another counter's: it is not this counter's to send.
            const QString sql =
                QStringLiteral(
                    "CREATE TRIGGER %1 AFTER %2 ON %3 WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = "
                    "'sync_applying') BEGIN INSERT INTO change_log (site, table_name, row_key, op) "
                    "VALUES ('%4', '%3', %5, '%6'); END")
                    .arg(name, op.toUpper(), t.name, site, row, op);
            const auto found = existing.constFind(name);
            if (found != existing.constEnd() && found.value() == sql)
                continue;
            if (found != existing.constEnd())
                statements += QStringLiteral("DROP TRIGGER %1").arg(name);
            statements += sql;
        }
    }
    if (statements.isEmpty())
        return Status::success();
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.status();
    for (const QString &sql : std::as_const(statements))
        if (!q.exec(sql))
            return storageError(q.lastError());
    return transaction.commit();
}

} // namespace guichet
