#include "family/FamilyService.h"

#include "common/Uuid.h"
#include "commune/CommuneSettings.h"
#include "commune/ReferenceData.h"
#include "family/FileWorkflow.h"
#include "mail/Outbox.h"
#include "sales/NumberSeries.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QHash>

#include <algorithm>

namespace guichet {

namespace {

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

const QString GuardianColumns = QStringLiteral("id, uuid, civility, last_name, first_name, address_line1, "
                                               "address_line2, postal_code, city, phone_mobile, "
                                               "phone_home, phone_work, email, relationship, caf_number, "
                                               "quotient, quotient_proof_date, is_payer, version");

// The columns of GuardianColumns, from its first.
enum GuardianColumn
{
    GId,
    GUuid,
    GCivility,
    GLastName,
    GFirstName,
    GAddress1,
    GAddress2,
    GPostalCode,
    GCity,
    GPhoneMobile,
    GPhoneHome,
    GPhoneWork,
    GEmail,
    GRelationship,
    GCafNumber,
    GQuotient,
    GQuotientProofDate,
    GIsPayer,
    GVersion
};

// Reads a guardian whose GuardianColumns start at column 'at'.
Guardian readGuardian(const QSqlQuery &q, int at = 0)
{
    const auto value = [&](GuardianColumn c) { return q.value(at + c); };
    Guardian g;
    g.id = value(GId).toLongLong();
    g.uuid = value(GUuid).toString();
    g.civility = value(GCivility).toString();
    g.lastName = value(GLastName).toString();
    g.firstName = value(GFirstName).toString();
    g.addressLine1 = value(GAddress1).toString();
    g.addressLine2 = value(GAddress2).toString();
    g.postalCode = value(GPostalCode).toString();
    g.city = value(GCity).toString();
    g.phoneMobile = value(GPhoneMobile).toString();
    g.phoneHome = value(GPhoneHome).toString();
    g.phoneWork = value(GPhoneWork).toString();
    g.email = value(GEmail).toString();
    g.relationship = value(GRelationship).toString();
    g.cafNumber = value(GCafNumber).toString();
    if (!value(GQuotient).isNull())
        g.quotient = value(GQuotient).toInt();
    g.quotientProofDate = QDate::fromString(value(GQuotientProofDate).toString(), Qt::ISODate);
    g.isPayer = value(GIsPayer).toBool();
    g.version = value(GVersion).toInt();
    return g;
}

AuditTrail::Fields describe(const Household &h)
{
    return {{QStringLiteral("name"), h.name},
            {QStringLiteral("email"), h.email},
            {QStringLiteral("postalCode"), h.postalCode},
            {QStringLiteral("resident"), boolText(h.resident)}};
}

AuditTrail::Fields describe(const Guardian &g)
{
    return {{QStringLiteral("civility"), g.civility},
            {QStringLiteral("lastName"), g.lastName},
            {QStringLiteral("firstName"), g.firstName},
            {QStringLiteral("address"),
             QStringList{g.addressLine1, g.addressLine2}.join(QLatin1Char('\n')).trimmed()},
            {QStringLiteral("postalCode"), g.postalCode},
            {QStringLiteral("city"), g.city},
            {QStringLiteral("phoneMobile"), g.phoneMobile},
            {QStringLiteral("phoneHome"), g.phoneHome},
            {QStringLiteral("phoneWork"), g.phoneWork},
            {QStringLiteral("email"), g.email},
            {QStringLiteral("relationship"), g.relationship},
            {QStringLiteral("cafNumber"), g.cafNumber},
            {QStringLiteral("quotient"), g.quotient ? QString::number(*g.quotient) : QString()},
            {QStringLiteral("quotientProofDate"), isoDate(g.quotientProofDate)},
            {QStringLiteral("payer"), boolText(g.isPayer)}};
}

AuditTrail::Fields describe(const Child &c)
{
    QStringList trusted, contacts;
    for (const TrustedPerson &t : c.trustedPersons)
        trusted += QStringList{t.firstName, t.lastName, t.phone}.join(QLatin1Char(' ')).trimmed();
    for (const EmergencyContact &e : c.emergencyContacts)
        contacts += QStringList{e.firstName, e.lastName, e.phone}.join(QLatin1Char(' ')).trimmed();
    return {{QStringLiteral("lastName"), c.lastName},
            {QStringLiteral("firstName"), c.firstName},
            {QStringLiteral("birthDate"), isoDate(c.birthDate)},
            {QStringLiteral("sex"), c.sex},
            {QStringLiteral("ine"), c.ine},
            {QStringLiteral("school"), c.schoolName},
            {QStringLiteral("classLevel"), c.classLevel},
            {QStringLiteral("classLabel"), c.classLabel},
            {QStringLiteral("allergies"), c.allergies},
            {QStringLiteral("carePlan"), boolText(c.hasCarePlan)},
            {QStringLiteral("carePlanDetails"), c.carePlanDetails},
            {QStringLiteral("diets"), c.diets.join(QStringLiteral(", "))},
            {QStringLiteral("mayLeaveAlone"), boolText(c.mayLeaveAlone)},
            {QStringLiteral("schooling"), c.schooling},
            {QStringLiteral("trustedPersons"), trusted.join(QStringLiteral("; "))},
            {QStringLiteral("emergencyContacts"), contacts.join(QStringLiteral("; "))}};
}

} // namespace

FamilyService::FamilyService(Session &session)
    : m_session(session), m_database(session.database()), m_audit(session), m_search(session.database()),
      m_statements(session.database())
{}

// ---------------------------------------------------------------------------------------------- reading

namespace {
// The statements that open a family file, prepared once per service (opening a file is the counter's
// most frequent read). All select by household id, through household_child for the children's rows.
// The household, its guardians and its children in one statement, tagged by kind ('H', 'G', 'C') and
// ordered within each kind (payer first; children by age): opening a file costs two executions, this
// one and ChildDetailsSql, as each execution costs more in QtSql than reading the rows. Columns: kind,
// two ordering keys, then the kind's own values from column 3, padded with NULLs to the widest (guardian).
const QString FileSql =
    QStringLiteral(
        "SELECT 'H', 0, 0, id, uuid, file_number, name, email, postal_code, resident, terms_version, "
        "terms_accepted_at, "
        "rules_version, rules_accepted_at, status, return_reason, version, NULL, NULL, NULL, NULL, NULL "
        "FROM household WHERE id = ? "
        "UNION ALL SELECT 'G', -is_payer, id, ") +
    GuardianColumns +
    QStringLiteral(
        " FROM guardian WHERE household_id = ? "
        "UNION ALL SELECT 'C', c.birth_date, c.id, c.id, c.uuid, c.last_name, c.first_name, c.birth_date, "
        "c.sex, "
        "coalesce(c.ine, ''), coalesce(c.school_id, 0), coalesce(s.name, ''), c.class_level, c.class_label, "
        "c.allergies, "
        "c.has_pai, c.pai_details, c.may_leave_alone, c.version, c.schooling, NULL, NULL "
        "FROM household_child hc JOIN child c ON c.id = hc.child_id LEFT JOIN school s ON s.id = c.school_id "
        "WHERE hc.household_id = ? "
        "ORDER BY 1, 2, 3");

// Everything per child in one statement (diets, trusted persons, emergency contacts, other households),
// tagged by kind and ordered by child, kind and rank: one execution instead of four, as each execution
// costs more in QtSql than the reading itself. A guardian chosen as emergency contact shows the guardian's
// current name and phone. Columns: kind, child id, rank, then the kind's own values.
const QString ChildDetailsSql = QStringLiteral(
    "SELECT 'D', d.child_id, d.diet_code, d.diet_code, NULL, NULL, NULL, NULL, NULL "
    "FROM household_child hc JOIN child_diet d ON d.child_id = hc.child_id WHERE hc.household_id = ? "
    "UNION ALL SELECT 'T', t.child_id, t.position, t.uuid, t.last_name, t.first_name, t.phone, "
    "t.relationship, NULL "
    "FROM household_child hc JOIN trusted_person t ON t.child_id = hc.child_id WHERE hc.household_id = ? "
    "UNION ALL SELECT 'E', e.child_id, e.call_order, e.uuid, coalesce(g.last_name, e.last_name), "
    "coalesce(g.first_name, e.first_name), "
    "coalesce(nullif(g.phone_mobile, ''), nullif(g.phone_home, ''), g.phone_work, e.phone), "
    "coalesce(g.relationship, e.relationship), coalesce(e.guardian_id, 0) "
    "FROM household_child hc JOIN emergency_contact e ON e.child_id = hc.child_id "
    "LEFT JOIN guardian g ON g.id = e.guardian_id WHERE hc.household_id = ? "
    "UNION ALL SELECT 'O', o.child_id, h.file_number, h.id, h.file_number, h.name, "
    "coalesce((SELECT first_name || ' ' || last_name FROM guardian WHERE household_id = h.id AND is_payer = "
    "1), ''), "
    "NULL, NULL "
    "FROM household_child hc JOIN household_child o ON o.child_id = hc.child_id AND o.household_id <> "
    "hc.household_id "
    "JOIN household h ON h.id = o.household_id WHERE hc.household_id = ? "
    "ORDER BY 2, 1, 3");
} // namespace

// FileSql's columns: the tag, two ordering keys, then each kind's own values.
enum FileColumn
{
    Tag,
    Values = 3
};
enum HouseholdColumn
{
    HId = Values,
    HUuid,
    HFileNumber,
    HName,
    HEmail,
    HPostalCode,
    HResident,
    HTermsVersion,
    HTermsAcceptedAt,
    HRulesVersion,
    HRulesAcceptedAt,
    HStatus,
    HReturnReason,
    HVersion
};
enum ChildColumn
{
    CId = Values,
    CUuid,
    CLastName,
    CFirstName,
    CBirthDate,
    CSex,
    CIne,
    CSchoolId,
    CSchoolName,
    CClassLevel,
    CClassLabel,
    CAllergies,
    CHasPai,
    CPaiDetails,
    CMayLeaveAlone,
    CVersion,
    CSchooling
};
// ChildDetailsSql's columns: the tag, the child, a rank, then each kind's own values.
enum DetailColumn
{
    DTag,
    DChildId,
    DRank,
    DValues
};
enum DietColumn
{
    DietCode = DValues
};
enum PersonColumn
{
    PUuid = DValues,
    PLastName,
    PFirstName,
    PPhone,
    PRelationship,
    PGuardianId
};
enum OtherHouseholdColumn
{
    OId = DValues,
    OFileNumber,
    OName,
    OPayer
};

Result<FamilyFile> FamilyService::load(qint64 householdId) const
{
    FamilyFile file;
    bool found = false;
    QHash<qint64, qsizetype> indexOf; // child id -> position in file.children
    QSqlQuery &q = m_statements.get(FileSql);
    for (int i = 0; i < 3; ++i)
        q.bindValue(i, householdId);
    if (Status s = execOrError(q); !s)
        return s.error();
    while (q.next()) {
        switch (q.value(Tag).toString().at(0).unicode()) {
        case u'H': {
            found = true;
            Household &h = file.household;
            h.id = q.value(HId).toLongLong();
            h.uuid = q.value(HUuid).toString();
            h.fileNumber = q.value(HFileNumber).toString();
            h.name = q.value(HName).toString();
            h.email = q.value(HEmail).toString();
            h.postalCode = q.value(HPostalCode).toString();
            h.resident = q.value(HResident).toBool();
            h.termsVersion = q.value(HTermsVersion).toString();
            h.termsAcceptedAt = instantFromIso(q.value(HTermsAcceptedAt));
            h.rulesVersion = q.value(HRulesVersion).toString();
            h.rulesAcceptedAt = instantFromIso(q.value(HRulesAcceptedAt));
            h.status = fileStatusFromCode(q.value(HStatus).toString());
            h.returnReason = q.value(HReturnReason).toString();
            h.version = q.value(HVersion).toInt();
            break;
        }
        case u'G':
            file.guardians += readGuardian(q, Values);
            break;
        case u'C': {
            Child c;
            c.id = q.value(CId).toLongLong();
            c.uuid = q.value(CUuid).toString();
            c.lastName = q.value(CLastName).toString();
            c.firstName = q.value(CFirstName).toString();
            c.birthDate = QDate::fromString(q.value(CBirthDate).toString(), Qt::ISODate);
            c.sex = q.value(CSex).toString();
            c.ine = q.value(CIne).toString();
            c.schoolId = q.value(CSchoolId).toLongLong();
            c.schoolName = q.value(CSchoolName).toString();
            c.classLevel = q.value(CClassLevel).toString();
            c.classLabel = q.value(CClassLabel).toString();
            c.allergies = q.value(CAllergies).toString();
            c.hasCarePlan = q.value(CHasPai).toBool();
            c.carePlanDetails = q.value(CPaiDetails).toString();
            c.mayLeaveAlone = q.value(CMayLeaveAlone).toBool();
            c.version = q.value(CVersion).toInt();
            c.schooling = q.value(CSchooling).toString();
            indexOf.insert(c.id, file.children.size());
            file.children += c;
            break;
        }
        }
    }
    q.finish();
    if (!found)
        return Error::of(tr("This family file does not exist (any more). Search for the family again."));
    if (file.children.isEmpty())
        return file;

    QList<Child> &children = file.children;
    QSqlQuery &d = m_statements.get(ChildDetailsSql);
    for (int i = 0; i < 4; ++i)
        d.bindValue(i, householdId);
    // A failed read must not look like a file without details (a save would then erase them).
    if (Status s = execOrError(d); !s)
        return s.error();
    while (d.next()) {
        Child &c = children[indexOf.value(d.value(DChildId).toLongLong())];
        switch (d.value(DTag).toString().at(0).unicode()) {
        case u'D':
            c.diets += d.value(DietCode).toString();
            break;
        case u'T':
            c.trustedPersons += TrustedPerson{d.value(PUuid).toString(), d.value(PLastName).toString(),
                                              d.value(PFirstName).toString(), d.value(PPhone).toString(),
                                              d.value(PRelationship).toString()};
            break;
        case u'E':
            c.emergencyContacts +=
                EmergencyContact{d.value(PUuid).toString(),     d.value(PGuardianId).toLongLong(),
                                 d.value(PLastName).toString(), d.value(PFirstName).toString(),
                                 d.value(PPhone).toString(),    d.value(PRelationship).toString()};
            break;
        case u'O':
            c.otherHouseholds += OtherHousehold{d.value(OId).toLongLong(), d.value(OFileNumber).toString(),
                                                d.value(OName).toString(), d.value(OPayer).toString()};
            break;
        }
    }
    d.finish();
    return file;
}

Result<QList<qint64>> FamilyService::householdsWithStatus(FileStatus status, int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM household WHERE status = ? ORDER BY id LIMIT ?"));
    bindAll(q, {fileStatusCode(status), limit});
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids += q.value(0).toLongLong();
    return ids;
}

Result<QStringList> FamilyService::missingForValidation(qint64 householdId) const
{
    const auto file = load(householdId);
    if (!file)
        return file.error();
    const auto rules = m_session.commune().rulesVersion();
    if (!rules)
        return rules.error();
    return FileWorkflow::missingForValidation(file.value(), rules.value());
}

// ---------------------------------------------------------------------------------------------- account

Result<qint64> FamilyService::createAccount(const NewAccount &account)
{
    if (Status s = FamilyValidator(m_session.today()).checkAccount(account); !s)
        return s.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status().error();

    const QString now = m_database.clock().nowIso();
    // File numbers are this counter's own series ("SO1-42"): two counters never give the same number.
    const QString code = m_session.counter().code;
    if (code.isEmpty())
        return Counter::notSetUp();
    const auto sequence = NumberSeries::next(m_database, NumberSeries::familyFileSeries(code),
                                             m_database.clock().nowUtc(), m_session.time());
    if (!sequence)
        return sequence.error();
    const QString fileNumber = NumberSeries::familyFileNumber(code, sequence.value().sequence);
    QSqlQuery q(m_database.connection());

    Household h;
    h.name = account.payerLastName.trimmed();
    h.email = account.email.trimmed();
    h.postalCode = account.postalCode.trimmed();
    const auto resident = m_session.reference().isResidentPostalCode(h.postalCode);
    const auto terms = m_session.commune().termsVersion();
    const auto rules = m_session.commune().rulesVersion();
    if (Status read = firstFailure(resident, terms, rules); !read)
        return read.error();
    h.resident = resident.value();
    q.prepare(QStringLiteral(
        "INSERT INTO household (uuid, origin_site, file_number, name, email, postal_code, resident, "
        "terms_version, terms_accepted_at, rules_version, rules_accepted_at, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindAll(q, {QVariant(createUuidV7(m_database.clock())), QVariant(m_database.siteId()),
                QVariant(fileNumber), QVariant(h.name), QVariant(h.email), QVariant(h.postalCode),
                QVariant(h.resident), QVariant(terms.value()), QVariant(now), QVariant(rules.value()),
                QVariant(now), QVariant(now), QVariant(now)});
    if (Status s = execOrError(q); !s)
        return s.error();
    const qint64 householdId = q.lastInsertId().toLongLong();

    q.prepare(
        QStringLiteral("INSERT INTO guardian (uuid, origin_site, household_id, last_name, first_name, email, "
                       "postal_code, phone_mobile, is_payer, created_at, updated_at) "
                       "VALUES (?,?,?,?,?,?,?,?,1,?,?)"));
    bindAll(q,
            {QVariant(createUuidV7(m_database.clock())), QVariant(m_database.siteId()), QVariant(householdId),
             QVariant(account.payerLastName.trimmed()), QVariant(account.payerFirstName.trimmed()),
             QVariant(h.email), QVariant(h.postalCode),
             QVariant(FamilyValidator::normalizePhone(account.phoneMobile)), QVariant(now), QVariant(now)});
    if (Status s = execOrError(q); !s)
        return s.error();

    const QString payer =
        account.payerFirstName.trimmed() + QLatin1Char(' ') + account.payerLastName.trimmed();
    Status s =
        m_audit.record(householdId, QStringLiteral("file"), payer, QStringLiteral("created"), {}, fileNumber);
    if (s)
        s = m_audit.recordChanges(householdId, QStringLiteral("household"), h.name, {}, describe(h));
    if (s)
        s = m_audit.record(householdId, QStringLiteral("household"), h.name, QStringLiteral("terms"), {},
                           terms.value());
    if (s)
        s = m_audit.record(householdId, QStringLiteral("household"), h.name, QStringLiteral("rules"), {},
                           rules.value());
    if (s)
        s = m_search.reindex(householdId);
    if (s)
        s = m_session.mail().welcome(householdId);
    if (s)
        s = transaction.commit();
    if (!s)
        return s.error();
    return householdId;
}

Status FamilyService::updateHousehold(const Household &household)
{
    Household h = household;
    h.name = h.name.trimmed();
    h.email = h.email.trimmed();
    h.postalCode = h.postalCode.trimmed();
    if (Status s = FamilyValidator(m_session.today()).checkHousehold(h); !s)
        return s;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    const auto old = load(h.id);
    if (!old)
        return old.error();
    const auto resident = m_session.reference().isResidentPostalCode(h.postalCode);
    if (!resident)
        return resident.error();
    h.resident = resident.value();

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE household SET name = ?, email = ?, postal_code = ?, resident = ?, updated_at = ?, "
        "version = version + 1 WHERE id = ? AND version = ?"));
    bindAll(q, {QVariant(h.name), QVariant(h.email), QVariant(h.postalCode), QVariant(h.resident),
                QVariant(m_database.clock().nowIso()), QVariant(h.id), QVariant(h.version)});
    if (Status s = execOrError(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::of(
            tr("This file was changed meanwhile (on another counter or window). Reopen it and make "
               "your change again."));
    Status s = m_audit.recordChanges(h.id, QStringLiteral("household"), h.name,
                                     describe(old.value().household), describe(h));
    if (s)
        s = m_search.reindex(h.id);
    return s ? transaction.commit() : s;
}

Status FamilyService::acceptTermsAndRules(qint64 householdId, bool terms, bool rules)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    const auto file = load(householdId);
    if (!file)
        return file.error();
    const QString label = file.value().household.name;
    const QString now = m_database.clock().nowIso();
    const auto termsVersion = m_session.commune().termsVersion();
    const auto rulesVersion = m_session.commune().rulesVersion();
    if (Status read = firstFailure(termsVersion, rulesVersion); !read)
        return read;
    Status s;
    QSqlQuery q(m_database.connection());
    if (terms) {
        q.prepare(QStringLiteral(
            "UPDATE household SET terms_version = ?, terms_accepted_at = ?, updated_at = ? WHERE id = ?"));
        bindAll(q, {QVariant(termsVersion.value()), QVariant(now), QVariant(now), QVariant(householdId)});
        s = execOrError(q);
        if (s)
            s = m_audit.record(householdId, QStringLiteral("household"), label, QStringLiteral("terms"), {},
                               termsVersion.value());
    }
    if (s && rules) {
        q.prepare(QStringLiteral(
            "UPDATE household SET rules_version = ?, rules_accepted_at = ?, updated_at = ? WHERE id = ?"));
        bindAll(q, {QVariant(rulesVersion.value()), QVariant(now), QVariant(now), QVariant(householdId)});
        s = execOrError(q);
        if (s)
            s = m_audit.record(householdId, QStringLiteral("household"), label, QStringLiteral("rules"), {},
                               rulesVersion.value());
    }
    return s ? transaction.commit() : s;
}

