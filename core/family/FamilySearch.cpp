#include "family/FamilySearch.h"

#include "common/TextFolding.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace guichet {

namespace {

// Result order, after the exact hits (ExactSql): households whose name starts with the first word typed,
// then those where a guardian's or a child's surname does, then the other matches; each group
// alphabetical. The match set comes from FTS5; the order from the household_sort and household_key
// indexes.
const QString GeneralSql =
    QStringLiteral("SELECT s.rowid, s.file_number, s.title, s.guardians, s.children, s.status, '' "
                   "FROM (SELECT k.id, k.sort_key, "
                   "        CASE WHEN substr(k.sort_key, 1, length(?)) = ? THEN 0 "
                   "             WHEN k.id IN (SELECT household_id FROM household_key WHERE kind = 'surname' "
                   "                           AND key >= ? AND key < ? || x'f48fbfbf') THEN 1 "
                   "             ELSE 2 END AS tier "
                   "      FROM household_sort k "
                   "      WHERE k.id IN (SELECT rowid FROM household_search WHERE household_search MATCH ?) "
                   "      ORDER BY tier, k.sort_key LIMIT ?) t "
                   "CROSS JOIN household_search s ON s.rowid = t.id "
                   "ORDER BY t.tier, t.sort_key");

// One word typed: if at least 'limit' household names start with it, those are exactly the first
// results of GeneralSql (a name's first word is indexed, so they all match), read straight from the
// index. This is what keeps one- and two-letter prefixes fast on thousands of households.
const QString NamePrefixSql =
    QStringLiteral("SELECT s.rowid, s.file_number, s.title, s.guardians, s.children, s.status, '' "
                   "FROM (SELECT id, sort_key FROM household_sort "
                   "      WHERE sort_key >= ? AND sort_key < ? || x'f48fbfbf' ORDER BY sort_key LIMIT ?) t "
                   "CROSS JOIN household_search s ON s.rowid = t.id ORDER BY t.sort_key");

// What was typed, all its words joined, is exactly a file number, an INE, a phone or an email.
const QString ExactSql = QStringLiteral(
    "SELECT s.rowid, s.file_number, s.title, s.guardians, s.children, s.status, min(k.kind) "
    "FROM household_key k CROSS JOIN household_sort o ON o.id = k.household_id "
    "CROSS JOIN household_search s ON s.rowid = k.household_id "
    "WHERE k.key = ? AND k.kind <> 'surname' GROUP BY k.household_id ORDER BY o.sort_key LIMIT ?");

// How the search index is built; a database indexed by an earlier version is reindexed once. A migration
// that changes it also says which version a new database starts with (0003_integrity.sql).
constexpr int IndexVersion = 2;

ExactMatch exactMatchFromCode(const QString &kind)
{
    if (kind == QLatin1String("file"))
        return ExactMatch::FileNumber;
    if (kind == QLatin1String("ine"))
        return ExactMatch::Ine;
    if (kind == QLatin1String("phone"))
        return ExactMatch::Phone;
    if (kind == QLatin1String("email"))
        return ExactMatch::Email;
    return ExactMatch::None;
}

void readHits(QSqlQuery &q, QList<SearchHit> &hits)
{
    enum Column
    {
        Id,
        FileNumber,
        Title,
        Guardians,
        Children,
        StatusCode,
        ExactKind
    };
    while (q.next()) {
        const qint64 id = q.value(Id).toLongLong();
        if (std::any_of(hits.cbegin(), hits.cend(), [id](const SearchHit &h) { return h.householdId == id; }))
            continue; // already among the exact hits
        hits += SearchHit{id,
                          q.value(FileNumber).toString(),
                          q.value(Title).toString(),
                          q.value(Guardians).toString(),
                          q.value(Children).toString(),
                          fileStatusFromCode(q.value(StatusCode).toString()),
                          exactMatchFromCode(q.value(ExactKind).toString())};
    }
    q.finish();
}

// A name as its sort key and surname key: its words folded, those joined by an apostrophe or a hyphen
// written together ("N'Diaye" -> "ndiaye"), as the clerk types them.
QString nameKey(const QString &name)
{
    return queryWords(name).join(QLatin1Char(' '));
}

// Ties between equal names go by file number, its digits padded so that SO1-9 comes before SO1-10.
QString sortableFileNumber(const QString &fileNumber)
{
    const qsizetype dash = fileNumber.lastIndexOf(QLatin1Char('-'));
    return fileNumber.left(dash + 1) + fileNumber.mid(dash + 1).rightJustified(8, QLatin1Char('0'));
}

} // namespace

