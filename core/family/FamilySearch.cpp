#include "family/FamilySearch.h"

#include "common/TextFolding.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace guichet {

FamilySearch::FamilySearch(Database &database) : m_database(database), m_query(database.connection())
{
    m_query.setForwardOnly(true);
    m_query.prepare(QStringLiteral("SELECT rowid, file_number, title, guardians, children, status "
                                   "FROM household_search WHERE household_search MATCH ? "
                                   "ORDER BY substr(sort_key, 1, length(?)) <> ?, sort_key LIMIT ?"));
}

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

QList<SearchHit> FamilySearch::search(const QString &text, int limit)
{
    QList<SearchHit> hits;
    const QString expression = matchExpression(text);
    if (expression.isEmpty())
        return hits;
    // Households whose name starts with the first word typed come first, then alphabetical order.
    const QString firstWord = queryWords(text).value(0);
    m_query.bindValue(0, expression);
    m_query.bindValue(1, firstWord);
    m_query.bindValue(2, firstWord);
    m_query.bindValue(3, limit);
    if (!m_query.exec()) {
        qWarning("Search failed: %s", qPrintable(m_query.lastError().text()));
        return hits;
    }
    hits.reserve(limit);
    while (m_query.next()) {
        hits += SearchHit{m_query.value(0).toLongLong(), m_query.value(1).toLongLong(),
                          m_query.value(2).toString(),   m_query.value(3).toString(),
                          m_query.value(4).toString(),   fileStatusFromCode(m_query.value(5).toString())};
    }
    m_query.finish();
    return hits;
}

Status FamilySearch::reindex(qint64 householdId)
{
    QStringList words;
    QString name, status;
    qint64 fileNumber = 0;
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
    fileNumber = q.value(2).toLongLong();
    words += QString::number(fileNumber);
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
    q.prepare(
        QStringLiteral("INSERT INTO household_search (rowid, words, sort_key, file_number, title, guardians, "
                       "children, status) VALUES (?,?,?,?,?,?,?,?)"));
    q.addBindValue(householdId);
    q.addBindValue(words.join(QLatin1Char(' ')));
    q.addBindValue(QString(foldText(name) + QLatin1Char(' ') +
                           QStringLiteral("%1").arg(fileNumber, 8, 10, QLatin1Char('0'))));
    q.addBindValue(fileNumber);
    q.addBindValue(name);
    q.addBindValue(guardians.join(QStringLiteral(", ")));
    q.addBindValue(children.join(QStringLiteral(", ")));
    q.addBindValue(status);
    return execOrError(q);
}

} // namespace guichet