// ---------------------------------------------------------------------------------------------- guardians

Result<qint64> FamilyService::saveGuardian(qint64 householdId, const Guardian &guardian)
{
    Guardian g = guardian;
    for (QString *text : {&g.lastName, &g.firstName, &g.addressLine1, &g.addressLine2, &g.postalCode, &g.city,
                          &g.email, &g.relationship, &g.cafNumber})
        *text = text->trimmed();
    if (Status s = FamilyValidator(m_session.today()).checkGuardian(g); !s)
        return s.error();
    for (QString *phone : {&g.phoneMobile, &g.phoneHome, &g.phoneWork})
        *phone = FamilyValidator::normalizePhone(*phone);

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status().error();
    const auto file = load(householdId);
    if (!file)
        return file.error();
    const Guardian *currentPayer = file.value().payer();
    const Guardian *old = nullptr;
    for (const Guardian &existing : file.value().guardians)
        if (existing.id == g.id)
            old = &existing;
    if (g.id != 0 && !old)
        return Error::of(tr("This guardian is not in this family file any more. Reopen the file."));
    // An emergency contact keeps a number to call.
    if (old && g.phoneMobile.isEmpty() && g.phoneHome.isEmpty() && g.phoneWork.isEmpty()) {
        QSqlQuery contact(m_database.connection());
        contact.prepare(
            QStringLiteral("SELECT c.first_name FROM emergency_contact e JOIN child c ON c.id = e.child_id "
                           "WHERE e.guardian_id = ? ORDER BY c.first_name LIMIT 1"));
        contact.addBindValue(g.id);
        if (Status s = execOrError(contact); !s)
            return s.error();
        if (contact.next())
            return Error::inField(QStringLiteral("phoneMobile"),
                                  tr("%1 is an emergency contact of %2: keep at least one phone number.")
                                      .arg(g.fullName(), contact.value(0).toString()));
    }
    if (old && old->isPayer && !g.isPayer)
        return Error::of(
            tr("A household always has one payer: to change it, make another guardian the payer."));
    if (!currentPayer)
        g.isPayer = true; // the first guardian of a household pays

    QSqlQuery q(m_database.connection());
    const QString now = m_database.clock().nowIso();
    if (g.isPayer && currentPayer && currentPayer->id != g.id) {
        q.prepare(QStringLiteral("UPDATE guardian SET is_payer = 0, updated_at = ?, version = version + 1 "
                                 "WHERE household_id = ? AND is_payer = 1"));
        q.addBindValue(now);
        q.addBindValue(householdId);
        if (Status s = execOrError(q); !s)
            return s.error();
        if (Status s =
                m_audit.record(householdId, QStringLiteral("guardian"), currentPayer->fullName(),
                               QStringLiteral("payer"), QStringLiteral("true"), QStringLiteral("false"));
            !s)
            return s.error();
    }
    const QList<QVariant> values{g.civility,
                                 g.lastName,
                                 g.firstName,
                                 g.addressLine1,
                                 g.addressLine2,
                                 g.postalCode,
                                 g.city,
                                 g.phoneMobile,
                                 g.phoneHome,
                                 g.phoneWork,
                                 g.email,
                                 g.relationship,
                                 g.cafNumber,
                                 g.quotient ? QVariant(*g.quotient) : sqlNull(),
                                 nullIfEmpty(isoDate(g.quotientProofDate)),
                                 g.isPayer,
                                 now};
    if (g.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO guardian (civility, last_name, first_name, address_line1, address_line2, "
            "postal_code, city, phone_mobile, phone_home, phone_work, email, relationship, "
            "caf_number, quotient, quotient_proof_date, is_payer, updated_at, created_at, uuid, "
            "origin_site, household_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        bindAll(q, values);
        bindAll(q, {QVariant(now), QVariant(createUuidV7(m_database.clock())), QVariant(m_database.siteId()),
                    QVariant(householdId)});
        if (Status s = execOrError(q); !s)
            return s.error();
        g.id = q.lastInsertId().toLongLong();
        if (Status s = m_audit.record(householdId, QStringLiteral("guardian"), g.fullName(),
                                      QStringLiteral("created"), {}, g.fullName());
            !s)
            return s.error();
    } else {
        q.prepare(QStringLiteral(
            "UPDATE guardian SET civility = ?, last_name = ?, first_name = ?, address_line1 = ?, "
            "address_line2 = ?, postal_code = ?, city = ?, phone_mobile = ?, phone_home = ?, "
            "phone_work = ?, email = ?, relationship = ?, caf_number = ?, quotient = ?, "
            "quotient_proof_date = ?, is_payer = ?, updated_at = ?, version = version + 1 "
            "WHERE id = ? AND household_id = ? AND version = ?"));
        bindAll(q, values);
        bindAll(q, {QVariant(g.id), QVariant(householdId), QVariant(g.version)});
        if (Status s = execOrError(q); !s)
            return s.error();
        if (q.numRowsAffected() != 1)
            return Error::of(
                tr("This guardian was changed meanwhile (on another counter or window). Reopen the "
                   "file and make your change again."));
        if (Status s = m_audit.recordChanges(householdId, QStringLiteral("guardian"), g.fullName(),
                                             describe(*old), describe(g));
            !s)
            return s.error();
    }
    if (Status s = m_search.reindex(householdId); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return g.id;
}

Status FamilyService::removeGuardian(qint64 householdId, qint64 guardianId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    const auto file = load(householdId);
    if (!file)
        return file.error();
    const Guardian *target = nullptr;
    for (const Guardian &g : file.value().guardians)
        if (g.id == guardianId)
            target = &g;
    if (!target)
        return Error::of(tr("This guardian is not in this family file any more. Reopen the file."));
    if (target->isPayer)
        return Error::of(tr("%1 is the payer: make another guardian the payer before removing them.")
                             .arg(target->fullName()));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT c.first_name || ' ' || c.last_name FROM emergency_contact e "
                             "JOIN child c ON c.id = e.child_id WHERE e.guardian_id = ? LIMIT 1"));
    q.addBindValue(guardianId);
    if (Status s = execOrError(q); !s)
        return s;
    if (q.next())
        return Error::of(tr("%1 is an emergency contact of %2: choose another contact for the child first.")
                             .arg(target->fullName(), q.value(0).toString()));
    q.prepare(QStringLiteral("DELETE FROM guardian WHERE id = ? AND household_id = ?"));
    q.addBindValue(guardianId);
    q.addBindValue(householdId);
    Status s = execOrError(q);
    if (s)
        s = m_audit.record(householdId, QStringLiteral("guardian"), target->fullName(),
                           QStringLiteral("removed"), target->fullName(), {});
    if (s)
        s = m_search.reindex(householdId);
    return s ? transaction.commit() : s;
}

