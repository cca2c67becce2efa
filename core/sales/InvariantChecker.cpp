#include "sales/InvariantChecker.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QMap>
#include <QSqlRecord>
#include <functional>

namespace guichet {

QStringList InvariantChecker::violations(int limit) const
{
    QStringList found;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    auto check = [&](const QString &sql, const std::function<QString(const QSqlQuery &)> &describe) {
        if (found.size() >= limit)
            return;
        if (!q.exec(sql)) {
            found += tr("The check could not run (%1).").arg(q.lastError().text());
            return;
        }
        while (q.next() && found.size() < limit)
            found += describe(q);
        q.finish();
    };

    // Tickets: balances, lots, and the link between paid invoices and the ledger.
    check(QStringLiteral("SELECT h.file_number, a.name, sum(m.quantity) FROM wallet_movement m "
                         "JOIN household h ON h.id = m.household_id JOIN activity a ON a.id = m.activity_id "
                         "GROUP BY m.household_id, m.activity_id HAVING sum(m.quantity) < 0"),
          [](const QSqlQuery &r) {
              return tr("Wallet of file no. %1: the %2 balance is negative (%3).")
                  .arg(r.value(0).toString(), r.value(1).toString(), r.value(2).toString());
          });
    check(
        QStringLiteral(
            "SELECT p.id, p.quantity + coalesce((SELECT sum(quantity) FROM wallet_movement WHERE lot_id = "
            "p.id), 0) "
            "FROM wallet_movement p WHERE p.kind = 'purchase' AND "
            "p.quantity + coalesce((SELECT sum(quantity) FROM wallet_movement WHERE lot_id = p.id), 0) < 0"),
        [](const QSqlQuery &r) {
            return tr("Ticket lot %1 is overdrawn (%2 left).")
                .arg(r.value(0).toString(), r.value(1).toString());
        });
    check(
        QStringLiteral(
            "SELECT i.number, l.description, l.quantity, coalesce(sum(c.quantity), 0) FROM invoice_line l "
            "JOIN invoice i ON i.id = l.invoice_id LEFT JOIN credit_note_line c ON c.invoice_line_id = l.id "
            "GROUP BY l.id HAVING coalesce(sum(c.quantity), 0) > l.quantity"),
        [](const QSqlQuery &r) {
            return tr("Invoice %1, %2: credit notes take back %4 tickets of %3.")
                .arg(r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                     r.value(3).toString());
        });
    const QString balances = QStringLiteral(
        "SELECT i.id, i.number, i.total_cents AS total, "
        "coalesce((SELECT sum(total_cents) FROM credit_note WHERE invoice_id = i.id), 0) AS credited, "
        "coalesce((SELECT sum(amount_cents) FROM payment WHERE invoice_id = i.id), 0) AS paid, "
        "coalesce((SELECT sum(l.quantity) FROM invoice_line l WHERE l.invoice_id = i.id), 0) AS sold, "
        "coalesce((SELECT sum(c.quantity) FROM credit_note_line c JOIN invoice_line l ON l.id = "
        "c.invoice_line_id "
        "          WHERE l.invoice_id = i.id), 0) AS taken_back, "
        "coalesce((SELECT sum(m.quantity) FROM wallet_movement m WHERE m.invoice_id = i.id), 0) AS in_wallet "
        "FROM invoice i");
    check(QStringLiteral("SELECT number, total, credited FROM (%1) WHERE credited > total").arg(balances),
          [](const QSqlQuery &r) {
              return tr("Invoice %1: its credit notes (%3 cents) exceed its total (%2 cents).")
                  .arg(r.value(0).toString(), r.value(1).toString(), r.value(2).toString());
          });
    check(QStringLiteral("SELECT number, total, paid FROM (%1) WHERE paid > total").arg(balances),
          [](const QSqlQuery &r) {
              return tr("Invoice %1 is overpaid: %3 cents paid for a total of %2 cents.")
                  .arg(r.value(0).toString(), r.value(1).toString(), r.value(2).toString());
          });
    check(QStringLiteral("SELECT number, in_wallet, CASE WHEN paid > 0 AND paid >= total - credited "
                         "THEN sold - taken_back ELSE 0 END AS expected FROM (%1) "
                         "WHERE in_wallet <> CASE WHEN paid > 0 AND paid >= total - credited THEN sold - "
                         "taken_back ELSE 0 END")
              .arg(balances),
          [](const QSqlQuery &r) {
              return tr("Invoice %1: the wallet holds %2 of its tickets, %3 expected (only a fully paid "
                        "invoice credits "
                        "its tickets).")
                  .arg(r.value(0).toString(), r.value(1).toString(), r.value(2).toString());
          });
    check(QStringLiteral("SELECT i.number FROM invoice i WHERE i.total_cents <> "
                         "(SELECT coalesce(sum(total_cents), 0) FROM invoice_line WHERE invoice_id = i.id)"),
          [](const QSqlQuery &r) {
              return tr("Invoice %1: its total is not the sum of its lines.").arg(r.value(0).toString());
          });

    // Numbering: every series runs 1..n with no gap or duplicate, and agrees with number_series.
    if (found.size() < limit) {
        QMap<QString, QList<qint64>> sequences;
        QMap<QString, QString> wrongText;
        for (const char *sql : {"SELECT series, sequence, number FROM invoice",
                                "SELECT series, sequence, number FROM credit_note",
                                "SELECT DISTINCT receipt_number FROM payment"}) {
            q.exec(QString::fromLatin1(sql));
            while (q.next()) {
                if (q.record().count() == 1) {
                    const QString number = q.value(0).toString();
                    const qsizetype dash = number.lastIndexOf(QLatin1Char('-'));
                    sequences[number.left(dash)] += number.mid(dash + 1).toLongLong();
                } else {
                    const QString series = q.value(0).toString();
                    sequences[series] += q.value(1).toLongLong();
                    if (q.value(2).toString() != QStringLiteral("%1-%2").arg(series).arg(
                                                     q.value(1).toLongLong(), 6, 10, QLatin1Char('0')))
                        wrongText.insert(q.value(2).toString(), series);
                }
            }
        }
        for (auto it = wrongText.cbegin(); it != wrongText.cend() && found.size() < limit; ++it)
            found += tr("Document %1 does not carry its series number.").arg(it.key());
        QMap<QString, qint64> last;
        q.exec(QStringLiteral("SELECT series, last_number FROM number_series"));
        while (q.next())
            last.insert(q.value(0).toString(), q.value(1).toLongLong());
        for (auto it = sequences.begin(); it != sequences.end() && found.size() < limit; ++it) {
            QList<qint64> &numbers = it.value();
            std::sort(numbers.begin(), numbers.end());
            for (qsizetype i = 0; i < numbers.size() && found.size() < limit; ++i) {
                if (numbers.at(i) != i + 1) {
                    found += numbers.at(i) <= i
                                 ? tr("Series %1: number %2 is used twice.").arg(it.key()).arg(numbers.at(i))
                                 : tr("Series %1: number %2 is missing.").arg(it.key()).arg(i + 1);
                    break;
                }
            }
            if (found.size() < limit && last.value(it.key()) != numbers.size())
                found += tr("Series %1: %2 documents but the counter says %3.")
                             .arg(it.key())
                             .arg(numbers.size())
                             .arg(last.value(it.key()));
        }
    }
    return found;
}

} // namespace guichet
