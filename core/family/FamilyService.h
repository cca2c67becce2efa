#pragma once

#include "common/Result.h"
#include "family/AuditTrail.h"
#include "family/FamilyFile.h"
#include "family/FamilySearch.h"
#include "family/FamilyValidator.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace guichet {

class Database;
class Session;

// Everything a clerk does to a family file. Each public action is one transaction: it checks the
// rules, writes the rows, the history and the search index, and commits — or writes nothing and
// returns the French message saying why.
class FamilyService
{
    Q_DECLARE_TR_FUNCTIONS(FamilyService)

public:
    explicit FamilyService(Session &session);

    Result<qint64> createAccount(const NewAccount &account); // returns the household id
    Result<FamilyFile> load(qint64 householdId) const;
    // Households whose file is in this state, oldest first (bulk work: mailings, stress tests).
    Result<QList<qint64>> householdsWithStatus(FileStatus status, int limit) const;

    Status updateHousehold(const Household &household); // name, email, postal code (residence follows)
    Status acceptTermsAndRules(qint64 householdId, bool terms, bool rules);

    Result<qint64> saveGuardian(qint64 householdId, const Guardian &guardian); // id 0 adds
    Status removeGuardian(qint64 householdId, qint64 guardianId);
    Status setPayer(qint64 householdId, qint64 guardianId);

    Result<qint64> saveChild(qint64 householdId, const Child &child); // id 0 adds to this household
    // Shared custody: the child (already in another household) also belongs to this one.
    Status attachChild(qint64 householdId, qint64 childId);
    // The child whose INE this is (to attach it for shared custody), or an error saying none has it.
    Result<qint64> findChildByIne(const QString &ine) const;
    // The household whose family file number this is ("SO1-42"), or an error saying none has it.
    Result<qint64> householdIdByFileNumber(const QString &fileNumber) const;
    // Undo an attachment; a child must stay in at least one household.
    Status detachChild(qint64 householdId, qint64 childId);

    Status submit(qint64 householdId);
    Status validate(qint64 householdId);
    Status returnToFamily(qint64 householdId, const QString &reason);
    // The family refuses (or accepts again) emails: none is queued while it refuses. Recorded in the history.
    Status setEmailRefused(qint64 householdId, bool refused);

    Result<QList<HistoryEntry>> history(qint64 householdId) const { return m_audit.history(householdId); }
    Result<QStringList> missingForValidation(qint64 householdId) const;

    FamilySearch &search() { return m_search; }

private:
    Status changeStatus(qint64 householdId, FileStatus to, const QString &reason);
    Status reindexHouseholdsOfChild(qint64 childId);
    Status writeChildDetails(qint64 childId, const Child &child, const Child *old);

    Session &m_session;
    Database &m_database;
    AuditTrail m_audit;
    FamilySearch m_search;
    mutable StatementCache m_statements;
};

} // namespace guichet
