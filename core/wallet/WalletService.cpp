#include "wallet/WalletService.h"

#include "common/Uuid.h"
#include "session/Session.h"
#include "storage/Database.h"

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
    case MovementKind::Excused:
        return QStringLiteral("excused");
    case MovementKind::Surcharge:
        return QStringLiteral("surcharge");
    case MovementKind::CarryOut:
        return QStringLiteral("carry_out");
    case MovementKind::CarryIn:
        return QStringLiteral("carry_in");
    case MovementKind::Refund:
        return QStringLiteral("refund");
    case MovementKind::CancellationUndone:
        return QStringLiteral("cancellation_undone");
    case MovementKind::ExcusedUndone:
        return QStringLiteral("excused_undone");
    }
    return QStringLiteral("purchase");
}

MovementKind movementKindFromCode(const QString &code)
{
    for (MovementKind k :
         {MovementKind::Purchase, MovementKind::CreditNote, MovementKind::Booking, MovementKind::Cancellation,
          MovementKind::Excused, MovementKind::Surcharge, MovementKind::CarryOut, MovementKind::CarryIn,
          MovementKind::Refund, MovementKind::CancellationUndone, MovementKind::ExcusedUndone})
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
    case MovementKind::Excused:
        return WalletService::tr("Excused absence");
    case MovementKind::Surcharge:
        return WalletService::tr("Surcharge: present without a booking");
    case MovementKind::CarryOut:
        return WalletService::tr("Carried over to the next school year");
    case MovementKind::CarryIn:
        return WalletService::tr("Carried over from the last school year");
    case MovementKind::Refund:
        return WalletService::tr("Refund");
    case MovementKind::CancellationUndone:
        return WalletService::tr(
            "Cancelled on another counter too: the ticket given back twice, taken back once");
    case MovementKind::ExcusedUndone:
        return WalletService::tr(
            "Cancelled or excused on another counter too: the ticket given back twice, taken "
            "back once");
    }
    return {};
}

namespace {
// A new movement: insert() through QtSql, takeForBookings() through the C API, the same columns.
const char InsertMovement[] =
    "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, kind, quantity, "
    "unit_price_cents, lot_id, reverses_id, invoice_line_id, credit_note_line_id, booking_id, child_id, "
    "service_day, rollover_id, origin_lot_id, refund_line_id, at, clerk) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
} // namespace

WalletService::WalletService(Session &session) : m_session(session), m_statements(session.database()) {}

Result<QList<WalletBalance>> WalletService::balances(qint64 householdId) const
{
    QList<WalletBalance> list;
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT a.id, a.name, coalesce((SELECT sum(m.quantity) FROM wallet_movement m "
        "WHERE m.household_id = ? AND m.activity_id = a.id), 0) AS n, coalesce((SELECT "
        "sum(b.tickets_owed) FROM booking b WHERE b.household_id = ? AND b.activity_id = a.id "
        "AND b.tickets_owed > 0 AND b.status NOT IN ('cancelled', 'excused')), 0) AS owed "
        "FROM activity a WHERE a.active = 1 OR n <> 0 OR owed <> 0 ORDER BY a.position, a.id"));
    bindAll(q, {householdId, householdId});
    if (Status s = execOrError(q); !s)
        return s.error();
    while (q.next())
        list += WalletBalance{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                              q.value(3).toInt()};
    q.finish();
    return list;
}

Result<int> WalletService::balance(qint64 householdId, qint64 activityId) const
{
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT coalesce(sum(quantity), 0) FROM wallet_movement WHERE household_id = ? AND activity_id = ?"));
    bindAll(q, {householdId, activityId});
    if (Status s = execOrError(q); !s)
        return s.error();
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

Result<int> WalletService::owed(qint64 householdId, qint64 activityId) const
{
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT coalesce(sum(tickets_owed), 0) FROM booking WHERE household_id = ? AND activity_id = ? "
        "AND tickets_owed > 0 AND status NOT IN ('cancelled', 'excused')"));
    bindAll(q, {householdId, activityId});
    if (Status s = execOrError(q); !s)
        return s.error();
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

