#pragma once

#include "common/Result.h"
#include "family/FileStatus.h"
#include "storage/SqlQuery.h"

#include <QList>
#include <QString>

namespace guichet {

class Database;

// One line of the search results: enough to pick the right family at a glance.
struct SearchHit
{
    qint64 householdId = 0;
    QString fileNumber; // "SO1-42"
    QString title;      // household name
    QString guardians;  // payer first
    QString children;   // "Léa (CE1, École Jules Ferry), Tom (PS, …)"
    FileStatus status = FileStatus::Draft;
};

// Finds households as the clerk types: household name, any guardian's or child's names, phones,
// emails, file number, INE. Accent- and case-insensitive, every word typed is a prefix that must
// match. Backed by an FTS5 index (household_search) kept up to date by FamilyService.
class FamilySearch
{
public:
    explicit FamilySearch(Database &database);

    Result<QList<SearchHit>> search(const QString &text, int limit = 50);

    // Rebuilds the index row of one household from the tables (call inside the writing transaction).
    Status reindex(qint64 householdId);

    // The FTS5 expression for what was typed: each word quoted as a prefix, all required. Empty when
    // nothing searchable was typed, so that punctuation alone never matches everything.
    static QString matchExpression(const QString &text);

private:
    Database &m_database;
    StatementCache m_statements;
};

} // namespace guichet
