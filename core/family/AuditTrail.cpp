#include "family/AuditTrail.h"

#include "common/CommuneTime.h"

#include "common/Uuid.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>

namespace guichet {

Status AuditTrail::recordChanges(qint64 householdId, const QString &entity, const QString &entityLabel,
                                 const Fields &before, const Fields &after)
{
    QHash<QString, QString> old;
    for (const auto &[field, value] : before)
        old.insert(field, value);
    for (const auto &[field, value] : after) {
        const QString previous = old.value(field);
        if (previous == value)
            continue;
        if (Status s = record(householdId, entity, entityLabel, field, previous, value); !s)
            return s;
    }
    return Status::success();
}

Status AuditTrail::record(qint64 householdId, const QString &entity, const QString &entityLabel,
                          const QString &field, const QString &oldValue, const QString &newValue)
{
    const Database &db = m_session.database();
    QSqlQuery &q = m_session.statements().get(
        QStringLiteral("INSERT INTO audit_entry (uuid, origin_site, household_id, at, actor, entity, "
                       "entity_label, field, old_value, new_value) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    bindAll(q, {createUuidV7(db.clock()), db.siteId(), householdId, db.clock().nowIso(), m_session.actor(),
                entity, entityLabel, field, oldValue, newValue});
    return execOrError(q);
}

Result<QList<HistoryEntry>> AuditTrail::history(qint64 householdId) const
{
    QList<HistoryEntry> entries;
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT at, actor, entity, entity_label, field, old_value, new_value FROM audit_entry "
                       "WHERE household_id = ? ORDER BY id DESC"));
    q.addBindValue(householdId);
    if (Status s = execOrError(q); !s)
        return s.error();
    while (q.next()) {
        entries += HistoryEntry{instantFromIso(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(),      q.value(4).toString(), q.value(5).toString(),
                                q.value(6).toString()};
    }
    return entries;
}

QString AuditTrail::entityName(const QString &entity)
{
    if (entity == QLatin1String("household"))
        return tr("Household");
    if (entity == QLatin1String("guardian"))
        return tr("Guardian");
    if (entity == QLatin1String("child"))
        return tr("Child");
    if (entity == QLatin1String("file"))
        return tr("File");
    if (entity == QLatin1String("sync"))
        return tr("Sync conflict");
    return entity;
}

QString AuditTrail::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("created"), QT_TR_NOOP("Created")},
        {QStringLiteral("removed"), QT_TR_NOOP("Removed")},
        {QStringLiteral("attached"), QT_TR_NOOP("Attached to this household")},
        {QStringLiteral("detached"), QT_TR_NOOP("Detached from this household")},
        {QStringLiteral("custody"), QT_TR_NOOP("Shared custody")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("postalCode"), QT_TR_NOOP("Postal code")},
        {QStringLiteral("resident"), QT_TR_NOOP("Resident")},
        {QStringLiteral("terms"), QT_TR_NOOP("Terms of use accepted")},
        {QStringLiteral("rules"), QT_TR_NOOP("Règlement intérieur accepted")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("returnReason"), QT_TR_NOOP("Reason for return")},
        {QStringLiteral("civility"), QT_TR_NOOP("Civility")},
        {QStringLiteral("lastName"), QT_TR_NOOP("Last name")},
        {QStringLiteral("firstName"), QT_TR_NOOP("First name")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("phoneMobile"), QT_TR_NOOP("Mobile phone")},
        {QStringLiteral("phoneHome"), QT_TR_NOOP("Home phone")},
        {QStringLiteral("phoneWork"), QT_TR_NOOP("Work phone")},
        {QStringLiteral("relationship"), QT_TR_NOOP("Relationship")},
        {QStringLiteral("cafNumber"), QT_TR_NOOP("CAF number")},
        {QStringLiteral("quotient"), QT_TR_NOOP("Family quotient")},
        {QStringLiteral("quotientProofDate"), QT_TR_NOOP("Date of the quotient proof")},
        {QStringLiteral("payer"), QT_TR_NOOP("Payer")},
        {QStringLiteral("birthDate"), QT_TR_NOOP("Birth date")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("ine"), QT_TR_NOOP("INE")},
        {QStringLiteral("school"), QT_TR_NOOP("School")},
        {QStringLiteral("classLevel"), QT_TR_NOOP("Class level")},
        {QStringLiteral("classLabel"), QT_TR_NOOP("Class")},
        {QStringLiteral("allergies"), QT_TR_NOOP("Allergies")},
        {QStringLiteral("carePlan"), QT_TR_NOOP("PAI")},
        {QStringLiteral("carePlanDetails"), QT_TR_NOOP("PAI details")},
        {QStringLiteral("diets"), QT_TR_NOOP("Diet")},
        {QStringLiteral("mayLeaveAlone"), QT_TR_NOOP("May leave alone")},
        {QStringLiteral("schooling"), QT_TR_NOOP("Schooling in the commune")},
        {QStringLiteral("emailRefused"), QT_TR_NOOP("Refuses emails")},
        {QStringLiteral("trustedPersons"), QT_TR_NOOP("Trusted persons")},
        {QStringLiteral("emergencyContacts"), QT_TR_NOOP("Emergency contacts")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : tr(it.value());
}

QString AuditTrail::displayValue(const QString &field, const QString &value)
{
    if (value == QLatin1String("true"))
        return tr("yes");
    if (value == QLatin1String("false"))
        return tr("no");
    if (field == QLatin1String("status") && !value.isEmpty())
        return fileStatusLabel(fileStatusFromCode(value));
    if (field == QLatin1String("schooling") && !value.isEmpty())
        return schoolingLabel(value);
    // Dates are kept as ISO text and shown as the clerk writes them.
    if (field == QLatin1String("birthDate") || field == QLatin1String("quotientProofDate")) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            return frenchDate(date);
    }
    return value;
}

} // namespace guichet