Status FamilyService::setPayer(qint64 householdId, qint64 guardianId)
{
    const auto file = load(householdId);
    if (!file)
        return file.error();
    for (const Guardian &g : file.value().guardians) {
        if (g.id == guardianId) {
            Guardian payer = g;
            payer.isPayer = true;
            const auto saved = saveGuardian(householdId, payer);
            return saved ? Status::success() : Status(saved.error());
        }
    }
    return Error::of(tr("This guardian is not in this family file any more. Reopen the file."));
}

// ---------------------------------------------------------------------------------------------- children

Result<qint64> FamilyService::saveChild(qint64 householdId, const Child &child)
{
    Child c = child;
    for (QString *text : {&c.lastName, &c.firstName, &c.classLabel, &c.allergies, &c.carePlanDetails})
        *text = text->trimmed();
    c.ine = FamilyValidator::normalizeIne(c.ine);
    if (Status s = FamilyValidator(m_session.today()).checkChild(c); !s)
        return s.error();
    for (TrustedPerson &t : c.trustedPersons)
        t.phone = FamilyValidator::normalizePhone(t.phone);
    for (EmergencyContact &e : c.emergencyContacts)
        e.phone = FamilyValidator::normalizePhone(e.phone);

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status().error();
    QSqlQuery q(m_database.connection());

    if (!c.ine.isEmpty()) {
        q.prepare(QStringLiteral(
            "SELECT c.first_name || ' ' || c.last_name, "
            "(SELECT min(h.file_number) FROM household_child hc JOIN household h ON h.id = hc.household_id "
            " WHERE hc.child_id = c.id) FROM child c WHERE c.ine = ? AND c.id <> ?"));
        q.addBindValue(c.ine);
        q.addBindValue(c.id);
        if (Status s = execOrError(q); !s)
            return s.error();
        if (q.next())
            return Error::inField(
                QStringLiteral("ine"),
                tr("This INE already belongs to %1 (file no. %2). For shared custody, attach "
                   "that child to this household instead.")
                    .arg(q.value(0).toString(), q.value(1).toString()));
    }
    if (c.schoolId != 0) {
        q.prepare(QStringLiteral("SELECT name, kind FROM school WHERE id = ?"));
        q.addBindValue(c.schoolId);
        if (Status s = execOrError(q); !s)
            return s.error();
        if (!q.next())
            return Error::inField(QStringLiteral("school"), tr("Choose a school from the list."));
        c.schoolName = q.value(0).toString();
        const QStringList taught = ReferenceData::classLevels(q.value(1).toString());
        if (!c.classLevel.isEmpty() && !taught.contains(c.classLevel))
            return Error::inField(QStringLiteral("classLevel"),
                                  tr("%1 does not teach %2: choose one of %3, or another school.")
                                      .arg(c.schoolName, c.classLevel, taught.join(QStringLiteral(", "))));
    } else {
        c.schoolName.clear();
    }

    const Child *old = nullptr;
    const auto loaded = load(householdId);
    if (!loaded)
        return loaded.error();
    const QList<Child> current = loaded.value().children;
    for (const Child &existing : current)
        if (existing.id == c.id)
            old = &existing;
    if (c.id != 0 && !old)
        return Error::of(tr("This child is not in this family file any more. Reopen the file."));

    // A guardian chosen as emergency contact must be a guardian of one of the child's households.
    for (EmergencyContact &e : c.emergencyContacts) {
        if (e.guardianId == 0)
            continue;
        q.prepare(QStringLiteral("SELECT g.last_name, g.first_name, coalesce(nullif(g.phone_mobile, ''), "
                                 "nullif(g.phone_home, ''), g.phone_work), g.relationship FROM guardian g "
                                 "WHERE g.id = ? AND (g.household_id = ? OR g.household_id IN "
                                 "(SELECT household_id FROM household_child WHERE child_id = ?))"));
        q.addBindValue(e.guardianId);
        q.addBindValue(householdId);
        q.addBindValue(c.id);
        if (Status s = execOrError(q); !s)
            return s.error();
        if (!q.next())
            return Error::inField(
                QStringLiteral("emergencyContacts"),
                tr("An emergency contact chosen among the guardians is not a guardian of this "
                   "child."));
        e.lastName = q.value(0).toString();
        e.firstName = q.value(1).toString();
        e.phone = q.value(2).toString();
        e.relationship = q.value(3).toString();
        // Someone to call must have a number to call.
        if (e.phone.isEmpty())
            return Error::inField(
                QStringLiteral("emergencyContacts"),
                tr("%1 %2 has no phone number: add one to the guardian's details, or choose "
                   "another emergency contact.")
                    .arg(e.firstName, e.lastName));
    }

    const QString now = m_database.clock().nowIso();
    const QList<QVariant> values{c.lastName,           c.firstName,
                                 isoDate(c.birthDate), c.sex,
                                 nullIfEmpty(c.ine),   c.schoolId ? QVariant(c.schoolId) : sqlNull(),
                                 c.classLevel,         c.classLabel,
                                 c.allergies,          c.hasCarePlan,
                                 c.carePlanDetails,    c.mayLeaveAlone,
                                 c.schooling,          now};
    if (c.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO child (last_name, first_name, birth_date, sex, ine, school_id, class_level, "
            "class_label, allergies, has_pai, pai_details, may_leave_alone, schooling, updated_at, "
            "created_at, "
            "uuid, origin_site) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        bindAll(q, values);
        bindAll(q,
                {QVariant(now), QVariant(createUuidV7(m_database.clock())), QVariant(m_database.siteId())});
        if (Status s = execOrError(q); !s)
            return s.error();
        c.id = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral(
            "INSERT INTO household_child (household_id, child_id, uuid, origin_site, created_at) "
            "VALUES (?,?,?,?,?)"));
        bindAll(q, {QVariant(householdId), QVariant(c.id), QVariant(createUuidV7(m_database.clock())),
                    QVariant(m_database.siteId()), QVariant(now)});
        if (Status s = execOrError(q); !s)
            return s.error();
        if (Status s = m_audit.record(householdId, QStringLiteral("child"), c.fullName(),
                                      QStringLiteral("created"), {}, c.fullName());
            !s)
            return s.error();
        // The creation is one history row; the values entered are the child's record itself, and
        // every later change is recorded field by field.
        if (Status s = writeChildDetails(c.id, c, nullptr); !s)
            return s.error();
    } else {
        q.prepare(QStringLiteral(
            "UPDATE child SET last_name = ?, first_name = ?, birth_date = ?, sex = ?, ine = ?, "
            "school_id = ?, class_level = ?, class_label = ?, allergies = ?, has_pai = ?, "
            "pai_details = ?, may_leave_alone = ?, schooling = ?, updated_at = ?, version = version + 1 "
            "WHERE id = ? AND version = ?"));
        bindAll(q, values);
        q.addBindValue(c.id);
        q.addBindValue(c.version);
        if (Status s = execOrError(q); !s)
            return s.error();
        if (q.numRowsAffected() != 1)
            return Error::of(
                tr("This child's record was changed meanwhile (on another counter or window). Reopen "
                   "the file and make your change again."));
        if (Status s = writeChildDetails(c.id, c, old); !s)
            return s.error();
        // The history of a shared child is kept in each of its households.
        q.prepare(QStringLiteral("SELECT household_id FROM household_child WHERE child_id = ?"));
        q.addBindValue(c.id);
        if (Status s = execOrError(q); !s)
            return s.error();
        QList<qint64> households;
        while (q.next())
            households += q.value(0).toLongLong();
        for (qint64 h : households)
            if (Status s = m_audit.recordChanges(h, QStringLiteral("child"), c.fullName(), describe(*old),
                                                 describe(c));
                !s)
                return s.error();
    }
    if (Status s = reindexHouseholdsOfChild(c.id); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return c.id;
}

// Diets, trusted persons and emergency contacts keep their identity (uuid) from one save to the next:
// a row is updated in place when it changed, added when new, and deleted (a recorded deletion in the
// change log) when the clerk removed it. 'old' is the child as loaded (nullptr for a new child).
Status FamilyService::writeChildDetails(qint64 childId, const Child &c, const Child *old)
{
    const auto options = m_session.reference().dietOptions();
    if (!options)
        return options.error();
    for (const QString &code : c.diets) {
        const bool known = std::any_of(options.value().cbegin(), options.value().cend(),
                                       [&](const DietOption &o) { return o.code == code; });
        if (!known)
            return Error::inField(QStringLiteral("diets"),
                                  tr("Choose the diet from the list offered by the town hall."));
    }
    const QStringList oldDiets = old ? old->diets : QStringList();
    const QString now = m_database.clock().nowIso();
    QSqlQuery q(m_database.connection());
    for (const QString &code : oldDiets) {
        if (c.diets.contains(code))
            continue;
        q.prepare(QStringLiteral("DELETE FROM child_diet WHERE child_id = ? AND diet_code = ?"));
        bindAll(q, {childId, code});
        if (Status s = execOrError(q); !s)
            return s;
    }
    for (const QString &code : c.diets) {
        if (oldDiets.contains(code))
            continue;
        q.prepare(QStringLiteral("INSERT INTO child_diet (child_id, diet_code, uuid, origin_site, "
                                 "created_at) VALUES (?,?,?,?,?)"));
        bindAll(q, {childId, code, createUuidV7(m_database.clock()), m_database.siteId(), now});
        if (Status s = execOrError(q); !s)
            return s;
    }

    // Rows of 'table' for this child whose uuid is not kept are deleted.
    const auto deleteOthers = [&](const char *table, const QStringList &kept) -> Status {
        q.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE child_id = ?").arg(QLatin1String(table)));
        q.addBindValue(childId);
        if (Status s = execOrError(q); !s)
            return s;
        QStringList gone;
        while (q.next())
            if (!kept.contains(q.value(0).toString()))
                gone += q.value(0).toString();
        q.finish();
        for (const QString &uuid : std::as_const(gone)) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(QLatin1String(table)));
            q.addBindValue(uuid);
            if (Status s = execOrError(q); !s)
                return s;
        }
        return Status::success();
    };

    // A person of the child's: updated in place (only if something changed, so that an untouched row is not
    // a change to send), or added when new. 'columns' and 'values' go together.
    const auto savePerson = [&](const char *table, const QStringList &columns, const QList<QVariant> &values,
                                const QString &uuid) -> Status {
        const QString name = QLatin1String(table);
        if (!uuid.isEmpty()) {
            q.prepare(QStringLiteral(
                          "UPDATE %1 SET %2 = ?, updated_at = ?, version = version + 1 WHERE uuid = ? AND "
                          "child_id = ? AND (%3) IS NOT (%4)")
                          .arg(name, columns.join(QStringLiteral(" = ?, ")),
                               columns.join(QStringLiteral(", ")),
                               QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
            bindAll(q, values);
            bindAll(q, {now, uuid, childId});
            bindAll(q, values);
            if (Status s = execOrError(q); !s)
                return s;
            // Updated, or already as typed: either way the row is there.
            q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ? AND child_id = ?").arg(name));
            bindAll(q, {uuid, childId});
            if (Status s = execOrError(q); !s)
                return s;
            const bool exists = q.next();
            q.finish();
            if (exists)
                return Status::success();
        }
        q.prepare(QStringLiteral("INSERT INTO %1 (uuid, origin_site, child_id, %2, created_at, updated_at) "
                                 "VALUES (?, ?, ?, %3, ?, ?)")
                      .arg(name, columns.join(QStringLiteral(", ")),
                           QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        bindAll(q, {uuid.isEmpty() ? createUuidV7(m_database.clock()) : uuid, m_database.siteId(), childId});
        bindAll(q, values);
        bindAll(q, {now, now});
        return execOrError(q);
    };

    QStringList keptTrusted;
    for (const TrustedPerson &t : c.trustedPersons)
        keptTrusted += t.uuid;
    if (Status s = deleteOthers("trusted_person", keptTrusted); !s)
        return s;
    const QStringList trustedColumns{QStringLiteral("last_name"), QStringLiteral("first_name"),
                                     QStringLiteral("phone"), QStringLiteral("relationship"),
                                     QStringLiteral("position")};
    int position = 0;
    for (const TrustedPerson &t : c.trustedPersons)
        if (Status s = savePerson(
                "trusted_person", trustedColumns,
                {t.lastName.trimmed(), t.firstName.trimmed(), t.phone, t.relationship.trimmed(), ++position},
                t.uuid);
            !s)
            return s;

    QStringList keptContacts;
    for (const EmergencyContact &e : c.emergencyContacts)
        keptContacts += e.uuid;
    if (Status s = deleteOthers("emergency_contact", keptContacts); !s)
        return s;
    const QStringList contactColumns{QStringLiteral("guardian_id"),  QStringLiteral("last_name"),
                                     QStringLiteral("first_name"),   QStringLiteral("phone"),
                                     QStringLiteral("relationship"), QStringLiteral("call_order")};
    position = 0;
    for (const EmergencyContact &e : c.emergencyContacts) {
        // A guardian chosen as contact is stored by reference: the file shows the guardian's current phone.
        const bool isGuardian = e.guardianId != 0;
        if (Status s =
                savePerson("emergency_contact", contactColumns,
                           {isGuardian ? QVariant(e.guardianId) : sqlNull(),
                            isGuardian ? QString() : e.lastName.trimmed(),
                            isGuardian ? QString() : e.firstName.trimmed(), isGuardian ? QString() : e.phone,
                            isGuardian ? QString() : e.relationship.trimmed(), ++position},
                           e.uuid);
            !s)
            return s;
    }
    return Status::success();
}

Status FamilyService::reindexHouseholdsOfChild(qint64 childId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT household_id FROM household_child WHERE child_id = ?"));
    q.addBindValue(childId);
    if (Status s = execOrError(q); !s)
        return s;
    QList<qint64> households;
    while (q.next())
        households += q.value(0).toLongLong();
    for (qint64 h : households)
        if (Status s = m_search.reindex(h); !s)
            return s;
    return Status::success();
}

Status FamilyService::attachChild(qint64 householdId, qint64 childId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT first_name || ' ' || last_name, "
                       "(SELECT count(*) FROM household_child WHERE child_id = c.id), "
                       "(SELECT count(*) FROM household_child WHERE child_id = c.id AND household_id = ?) "
                       "FROM child c WHERE c.id = ?"));
    q.addBindValue(householdId);
    q.addBindValue(childId);
    if (Status s = execOrError(q); !s)
        return s;
    if (!q.next())
        return Error::of(tr("This child does not exist (any more). Search again."));
    const QString name = q.value(0).toString();
    if (q.value(2).toInt() > 0)
        return Error::of(tr("%1 is already in this household.").arg(name));
    if (q.value(1).toInt() >= 2)
        return Error::of(
            tr("%1 already belongs to two households (shared custody); detach one first.").arg(name));
    q.prepare(
        QStringLiteral("INSERT INTO household_child (household_id, child_id, uuid, origin_site, created_at) "
                       "VALUES (?,?,?,?,?)"));
    bindAll(q, {QVariant(householdId), QVariant(childId), QVariant(createUuidV7(m_database.clock())),
                QVariant(m_database.siteId()), QVariant(m_database.clock().nowIso())});
    Status s = execOrError(q);
    if (s)
        s = m_audit.record(householdId, QStringLiteral("child"), name, QStringLiteral("attached"), {}, name);
    if (s)
        s = m_search.reindex(householdId);
    return s ? transaction.commit() : s;
}

Result<qint64> FamilyService::findChildByIne(const QString &ine) const
{
    const QString normalized = FamilyValidator::normalizeIne(ine);
    if (!FamilyValidator::isValidIne(normalized))
        return Error::of(
            tr("An INE has 11 characters: 10 digits or letters then a letter (for example 1234567890A)."));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM child WHERE ine = ?"));
    q.addBindValue(normalized);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(tr("No child has the INE %1. Check it on the school certificate, or add the child.")
                             .arg(normalized));
    return q.value(0).toLongLong();
}

Result<qint64> FamilyService::householdIdByFileNumber(const QString &fileNumber) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM household WHERE file_number = ?"));
    q.addBindValue(fileNumber.trimmed().toUpper());
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(
            tr("There is no family file %1. Check the number on the family's documents, or search "
               "the family by name.")
                .arg(fileNumber.trimmed()));
    return q.value(0).toLongLong();
}

