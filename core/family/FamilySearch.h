#pragma once

#include "common/Result.h"
#include "family/FileStatus.h"
#include "storage/SqlQuery.h"

#include <QList>
#include <QString>

namespace guichet {

class Database;

// What the whole text typed is exactly, for a hit listed first because of it.
enum class ExactMatch
{
    None,
    FileNumber,
    Ine,
    Phone,
    Email,
};

// One line of the search results: enough to pick the right family at a glance.
struct SearchHit
{
    qint64 householdId = 0;
    QString fileNumber; // "SO1-42"
    QString title;      // household name
    QString guardians;  // payer first
    QString children;   // "Léa (CE1, École Jules Ferry), Tom (PS, …)"
    FileStatus status = FileStatus::Draft;
    ExactMatch exact = ExactMatch::None;
};

// Finds households as the clerk types: household name, any guardian's or child's names, phones,
// emails, file number, INE. Accent- and case-insensitive, every word typed is a prefix that must
// match. Ranked: what was typed is exactly a file number, an INE, a phone or an email; then the household
// name starts with the first word; then a guardian's or child's surname does; then the other matches —
// alphabetically within each. Backed by an FTS5 index (household_search) and the ranking keys
// (household_key), kept up to date by FamilyService.
class FamilySearch
{
public:
    explicit FamilySearch(Database &database);

    Result<QList<SearchHit>> search(const QString &text, int limit = 50);

    // Rebuilds the index row of one household from the tables (call inside the writing transaction).
    Status reindex(qint64 householdId);
    // Reindexes every household, once, when the database was indexed by an earlier version (after an
    // upgrade). Called at start by the programs that write; a read-only database is left as it is.
    Status rebuildIfStale();

    // The FTS5 expression for what was typed: each word quoted as a prefix, all required. Empty when
    // nothing searchable was typed, so that punctuation alone never matches everything.
    static QString matchExpression(const QString &text);

private:
    Database &m_database;
    StatementCache m_statements;
};

} // namespace guichet
