#pragma once

#include "common/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace guichet {

class Database;

struct WalletBalance
{
    qint64 activityId = 0;
    QString activityName;
    int quantity = 0;
};

enum class MovementKind
{
    Purchase,
    CreditNote,
    Booking,
    Cancellation,
    CarryOver,
    Refund
};
QString movementKindCode(MovementKind kind);
MovementKind movementKindFromCode(const QString &code);
QString movementKindLabel(MovementKind kind); // translated

struct WalletMovement
{
    qint64 id = 0;
    QDateTime at;
    qint64 activityId = 0;
    QString activityName;
    MovementKind kind = MovementKind::Purchase;
    int quantity = 0; // signed
    Money unitPrice;
    QString reference;    // invoice or credit note number
    int balanceAfter = 0; // running balance of that activity
};

// The household's tickets ("the cart"): balances per activity and the movements that make them.
// The ledger (wallet_movement) is append-only and the only truth; a balance is a sum of movements.
class WalletService
{
    Q_DECLARE_TR_FUNCTIONS(WalletService)

public:
    explicit WalletService(Database &database) : m_database(database) {}

    QList<WalletBalance> balances(qint64 householdId) const; // every active activity, zero included
    int balance(qint64 householdId, qint64 activityId) const;
    QList<WalletMovement> movements(qint64 householdId) const; // oldest first, with running balances
    // Tickets of a lot (purchase movement) not yet taken out of it.
    int remainingInLot(qint64 lotId) const;

private:
    Database &m_database;
};

} // namespace guichet