Status FamilyService::detachChild(qint64 householdId, qint64 childId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT first_name || ' ' || last_name, "
                       "(SELECT count(*) FROM household_child WHERE child_id = c.id) FROM child c "
                       "WHERE c.id = ? AND EXISTS (SELECT 1 FROM household_child WHERE child_id = c.id AND "
                       "household_id = ?)"));
    q.addBindValue(childId);
    q.addBindValue(householdId);
    if (Status s = execOrError(q); !s)
        return s;
    if (!q.next())
        return Error::of(tr("This child is not in this household."));
    const QString name = q.value(0).toString();
    if (q.value(1).toInt() < 2)
        return Error::of(tr("%1 belongs only to this household and cannot be detached from it.").arg(name));
    q.prepare(QStringLiteral("DELETE FROM household_child WHERE household_id = ? AND child_id = ?"));
    q.addBindValue(householdId);
    q.addBindValue(childId);
    Status s = execOrError(q);
    if (s)
        s = m_audit.record(householdId, QStringLiteral("child"), name, QStringLiteral("detached"), name, {});
    if (s)
        s = m_search.reindex(householdId);
    return s ? transaction.commit() : s;
}

// ---------------------------------------------------------------------------------------------- workflow

Status FamilyService::submit(qint64 householdId)
{
    return changeStatus(householdId, FileStatus::Submitted, {});
}

