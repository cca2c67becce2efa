-- Schema 19: what another counter did, written here as it was done there (core/sync/Sync.cpp).
--
-- A booking's ticket given back on two counters (Sync::settleGivenBackTwice).
--
-- Offline, one counter cancels a day before its deadline while another marks the child's absence excused (or
-- both cancel it): each gives the ticket back, and once the two give-backs meet, the family has it twice. The
-- give-back of another counter, checked there, is written here as it is (it may exceed what the take left);
-- then the counter whose give-back loses takes its own back with a movement of its own: the cancellation
-- wins over the excuse (as the booking's status does), and between two of a kind, the one that reached the
-- central database first. Until that movement reaches every counter, verify shows the ticket given back twice.
-- Only a ticket given back beyond what its take took can be taken back so.
INSERT INTO movement_kind (code, direction, is_lot, source, per_day) VALUES
    ('cancellation_undone', -1, 0, 'booking_id', 1),
    ('excused_undone', -1, 0, 'booking_id', 1);

DROP TRIGGER wallet_movement_rules;
CREATE TRIGGER wallet_movement_rules BEFORE INSERT ON wallet_movement
BEGIN
    SELECT CASE
    WHEN k.code IS NULL THEN RAISE(ABORT, 'ticket ledger: unknown kind of movement')
    WHEN k.direction * NEW.quantity < 0
        THEN RAISE(ABORT, 'ticket ledger: the sign of the quantity does not match the kind')
    WHEN (k.is_lot = 1) <> (NEW.lot_id IS NULL)
        THEN RAISE(ABORT, 'ticket ledger: a lot takes from no lot; any other movement names its lot')
    WHEN (NEW.invoice_line_id IS NOT NULL) <> (k.source = 'invoice_line_id')
      OR (NEW.credit_note_line_id IS NOT NULL) <> (k.source = 'credit_note_line_id')
      OR (NEW.booking_id IS NOT NULL) <> (k.source = 'booking_id')
      OR (NEW.rollover_id IS NOT NULL) <> (k.source = 'rollover_id')
      OR (NEW.refund_line_id IS NOT NULL) <> (k.source = 'refund_line_id')
        THEN RAISE(ABORT, 'ticket ledger: the movement must name exactly the document of its kind')
    WHEN (k.per_day = 1) <> (NEW.child_id IS NOT NULL)
        THEN RAISE(ABORT, 'ticket ledger: only a booking names a child and a day')
    WHEN NEW.lot_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM wallet_movement l JOIN movement_kind lk ON lk.code = l.kind
        WHERE l.id = NEW.lot_id AND lk.is_lot = 1 AND l.household_id = NEW.household_id
          AND l.activity_id = NEW.activity_id AND l.unit_price_cents = NEW.unit_price_cents)
        THEN RAISE(ABORT, 'ticket ledger: the lot is not a lot of this household, activity and price')
    WHEN (k.is_lot = 0 AND (k.direction = 1 OR k.code IN ('cancellation_undone', 'excused_undone')))
         <> (NEW.reverses_id IS NOT NULL)
        THEN RAISE(ABORT, 'ticket ledger: a give-back names the movement it reverses; nothing else does')
    WHEN k.direction = 1 AND NEW.reverses_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM wallet_movement r WHERE r.id = NEW.reverses_id AND r.lot_id = NEW.lot_id AND r.quantity < 0
          AND (EXISTS (SELECT 1 FROM meta WHERE key = 'sync_applying')
               OR NEW.quantity + coalesce((SELECT sum(quantity) FROM wallet_movement
                                           WHERE reverses_id = NEW.reverses_id), 0) <= -r.quantity))
        THEN RAISE(ABORT, 'ticket ledger: more is given back than the reversed movement took')
    WHEN k.code IN ('cancellation_undone', 'excused_undone') AND NOT EXISTS (
        SELECT 1 FROM wallet_movement g JOIN wallet_movement t ON t.id = g.reverses_id
        WHERE g.id = NEW.reverses_id AND g.kind || '_undone' = NEW.kind
          AND g.lot_id = NEW.lot_id AND g.booking_id = NEW.booking_id AND g.quantity = -NEW.quantity
          AND NOT EXISTS (SELECT 1 FROM wallet_movement u WHERE u.reverses_id = g.id)
          AND (SELECT sum(x.quantity) FROM wallet_movement x WHERE x.reverses_id = t.id)
              + coalesce((SELECT sum(u.quantity) FROM wallet_movement u JOIN wallet_movement y ON y.id = u.reverses_id
                          WHERE y.reverses_id = t.id), 0) + NEW.quantity >= -t.quantity)
        THEN RAISE(ABORT, 'ticket ledger: only a ticket given back twice is taken back, from one give-back of its booking, whole, once')
    WHEN NEW.invoice_line_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
        WHERE l.id = NEW.invoice_line_id AND i.household_id = NEW.household_id
          AND l.activity_id = NEW.activity_id AND l.unit_price_cents = NEW.unit_price_cents
          AND NEW.quantity <= l.quantity)
        THEN RAISE(ABORT, 'ticket ledger: a lot must match the invoice line it was bought on')
    WHEN NEW.credit_note_line_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM credit_note_line c JOIN wallet_movement lot ON lot.id = NEW.lot_id
        WHERE c.id = NEW.credit_note_line_id AND lot.invoice_line_id = c.invoice_line_id
          AND c.quantity = -NEW.quantity AND c.unit_price_cents = NEW.unit_price_cents)
        THEN RAISE(ABORT, 'ticket ledger: a credit-note movement must match its credit-note line and lot')
    WHEN NEW.booking_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM booking b WHERE b.id = NEW.booking_id AND b.household_id = NEW.household_id
          AND b.child_id = NEW.child_id AND b.activity_id = NEW.activity_id AND b.service_day = NEW.service_day)
        THEN RAISE(ABORT, 'ticket ledger: a booking movement must match its booking')
    WHEN (NEW.kind = 'carry_in') <> (NEW.origin_lot_id IS NOT NULL) OR (NEW.origin_lot_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM wallet_movement o JOIN movement_kind ok ON ok.code = o.kind
        WHERE o.id = NEW.origin_lot_id AND ok.is_lot = 1 AND o.household_id = NEW.household_id
          AND o.activity_id = NEW.activity_id AND o.unit_price_cents = NEW.unit_price_cents))
        THEN RAISE(ABORT, 'ticket ledger: only a carried-in lot names the lot it continues, of its household, activity and price')
    WHEN NEW.refund_line_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM refund_line rl JOIN refund r ON r.id = rl.refund_id
        WHERE rl.id = NEW.refund_line_id AND rl.lot_id = NEW.lot_id AND rl.quantity = -NEW.quantity
          AND rl.unit_price_cents = NEW.unit_price_cents AND r.household_id = NEW.household_id
          AND r.activity_id = NEW.activity_id)
        THEN RAISE(ABORT, 'ticket ledger: a refund movement must match its refund line')
    END
    FROM (SELECT NEW.kind AS kind) n LEFT JOIN movement_kind k ON k.code = n.kind;
END;

-- A payment or a cash refund pulled from another counter was taken in that counter's open till, checked
-- there. A new counter's first pull writes the town table by table (Sync::pullSnapshot), so the till's count
-- may be here before the receipts it counts: these two rules are this counter's own, as one open till is
-- (schema 17).
DROP TRIGGER receipt_in_open_till;
CREATE TRIGGER receipt_in_open_till BEFORE INSERT ON receipt
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_applying')
  AND (NEW.till_session_id IS NULL
       OR EXISTS (SELECT 1 FROM till_count c WHERE c.session_id = NEW.till_session_id))
BEGIN SELECT RAISE(ABORT, 'a payment is taken in an open till session'); END;
DROP TRIGGER refund_in_open_till;
CREATE TRIGGER refund_in_open_till BEFORE INSERT ON refund
WHEN NEW.method = 'cash' AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_applying')
  AND EXISTS (SELECT 1 FROM till_count c WHERE c.session_id = NEW.till_session_id)
BEGIN SELECT RAISE(ABORT, 'a cash refund is paid from an open till session'); END;