Result<QList<WalletMovement>> WalletService::movements(qint64 householdId) const
{
    enum Column
    {
        Id,
        At,
        ActivityId,
        ActivityName,
        Kind,
        Quantity,
        UnitPrice,
        Reference
    };
    QList<WalletMovement> list;
    QHash<qint64, int> running;
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT m.id, m.at, m.activity_id, a.name, m.kind, m.quantity, m.unit_price_cents, "
        "coalesce(c.number, i.number, ch.first_name || ' — ' || strftime('%d/%m/%Y', m.service_day), "
        "rf.number, fy.label || ' → ' || ty.label, '') "
        "FROM wallet_movement m JOIN activity a ON a.id = m.activity_id "
        "LEFT JOIN child ch ON ch.id = m.child_id "
        "LEFT JOIN refund_line rl ON rl.id = m.refund_line_id LEFT JOIN refund rf ON rf.id = rl.refund_id "
        "LEFT JOIN year_rollover yr ON yr.id = m.rollover_id LEFT JOIN school_year fy ON fy.id = "
        "yr.from_year_id LEFT JOIN school_year ty ON ty.id = yr.to_year_id "
        "LEFT JOIN invoice_line il ON il.id = m.invoice_line_id LEFT JOIN invoice i ON i.id = il.invoice_id "
        "LEFT JOIN credit_note_line cl ON cl.id = m.credit_note_line_id "
        "LEFT JOIN credit_note c ON c.id = cl.credit_note_id "
        "WHERE m.household_id = ? ORDER BY m.id"));
    q.bindValue(0, householdId);
    if (Status s = execOrError(q); !s)
        return s.error();
    while (q.next()) {
        WalletMovement m;
        m.id = q.value(Id).toLongLong();
        m.at = instantFromIso(q.value(At));
        m.activityId = q.value(ActivityId).toLongLong();
        m.activityName = q.value(ActivityName).toString();
        m.kind = movementKindFromCode(q.value(Kind).toString());
        m.quantity = q.value(Quantity).toInt();
        m.unitPrice = Money::fromCents(q.value(UnitPrice).toLongLong());
        m.reference = q.value(Reference).toString();
        m.balanceAfter = (running[m.activityId] += m.quantity);
        list += m;
    }
    q.finish();
    return list;
}

Result<Lot> WalletService::lot(qint64 lotId) const
{
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT l.household_id, l.activity_id, l.unit_price_cents, l.quantity, "
        "l.quantity + coalesce((SELECT sum(quantity) FROM wallet_movement WHERE lot_id = l.id), 0) "
        "FROM wallet_movement l JOIN movement_kind k ON k.code = l.kind WHERE l.id = ? AND k.is_lot = 1"));
    q.bindValue(0, lotId);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(
            tr("These tickets are not in the wallet (lot %1 not found). Run guichet-cli verify and "
               "call your IT support.")
                .arg(lotId));
    Lot lot{lotId,
            q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            Money::fromCents(q.value(2).toLongLong()),
            q.value(3).toInt(),
            q.value(4).toInt()};
    q.finish();
    return lot;
}