Status FamilyService::validate(qint64 householdId)
{
    return changeStatus(householdId, FileStatus::Validated, {});
}

Status FamilyService::returnToFamily(qint64 householdId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("Say what the family must correct: the reason is shown to them."),
                     {{QStringLiteral("reason"), tr("Required: the family reads this reason.")}}};
    return changeStatus(householdId, FileStatus::Returned, reason.trimmed());
}

Status FamilyService::setEmailRefused(qint64 householdId, bool refused)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT name, email_refused FROM household WHERE id = ?"));
    q.addBindValue(householdId);
    if (Status s = execOrError(q); !s)
        return s;
    if (!q.next())
        return Error::of(tr("This family file does not exist: search the family again."));
    const QString name = q.value(0).toString();
    const bool before = q.value(1).toBool();
    q.finish();
    if (before == refused)
        return Status::success();
    q.prepare(QStringLiteral(
        "UPDATE household SET email_refused = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    bindAll(q, {refused ? 1 : 0, m_database.clock().nowIso(), householdId});
    if (Status s = execOrError(q); !s)
        return s;
    if (Status s =
            m_audit.record(householdId, QStringLiteral("household"), name, QStringLiteral("emailRefused"),
                           before ? QStringLiteral("true") : QStringLiteral("false"),
                           refused ? QStringLiteral("true") : QStringLiteral("false"));
        !s)
        return s;
    return transaction.commit();
}

Status FamilyService::changeStatus(qint64 householdId, FileStatus to, const QString &reason)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    const auto file = load(householdId);
    if (!file)
        return file.error();
    const FileStatus from = file.value().household.status;
    const QString current = fileStatusLabel(from);
    switch (to) {
    case FileStatus::Submitted:
        if (!FileWorkflow::canSubmit(from))
            return Error::of(tr("A file that is \"%1\" cannot be submitted.").arg(current));
        break;
    case FileStatus::Validated: {
        if (!FileWorkflow::canValidate(from))
            return Error::of(tr("This file is already validated."));
        const auto rules = m_session.commune().rulesVersion();
        if (!rules)
            return rules.error();
        const QStringList missing = FileWorkflow::missingForValidation(file.value(), rules.value());
        if (!missing.isEmpty())
            return Error::of(tr("The file cannot be validated yet:") + QStringLiteral("\n• ") +
                             missing.join(QStringLiteral("\n• ")));
        break;
    }
    case FileStatus::Returned:
        if (!FileWorkflow::canReturn(from))
            return Error::of(tr("A file that is \"%1\" cannot be returned to the family.").arg(current));
        break;
    case FileStatus::Draft:
        return Error::of(tr("A file cannot go back to draft."));
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE household SET status = ?, return_reason = ?, updated_at = ?, version = version + 1 "
        "WHERE id = ?"));
    bindAll(q, {QVariant(fileStatusCode(to)), QVariant(reason), QVariant(m_database.clock().nowIso()),
                QVariant(householdId)});
    const QString label = file.value().household.name;
    Status s = execOrError(q);
    if (s)
        s = m_audit.record(householdId, QStringLiteral("file"), label, QStringLiteral("status"),
                           fileStatusCode(from), fileStatusCode(to));
    if (s && reason != file.value().household.returnReason)
        s = m_audit.record(householdId, QStringLiteral("file"), label, QStringLiteral("returnReason"),
                           file.value().household.returnReason, reason);
    if (s)
        s = m_search.reindex(householdId);
    // The family is told (the flyer: "un email quand votre dossier a été traité").
    if (s && to == FileStatus::Validated)
        s = m_session.mail().fileValidated(householdId);
    if (s && to == FileStatus::Returned)
        s = m_session.mail().fileReturned(householdId, reason);
    return s ? transaction.commit() : s;
}

} // namespace guichet
