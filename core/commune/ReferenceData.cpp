#include "commune/ReferenceData.h"
#include "users/UserService.h"

#include "common/Uuid.h"
#include "commune/CommuneSettings.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace guichet {

Result<QList<School>> ReferenceData::schools() const
{
    QList<School> list;
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, kind FROM school WHERE active = 1 ORDER BY name")))
        return storageError(q.lastError()).error();
    while (q.next())
        list += School{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return list;
}

Result<qint64> ReferenceData::addSchool(const QString &name, const QString &kind, const QString &address)
{
    if (Status s = m_session.users().require(Role::Admin, UserService::tr("Adding a school")); !s)
        return s.error();
    Database &db = m_session.database();
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO school (uuid, origin_site, name, kind, address, created_at, updated_at) "
                       "VALUES (?,?,?,?,?,?,?)"));
    const QString now = db.clock().nowIso();
    bindAll(q, {createUuidV7(db.clock()), db.siteId(), name, kind, address, now, now});
    if (Status s = execOrError(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<QList<DietOption>> ReferenceData::dietOptions() const
{
    QList<DietOption> list;
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT code, label FROM diet_option WHERE active = 1 ORDER BY position, label")))
        return storageError(q.lastError()).error();
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

QStringList ReferenceData::classLevels(const QString &schoolKind)
{
    const QStringList all = classLevels();
    if (schoolKind == QLatin1String("maternelle"))
        return all.mid(0, 4);
    if (schoolKind == QLatin1String("elementaire"))
        return all.mid(4);
    return all;
}

Result<bool> ReferenceData::isResidentPostalCode(const QString &postalCode) const
{
    const auto codes = m_session.commune().postalCodes();
    if (!codes)
        return codes.error();
    return codes.value().contains(postalCode.trimmed());
}

} // namespace guichet
