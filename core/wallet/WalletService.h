#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace guichet {

class Session;

struct WalletBalance
{
    qint64 activityId = 0;
    QString activityName;
    int quantity = 0;
    int owed = 0; // tickets used without being in the wallet: taken from the next ones bought
};

// The kinds of ticket movement. Each is a row of the movement_kind table, which says what it must
// reference (enforced by the database); a new kind is a new row there and a new value here.
enum class MovementKind
{
    Purchase,     // a lot: tickets bought on an invoice line (positive)
    CreditNote,   // tickets taken back from a lot by a credit-note line (negative)
    Booking,      // one ticket taken for a child's day (negative)
    Cancellation, // given back: cancelled before the deadline
    Excused,      // given back: an excused absence (illness with a certificate)
    Surcharge,    // the extra tickets of a child present without a booking (negative)
    CarryOut,     // the tickets left in a lot, leaving it at the roll-over (negative)
    CarryIn,      // … entering the next school year as a new lot at the same price (a lot)
    Refund,       // tickets refunded, taken from a lot by a refund line (negative)
    // A booking's ticket given back on two offline counters: the losing give-back taken back by its own
    // counter (Sync::settleGivenBackTwice), one kind for each kind of give-back (negative).
    CancellationUndone,
    ExcusedUndone
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
    QString reference;    // invoice, credit note or refund number; child and day; "2026-2027 → 2027-2028"
    int balanceAfter = 0; // running balance of that activity
};

// The document that justifies a movement; which field is set depends on the kind (the database
// refuses a movement that names another document than its kind's).
struct MovementSource
{
    qint64 invoiceLineId = 0;    // purchase
    qint64 creditNoteLineId = 0; // credit note
    qint64 bookingId = 0;        // bookings, their cancellations and excused absences
    qint64 childId = 0;          // … with the child and the service day
    QDate serviceDay;
    qint64 rolloverId = 0;   // carry-over, out and in
    qint64 originLotId = 0;  // carry-in: the lot its tickets were first bought in
    qint64 refundLineId = 0; // refund

    // A booking's movement: the booking, its child and its day.
    static MovementSource ofBooking(qint64 bookingId, qint64 childId, const QDate &day)
    {
        MovementSource source;
        source.bookingId = bookingId;
        source.childId = childId;
        source.serviceDay = day;
        return source;
    }
};

// A lot: tickets that entered the wallet together at one unit price.
struct Lot
{
    qint64 id = 0;
    qint64 householdId = 0;
    qint64 activityId = 0;
    Money unitPrice;
    int quantity = 0;  // as credited
    int remaining = 0; // not yet taken out
};

// The household's tickets ("the cart"): balances per activity and the movements that make them.
// The ledger (wallet_movement) is append-only and the only truth; a balance is a sum of movements.
// This service is the only code that writes the ledger: it credits lots, takes tickets out of them and
// gives them back, inside the caller's transaction (a sale, a credit note, and later bookings).
class WalletService
{
    Q_DECLARE_TR_FUNCTIONS(WalletService)

public:
    explicit WalletService(Session &session);

    Result<QList<WalletBalance>> balances(qint64 householdId) const; // every active activity, zero included
    Result<int> balance(qint64 householdId, qint64 activityId) const;
    // Tickets the household used without having them (a child present without a booking, an empty wallet):
    // the next tickets bought go to them first.
    Result<int> owed(qint64 householdId, qint64 activityId) const;
    Result<QList<WalletMovement>> movements(qint64 householdId) const; // oldest first, with running balances
    Result<Lot> lot(qint64 lotId) const;
    // The lots of an activity that still hold tickets, oldest first (bookings take from the oldest, so that
    // what is left to refund or carry over is valued at the newest prices). A carried-in lot is as old as
    // the lot its tickets were first bought in.
    Result<QList<Lot>> openLots(qint64 householdId, qint64 activityId) const;
    // The lot bought on an invoice line (id 0 when the line's tickets never entered the wallet).
    Result<qint64> lotOfInvoiceLine(qint64 invoiceLineId) const;

    // Tickets enter the wallet as a new lot. Returns the lot's id.
    Result<qint64> creditLot(qint64 householdId, qint64 activityId, int quantity, Money unitPrice,
                             MovementKind kind, const MovementSource &source);
    // Tickets leave a lot (quantity > 0 leaves; refused beyond what is left). Returns the movement's id.
    Result<qint64> takeFromLot(qint64 lotId, int quantity, MovementKind kind, const MovementSource &source);
    // The same from a lot just read (openLots(); its 'remaining' kept up to date by the caller): no re-read.
    Result<qint64> takeFromLot(const Lot &from, int quantity, MovementKind kind,
                               const MovementSource &source);
    // One ticket for each new booking, each from the lot named beside it (BookingService::write: a request
    // may be a school year of a few children). The caller picked the lots with openLots() and counted their
    // 'remaining' down; the ledger's rules trigger refuses a lot taken beyond what it holds all the same.
    struct BookingTicket
    {
        Lot lot;
        MovementSource source; // MovementSource::ofBooking()
    };
    Status takeForBookings(const QList<BookingTicket> &tickets);
    // Every ticket taken for a booking (its own and a walk-in's surcharge) goes back to its lot, as 'kind'
    // (a cancellation, an excused absence). 'source' names the booking, the child and the day.
    Status giveBackBooking(MovementKind kind, const MovementSource &source);
    // Tickets a movement took from a lot go back to it (a cancelled booking): never more than that movement
    // took, less what was already given back for it. Returns the new movement's id.
    Result<qint64> giveBackToLot(qint64 takenMovementId, int quantity, MovementKind kind,
                                 const MovementSource &source);
    // Takes back, whole, a give-back of a booking's ticket that another counter's give-back of the same
    // ticket made one too many (CancellationUndone or ExcusedUndone, naming it).
    Result<qint64> undoGiveBack(qint64 giveBackId);

    // The tickets each lot has left (wallet_lot_left, which the ledger's trigger keeps as movements are
    // written and checks takes against) counted again from the ledger: after a new counter's first pull,
    // which writes the ledger with that trigger set aside.
    Status recountLotsLeft();

private:
    Result<qint64> insert(qint64 householdId, qint64 activityId, const QString &kind, int quantity,
                          Money unitPrice, qint64 lotId, qint64 reversesId, const MovementSource &source);

    Session &m_session;
    mutable StatementCache m_statements;
    std::unique_ptr<DirectInsert> m_ticketInsert; // takeForBookings()
};

} // namespace guichet