FamilySearch::FamilySearch(Database &database) : m_database(database), m_statements(database) {}

QString FamilySearch::matchExpression(const QString &text)
{
    QStringList terms;
    for (const QString &word : queryWords(text)) {
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms += QLatin1Char('"') + quoted + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

Result<QList<SearchHit>> FamilySearch::search(const QString &text, int limit)
{
    QList<SearchHit> hits;
    const QStringList words = queryWords(text);
    if (words.isEmpty() || limit <= 0)
        return hits;
    hits.reserve(limit);

    QSqlQuery &exact = m_statements.get(ExactSql);
    exact.bindValue(0, words.join(QString()));
    exact.bindValue(1, limit);
    if (Status s = execOrError(exact); !s)
        return s.error();
    readHits(exact, hits);
    const qsizetype exactCount = hits.size();
    // Room for the others, counting the exact hits they will repeat (skipped by readHits).
    const int wanted = limit + int(exactCount);

    if (words.size() == 1) {
        QSqlQuery &prefix = m_statements.get(NamePrefixSql);
        bindAll(prefix, {words.first(), words.first(), wanted});
        if (Status s = execOrError(prefix); !s)
            return s.error();
        readHits(prefix, hits);
        if (hits.size() >= limit)
            return hits.mid(0, limit);
        hits.resize(exactCount);
    }
    QSqlQuery &general = m_statements.get(GeneralSql);
    const QString first = words.first();
    bindAll(general, {first, first, first, first, matchExpression(text), wanted});
    if (Status s = execOrError(general); !s)
        return s.error();
    readHits(general, hits);
    return hits.mid(0, limit);
}

Status FamilySearch::rebuildIfStale()
{
    if (m_database.isReadOnly())
        return Status::success();
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'search_index_version'")))
        return storageError(q.lastError());
    if (q.next() && q.value(0).toInt() == IndexVersion)
        return Status::success();
    q.finish();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    QList<qint64> households;
    if (!q.exec(QStringLiteral("SELECT id FROM household ORDER BY id")))
        return storageError(q.lastError());
    while (q.next())
        households += q.value(0).toLongLong();
    for (qint64 id : households)
        if (Status s = reindex(id); !s)
            return s;
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('search_index_version', ?)"));
    q.addBindValue(QString::number(IndexVersion));
    if (Status s = execOrError(q); !s)
        return s;
    return transaction.commit();
}

Status FamilySearch::reindex(qint64 householdId)
{
    QStringList words;
    QString name, status;
    QString fileNumber;
    // The statements are kept: every save of a file reindexes it.
    QSqlQuery *q = &m_statements.get(
        QStringLiteral("SELECT name, email, file_number, status FROM household WHERE id = ?"));
    q->addBindValue(householdId);
    if (Status s = execOrError(*q); !s)
        return s;
    if (!q->next())
        return Status::success();
    name = q->value(0).toString();
    words += indexWords(name) + indexWords(q->value(1).toString());
    fileNumber = q->value(2).toString();
    words += indexWords(fileNumber);
    status = q->value(3).toString();
    // Exact keys: what the clerk types, all its words joined ("SO1-42", "so1 42" and "42" are file SO1-42).
    QList<std::pair<QString, const char *>> keys;
    const auto exactKey = [](const QString &typed) { return queryWords(typed).join(QString()); };
    keys += {exactKey(fileNumber), "file"};
    keys += {fileNumber.section(QLatin1Char('-'), -1), "file"};
    keys += {exactKey(q->value(1).toString()), "email"};
    q->finish();

    QStringList guardians;
    q = &m_statements.get(
        QStringLiteral("SELECT first_name, last_name, email, phone_mobile, phone_home, phone_work "
                       "FROM guardian WHERE household_id = ? ORDER BY is_payer DESC, id"));
    q->addBindValue(householdId);
    if (Status s = execOrError(*q); !s)
        return s;
    while (q->next()) {
        guardians += q->value(0).toString() + QLatin1Char(' ') + q->value(1).toString();
        for (int i = 0; i < 3; ++i)
            words += indexWords(q->value(i).toString());
        for (const QString &surname : indexWords(q->value(1).toString()))
            keys += {surname, "surname"};
        keys += {exactKey(q->value(2).toString()), "email"};
        for (int i = 3; i < 6; ++i) {
            const QStringList phone = phoneIndexWords(q->value(i).toString());
            words += phone;
            for (const QString &digits : phone)
                keys += {digits, "phone"};
        }
    }

    QStringList children;
    q = &m_statements.get(
        QStringLiteral("SELECT c.first_name, c.last_name, c.ine, c.class_level, coalesce(s.name, '') "
                       "FROM household_child hc JOIN child c ON c.id = hc.child_id "
                       "LEFT JOIN school s ON s.id = c.school_id "
                       "WHERE hc.household_id = ? ORDER BY c.birth_date"));
    q->addBindValue(householdId);
    if (Status s = execOrError(*q); !s)
        return s;
    while (q->next()) {
        QStringList where;
        for (int i : {3, 4})
            if (!q->value(i).toString().isEmpty())
                where += q->value(i).toString();
        children +=
            q->value(0).toString() + QLatin1Char(' ') + q->value(1).toString() +
            (where.isEmpty() ? QString()
                             : QStringLiteral(" (") + where.join(QStringLiteral(", ")) + QLatin1Char(')'));
        for (int i = 0; i < 3; ++i)
            words += indexWords(q->value(i).toString());
        for (const QString &surname : indexWords(q->value(1).toString()))
            keys += {surname, "surname"};
        keys += {exactKey(q->value(2).toString()), "ine"};
    }
    words.removeDuplicates();

    q = &m_statements.get(QStringLiteral("DELETE FROM household_search WHERE rowid = ?"));
    q->addBindValue(householdId);
    if (Status s = execOrError(*q); !s)
        return s;
    q = &m_statements.get(
        QStringLiteral("INSERT INTO household_search (rowid, words, file_number, title, guardians, "
                       "children, status) VALUES (?,?,?,?,?,?,?)"));
    bindAll(*q, {householdId, words.join(QLatin1Char(' ')), fileNumber, name,
                 guardians.join(QStringLiteral(", ")), children.join(QStringLiteral(", ")), status});
    if (Status s = execOrError(*q); !s)
        return s;
    q = &m_statements.get(
        QStringLiteral("INSERT OR REPLACE INTO household_sort (id, sort_key) VALUES (?, ?)"));
    bindAll(*q, {householdId, QString(nameKey(name) + QLatin1Char(' ') + sortableFileNumber(fileNumber))});
    if (Status s = execOrError(*q); !s)
        return s;

    q = &m_statements.get(QStringLiteral("DELETE FROM household_key WHERE household_id = ?"));
    q->addBindValue(householdId);
    if (Status s = execOrError(*q); !s)
        return s;
    q = &m_statements.get(
        QStringLiteral("INSERT OR IGNORE INTO household_key (key, kind, household_id) VALUES (?, ?, ?)"));
    for (const auto &[key, kind] : keys) {
        if (key.isEmpty())
            continue;
        bindAll(*q, {key, QString::fromLatin1(kind), householdId});
        if (Status s = execOrError(*q); !s)
            return s;
    }
    return Status::success();
}

} // namespace guichet
