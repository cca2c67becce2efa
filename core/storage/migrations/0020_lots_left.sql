-- Schema 20: the tickets each lot has left, kept as the ledger is written.
--
-- Taking a ticket checked its lot against the ledger by adding up everything taken from the lot so far: a
-- year booked from a lot of 140 tickets added up 140 × 70 movements, and the 12,000-household demo spent some
-- 40 s doing so. A balance is a sum, cached where it is needed and the ledger stays the truth: this table is
-- that cache, one row per lot (the lot's own tickets plus every movement that names it), written by the
-- trigger below for every movement (a lot before its movements or after, as a sync may bring them), and
-- compared with the ledger by verify (ledger.lots). It never travels: each counter derives it from its ledger.
CREATE TABLE wallet_lot_left (
    lot_id    INTEGER PRIMARY KEY,
    remaining INTEGER NOT NULL
) STRICT;

INSERT INTO wallet_lot_left (lot_id, remaining)
SELECT l.id, l.quantity + coalesce((SELECT sum(quantity) FROM wallet_movement WHERE lot_id = l.id), 0)
FROM wallet_movement l WHERE l.lot_id IS NULL;

-- The rule itself is unchanged: no movement takes more than its lot has left, except what a sync writes as
-- another counter did it (verify then shows the overdrawn lot). An AFTER trigger: a lot's id is known only
-- once it is written; the abort undoes the movement with its count.
DROP TRIGGER wallet_movement_lot_left;
CREATE TRIGGER wallet_movement_lot_left AFTER INSERT ON wallet_movement
BEGIN
    INSERT INTO wallet_lot_left (lot_id, remaining) VALUES (coalesce(NEW.lot_id, NEW.id), NEW.quantity)
        ON CONFLICT (lot_id) DO UPDATE SET remaining = remaining + excluded.remaining;
    SELECT RAISE(ABORT, 'ticket ledger: the lot has not that many tickets left')
    WHERE NEW.lot_id IS NOT NULL AND NEW.quantity < 0
      AND (SELECT remaining FROM wallet_lot_left WHERE lot_id = NEW.lot_id) < 0
      AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_applying');
END;