Result<qint64> WalletService::lotOfInvoiceLine(qint64 invoiceLineId) const
{
    QSqlQuery &q =
        m_statements.get(QStringLiteral("SELECT id FROM wallet_movement WHERE invoice_line_id = ?"));
    q.bindValue(0, invoiceLineId);
    if (Status s = execOrError(q); !s)
        return s.error();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<qint64> WalletService::insert(qint64 householdId, qint64 activityId, const QString &kind, int quantity,
                                     Money unitPrice, qint64 lotId, qint64 reversesId,
                                     const MovementSource &source)
{
    Database &db = m_session.database();
    QSqlQuery &q = m_statements.get(QLatin1String(InsertMovement));
    const auto idOrNull = [](qint64 id) { return id ? QVariant(id) : sqlNull(); };
    bindAll(q, {createUuidV7(db.clock()), db.siteId(), householdId, activityId, kind, quantity,
                unitPrice.cents(), idOrNull(lotId), idOrNull(reversesId), idOrNull(source.invoiceLineId),
                idOrNull(source.creditNoteLineId), idOrNull(source.bookingId), idOrNull(source.childId),
                source.serviceDay.isValid() ? QVariant(source.serviceDay.toString(Qt::ISODate)) : sqlNull(),
                idOrNull(source.rolloverId), idOrNull(source.originLotId), idOrNull(source.refundLineId),
                db.clock().nowIso(), m_session.actor()});
    if (Status s = execOrError(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status WalletService::takeForBookings(const QList<BookingTicket> &tickets)
{
    if (tickets.isEmpty())
        return Status::success();
    Database &db = m_session.database();
    DirectInsert &insert = DirectInsert::kept(m_ticketInsert, db, InsertMovement); // hundreds of rows
    const QByteArray site = db.siteId().toUtf8(), kind = movementKindCode(MovementKind::Booking).toUtf8(),
                     at = db.clock().nowIso().toUtf8(), clerk = m_session.actor().toUtf8();
    QList<DirectValue> rows;
    rows.reserve(tickets.size() * 19);
    for (const BookingTicket &t : tickets) {
        const MovementSource &source = t.source;
        rows += {createUuidV7(db.clock()).toLatin1(),
                 site,
                 t.lot.householdId,
                 t.lot.activityId,
                 kind,
                 -1,
                 t.lot.unitPrice.cents(),
                 t.lot.id,
                 nullptr,
                 nullptr,
                 nullptr,
                 source.bookingId,
                 source.childId,
                 source.serviceDay.toString(Qt::ISODate).toLatin1(),
                 nullptr,
                 nullptr,
                 nullptr,
                 at,
                 clerk};
    }
    return insert.insert(rows);
}

Result<qint64> WalletService::creditLot(qint64 householdId, qint64 activityId, int quantity, Money unitPrice,
                                        MovementKind kind, const MovementSource &source)
{
    if (quantity <= 0)
        return Error::of(tr("A lot holds at least one ticket."));
    return insert(householdId, activityId, movementKindCode(kind), quantity, unitPrice, 0, 0, source);
}

Result<QList<Lot>> WalletService::openLots(qint64 householdId, qint64 activityId) const
{
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT id, unit_price_cents, quantity, remaining FROM ("
        " SELECT l.id, l.unit_price_cents, l.quantity, coalesce(l.origin_lot_id, l.id) AS bought, "
        "  l.quantity + coalesce((SELECT sum(quantity) FROM wallet_movement WHERE lot_id = l.id), 0) AS "
        "remaining "
        " FROM wallet_movement l JOIN movement_kind k ON k.code = l.kind "
        " WHERE l.household_id = ? AND l.activity_id = ? AND k.is_lot = 1) WHERE remaining > 0 "
        "ORDER BY bought, id"));
    bindAll(q, {householdId, activityId});
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<Lot> lots;
    while (q.next())
        lots += Lot{
            q.value(0).toLongLong(), householdId,       activityId, Money::fromCents(q.value(1).toLongLong()),
            q.value(2).toInt(),      q.value(3).toInt()};
    q.finish();
    return lots;
}

Status WalletService::recountLotsLeft()
{
    QSqlQuery q(m_session.database().connection());
    if (!q.exec(QStringLiteral("DELETE FROM wallet_lot_left")))
        return storageError(q.lastError());
    // Each lot (no lot_id) with what was taken from it: two lookups in the index on lot_id.
    if (!q.exec(QStringLiteral(
            "INSERT INTO wallet_lot_left (lot_id, remaining) SELECT l.id, l.quantity + coalesce((SELECT "
            "sum(quantity) FROM wallet_movement WHERE lot_id = l.id), 0) FROM wallet_movement l "
            "WHERE l.lot_id IS NULL")))
        return storageError(q.lastError());
    return Status::success();
}

Result<qint64> WalletService::takeFromLot(qint64 lotId, int quantity, MovementKind kind,
                                          const MovementSource &source)
{
    const auto from = lot(lotId);
    if (!from)
        return from.error();
    return takeFromLot(from.value(), quantity, kind, source);
}

Result<qint64> WalletService::takeFromLot(const Lot &from, int quantity, MovementKind kind,
                                          const MovementSource &source)
{
    if (quantity <= 0)
        return Error::of(tr("Take at least one ticket."));
    if (quantity > from.remaining) // the rules trigger checks it again against the ledger itself
        return Error::of(
            tr("Only %n ticket(s) of this lot are left in the wallet.", nullptr, from.remaining));
    return insert(from.householdId, from.activityId, movementKindCode(kind), -quantity, from.unitPrice,
                  from.id, 0, source);
}

Status WalletService::giveBackBooking(MovementKind kind, const MovementSource &source)
{
    QSqlQuery &q = m_statements.get(QStringLiteral("SELECT id FROM wallet_movement WHERE booking_id = ? AND "
                                                   "kind IN ('booking', 'surcharge') ORDER BY id"));
    q.bindValue(0, source.bookingId);
    if (Status s = execOrError(q); !s)
        return s;
    QList<qint64> takes;
    while (q.next())
        takes += q.value(0).toLongLong();
    q.finish();
    for (const qint64 taken : std::as_const(takes))
        if (auto back = giveBackToLot(taken, 1, kind, source); !back)
            return back.error();
    return {};
}

Result<qint64> WalletService::giveBackToLot(qint64 takenMovementId, int quantity, MovementKind kind,
                                            const MovementSource &source)
{
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT m.lot_id, -m.quantity - coalesce((SELECT sum(quantity) FROM wallet_movement WHERE "
        "reverses_id = m.id), "
        "0) FROM wallet_movement m WHERE m.id = ? AND m.lot_id IS NOT NULL AND m.quantity < 0"));
    q.bindValue(0, takenMovementId);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(
            tr("These tickets were not taken from the wallet (movement %1 not found). Run guichet-cli "
               "verify and call your IT support.")
                .arg(takenMovementId));
    const qint64 lotId = q.value(0).toLongLong();
    const int givable = q.value(1).toInt();
    q.finish();
    if (quantity <= 0)
        return Error::of(tr("Give back at least one ticket."));
    if (quantity > givable)
        return Error::of(
            tr("Only %n ticket(s) taken by this movement can still be given back.", nullptr, givable));
    const auto to = lot(lotId);
    if (!to)
        return to.error();
    return insert(to.value().householdId, to.value().activityId, movementKindCode(kind), quantity,
                  to.value().unitPrice, lotId, takenMovementId, source);
}

Result<qint64> WalletService::undoGiveBack(qint64 giveBackId)
{
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT household_id, activity_id, kind, quantity, unit_price_cents, lot_id, booking_id, "
        "child_id, service_day FROM wallet_movement WHERE id = ?"));
    q.bindValue(0, giveBackId);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(
            tr("These tickets were not given back (movement %1 not found). Run guichet-cli verify "
               "and call your IT support.")
                .arg(giveBackId));
    const qint64 householdId = q.value(0).toLongLong(), activityId = q.value(1).toLongLong();
    const MovementKind given = movementKindFromCode(q.value(2).toString());
    const int quantity = q.value(3).toInt();
    const Money unitPrice = Money::fromCents(q.value(4).toLongLong());
    const qint64 lotId = q.value(5).toLongLong();
    MovementSource source = MovementSource::ofBooking(q.value(6).toLongLong(), q.value(7).toLongLong(),
                                                      QDate::fromString(q.value(8).toString(), Qt::ISODate));
    q.finish();
    if (given != MovementKind::Cancellation && given != MovementKind::Excused)
        return Error::of(
            tr("Only a booking's ticket given back can be taken back (movement %1).").arg(giveBackId));
    const MovementKind undone =
        given == MovementKind::Cancellation ? MovementKind::CancellationUndone : MovementKind::ExcusedUndone;
    return insert(householdId, activityId, movementKindCode(undone), -quantity, unitPrice, lotId, giveBackId,
                  source);
}

} // namespace guichet
