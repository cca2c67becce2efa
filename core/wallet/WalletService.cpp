#include "wallet/WalletService.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>

namespace guichet {

QString movementKindCode(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Purchase:
        return QStringLiteral("purchase");
    case MovementKind::CreditNote:
        return QStringLiteral("credit_note");
    case MovementKind::Booking:
        return QStringLiteral("booking");
    case MovementKind::Cancellation:
        return QStringLiteral("cancellation");
    case MovementKind::CarryOver:
        return QStringLiteral("carry_over");
    case MovementKind::Refund:
        return QStringLiteral("refund");
    }
    return QStringLiteral("purchase");
}

MovementKind movementKindFromCode(const QString &code)
{
    for (MovementKind k : {MovementKind::Purchase, MovementKind::CreditNote, MovementKind::Booking,
                           MovementKind::Cancellation, MovementKind::CarryOver, MovementKind::Refund})
        if (movementKindCode(k) == code)
            return k;
    return MovementKind::Purchase;
}

QString movementKindLabel(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Purchase:
        return WalletService::tr("Purchase");
    case MovementKind::CreditNote:
        return WalletService::tr("Credit note");
    case MovementKind::Booking:
        return WalletService::tr("Booking");
    case MovementKind::Cancellation:
        return WalletService::tr("Booking cancelled");
    case MovementKind::CarryOver:
        return WalletService::tr("Carry-over");
    case MovementKind::Refund:
        return WalletService::tr("Refund");
    }
    return {};
}

QList<WalletBalance> WalletService::balances(qint64 householdId) const
{
    QList<WalletBalance> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.name, coalesce((SELECT sum(m.quantity) FROM wallet_movement m "
                             "WHERE m.household_id = ? AND m.activity_id = a.id), 0) AS n "
                             "FROM activity a WHERE a.active = 1 OR n <> 0 ORDER BY a.position, a.id"));
    q.addBindValue(householdId);
    if (q.exec())
        while (q.next())
            list += WalletBalance{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()};
    return list;
}

int WalletService::balance(qint64 householdId, qint64 activityId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM wallet_movement WHERE household_id = ? AND "
                       "activity_id = ?"));
    bindAll(q, {householdId, activityId});
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<WalletMovement> WalletService::movements(qint64 householdId) const
{
    QList<WalletMovement> list;
    QHash<qint64, int> running;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT m.id, m.at, m.activity_id, a.name, m.kind, m.quantity, m.unit_price_cents, "
                       "coalesce(c.number, i.number, '') FROM wallet_movement m "
                       "JOIN activity a ON a.id = m.activity_id "
                       "LEFT JOIN invoice i ON i.id = m.invoice_id "
                       "LEFT JOIN credit_note c ON c.id = m.credit_note_id "
                       "WHERE m.household_id = ? ORDER BY m.id"));
    q.addBindValue(householdId);
    if (!q.exec())
        return list;
    while (q.next()) {
        WalletMovement m;
        m.id = q.value(0).toLongLong();
        m.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        m.activityId = q.value(2).toLongLong();
        m.activityName = q.value(3).toString();
        m.kind = movementKindFromCode(q.value(4).toString());
        m.quantity = q.value(5).toInt();
        m.unitPrice = Money::fromCents(q.value(6).toLongLong());
        m.reference = q.value(7).toString();
        m.balanceAfter = (running[m.activityId] += m.quantity);
        list += m;
    }
    return list;
}

int WalletService::remainingInLot(qint64 lotId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT quantity + coalesce((SELECT sum(quantity) FROM wallet_movement WHERE lot_id = ?), 0) "
        "FROM wallet_movement WHERE id = ? AND kind = 'purchase'"));
    bindAll(q, {lotId, lotId});
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace guichet
