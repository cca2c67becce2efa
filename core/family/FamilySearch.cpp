#include "family/FamilySearch.h"

#include "common/TextFolding.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace guichet {

namespace {

// Result order: households whose name starts with the first word typed, then the others, each group
// alphabetical. The match set comes from FTS5; the order from the household_sort index.
const QString GeneralSql =
    QStringLiteral("SELECT s.rowid, s.file_number, s.title, s.guardians, s.children, s.status "
                   "FROM (SELECT k.id, k.sort_key FROM household_sort k "
                   "      WHERE k.id IN (SELECT rowid FROM household_search WHERE household_search MATCH ?) "
                   "      ORDER BY substr(k.sort_key, 1, length(?)) <> ?, k.sort_key LIMIT ?) t "
                   "CROSS JOIN household_search s ON s.rowid = t.id "
                   "ORDER BY substr(t.sort_key, 1, length(?)) <> ?, t.sort_key");

// One word typed: if at least 'limit' household names start with it, those are exactly the first
// results of GeneralSql (a name's first word is indexed, so they all match), read straight from the
// index. This is what keeps one- and two-letter prefixes fast on thousands of households.
const QString NamePrefixSql =
    QStringLiteral("SELECT s.rowid, s.file_number, s.title, s.guardians, s.children, s.status "
                   "FROM (SELECT id, sort_key FROM household_sort "
                   "      WHERE sort_key >= ? AND sort_key < ? || x'f48fbfbf' ORDER BY sort_key LIMIT ?) t "
                   "CROSS JOIN household_search s ON s.rowid = t.id ORDER BY t.sort_key");

void readHits(QSqlQuery &q, QList<SearchHit> &hits)
{
    enum Column
    {
        Id,
        FileNumber,
        Title,
        Guardians,
        Children,
        StatusCode
    };
    while (q.next())
        hits += SearchHit{q.value(Id).toLongLong(),     q.value(FileNumber).toString(),
                          q.value(Title).toString(),    q.value(Guardians).toString(),
                          q.value(Children).toString(), fileStatusFromCode(q.value(StatusCode).toString())};
    q.finish();
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
    if (words.size() == 1) {
        QSqlQuery &prefix = m_statements.get(NamePrefixSql);
        prefix.bindValue(0, words.first());
        prefix.bindValue(1, words.first());
        prefix.bindValue(2, limit);
        if (Status s = execOrError(prefix); !s)
            return s.error();
        readHits(prefix, hits);
        if (hits.size() == limit)
            return hits;
        hits.clear();
    }
    QSqlQuery &general = m_statements.get(GeneralSql);
    general.bindValue(0, matchExpression(text));
    general.bindValue(1, words.first());
    general.bindValue(2, words.first());
    general.bindValue(3, limit);
    general.bindValue(4, words.first());
    general.bindValue(5, words.first());
    if (Status s = execOrError(general); !s)
        return s.error();
    readHits(general, hits);
    return hits;
}

Status FamilySearch::reindex(qint64 householdId)
{
    QStringList words;
    QString name, status;
    QString fileNumber;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, email, file_number, status FROM household WHERE id = ?"));
    q.addBindValue(householdId);
    if (Status s = execOrError(q); !s)
        return s;
    if (!q.next())
        return Status::success();
    name = q.value(0).toString();
    words += indexWords(name) + indexWords(q.value(1).toString());
    fileNumber = q.value(2).toString();
    words += indexWords(fileNumber);
    status = q.value(3).toString();

    QStringList guardians;
    q.prepare(QStringLiteral("SELECT first_name, last_name, email, phone_mobile, phone_home, phone_work "
                             "FROM guardian WHERE household_id = ? ORDER BY is_payer DESC, id"));
    q.addBindValue(householdId);
    if (Status s = execOrError(q); !s)
        return s;
    while (q.next()) {
        guardians += q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        for (int i = 0; i < 3; ++i)
            words += indexWords(q.value(i).toString());
        for (int i = 3; i < 6; ++i)
            words += phoneIndexWords(q.value(i).toString());
    }

    QStringList children;
    q.prepare(QStringLiteral("SELECT c.first_name, c.last_name, c.ine, c.class_level, coalesce(s.name, '') "
                             "FROM household_child hc JOIN child c ON c.id = hc.child_id "
                             "LEFT JOIN school s ON s.id = c.school_id "
                             "WHERE hc.household_id = ? ORDER BY c.birth_date"));
    q.addBindValue(householdId);
    if (Status s = execOrError(q); !s)
        return s;
    while (q.next()) {
        QStringList where;
        for (int i : {3, 4})
            if (!q.value(i).toString().isEmpty())
                where += q.value(i).toString();
        children +=
            q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() +
            (where.isEmpty() ? QString()
                             : QStringLiteral(" (") + where.join(QStringLiteral(", ")) + QLatin1Char(')'));
        for (int i = 0; i < 3; ++i)
            words += indexWords(q.value(i).toString());
    }
    words.removeDuplicates();

    q.prepare(QStringLiteral("DELETE FROM household_search WHERE rowid = ?"));
    q.addBindValue(householdId);
    if (Status s = execOrError(q); !s)
        return s;
    q.prepare(QStringLiteral("INSERT INTO household_search (rowid, words, file_number, title, guardians, "
                             "children, status) VALUES (?,?,?,?,?,?,?)"));
    bindAll(q, {householdId, words.join(QLatin1Char(' ')), fileNumber, name,
                guardians.join(QStringLiteral(", ")), children.join(QStringLiteral(", ")), status});
    if (Status s = execOrError(q); !s)
        return s;
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO household_sort (id, sort_key) VALUES (?, ?)"));
    bindAll(q, {householdId, QString(foldText(name) + QLatin1Char(' ') + sortableFileNumber(fileNumber))});
    return execOrError(q);
}

} // namespace guichet
