#include "catalog/ReferenceData.h"

#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace guichet {

QList<School> ReferenceData::schools() const
{
    QList<School> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name, kind FROM school WHERE active = 1 ORDER BY name")))
        while (q.next())
            list += School{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return list;
}

Result<qint64> ReferenceData::addSchool(const QString &name, const QString &kind, const QString &address)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO school (uuid, name, kind, address, created_at) VALUES (?,?,?,?,?)"));
    bindAll(q, {createUuidV7(), name, kind, address, m_database.clock().nowIso()});
    if (Status s = execOrError(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

QList<DietOption> ReferenceData::dietOptions() const
{
    QList<DietOption> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (q.exec(
            QStringLiteral("SELECT code, label FROM diet_option WHERE active = 1 ORDER BY position, label")))
        while (q.next())
            list += DietOption{q.value(0).toString(), q.value(1).toString()};
    return list;
}

QStringList ReferenceData::classLevels()
{
    return {QStringLiteral("TPS"), QStringLiteral("PS"),  QStringLiteral("MS"),
            QStringLiteral("GS"),  QStringLiteral("CP"),  QStringLiteral("CE1"),
            QStringLiteral("CE2"), QStringLiteral("CM1"), QStringLiteral("CM2")};
}

QString ReferenceData::communeName() const
{
    return m_database.communeSetting(QStringLiteral("commune_name"));
}

QStringList ReferenceData::communePostalCodes() const
{
    return m_database.communeSetting(QStringLiteral("commune_postal_codes"))
        .split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString ReferenceData::currentRulesVersion() const
{
    return m_database.communeSetting(QStringLiteral("rules_version"));
}

QString ReferenceData::currentTermsVersion() const
{
    return m_database.communeSetting(QStringLiteral("terms_version"));
}

bool ReferenceData::isResidentPostalCode(const QString &postalCode) const
{
    const QString code = postalCode.trimmed();
    for (const QString &c : communePostalCodes())
        if (c.trimmed() == code)
            return true;
    return false;
}

} // namespace guichet
