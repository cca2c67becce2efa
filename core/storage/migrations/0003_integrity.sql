-- Schema 3: sales integrity and foundations for growth.
--  * The ticket ledger says where every movement comes from: a lot names the invoice line it was bought
--    on, a movement out of a lot names its credit-note line; the kinds and what each must reference are
--    rows of movement_kind, enforced by one trigger (a new kind is a row, not a rebuilt table). The ledger
--    knows the child and the service day of a booking.
--  * A payment act is a receipt (one number, one instant, one clerk, one invoice) with its parts.
--  * Issued documents are kept as issued (content + SHA-256): every DUPLICATA is printed from them.
--  * Family file numbers carry the counter's code ("SO1-42"), so that two counters never collide.
--  * Every table that travels to the central database has its origin site and, if mutable, a version.
--  * The change log (filled by capture triggers that storage/ChangeCapture.cpp creates for every
--    travelling table).
--  * Commune identity and document texts; a new database asks its counter's code at first start.
-- Foreign keys are off while migrations run (storage/Migrator.cpp) and checked before this one commits.

-- ------------------------------------------------------------------------------------------ commune
ALTER TABLE commune_setting ADD COLUMN origin_site TEXT NOT NULL DEFAULT '';
ALTER TABLE commune_setting ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE commune_setting ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
INSERT OR IGNORE INTO commune_setting (key, value) VALUES
    ('legal_name', 'Ville de Saint-Omer'),
    ('siret', ''),
    ('regie_act', ''),
    ('regisseur_name', ''),
    ('time_zone', 'Europe/Paris'),
    ('invoice_due_days', '30'),
    ('unpaid_notice', 'À défaut de paiement à l''échéance, la somme due fera l''objet d''un titre de recettes émis par la commune et recouvré par le comptable public.'),
    ('appeal_notice', 'Vous pouvez contester cette facture dans un délai de deux mois suivant sa réception, par recours gracieux auprès du maire ou par recours devant le tribunal judiciaire (article L. 1617-5 du code général des collectivités territoriales).');

ALTER TABLE diet_option ADD COLUMN origin_site TEXT NOT NULL DEFAULT '';
ALTER TABLE diet_option ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE diet_option ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE school ADD COLUMN origin_site TEXT NOT NULL DEFAULT '';
ALTER TABLE school ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE school ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
UPDATE school SET updated_at = created_at;

-- ------------------------------------------------------------------------------------------ catalog
ALTER TABLE activity ADD COLUMN origin_site TEXT NOT NULL DEFAULT '';
ALTER TABLE school_year ADD COLUMN origin_site TEXT NOT NULL DEFAULT '';
ALTER TABLE qf_bracket ADD COLUMN origin_site TEXT NOT NULL DEFAULT '';
ALTER TABLE qf_bracket ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE qf_bracket ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tariff ADD COLUMN origin_site TEXT NOT NULL DEFAULT '';

-- ------------------------------------------------------------------------------------------ family
-- File numbers: the counter's code and its own sequence (number_series '<code>-DOSSIER').
CREATE TABLE household_v3 (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    origin_site       TEXT NOT NULL,
    file_number       TEXT NOT NULL UNIQUE CHECK (length(file_number) > 0),
    name              TEXT NOT NULL CHECK (length(name) > 0),
    email             TEXT NOT NULL DEFAULT '',
    postal_code       TEXT NOT NULL DEFAULT '',
    resident          INTEGER NOT NULL CHECK (resident IN (0, 1)),
    terms_version     TEXT,
    terms_accepted_at TEXT,
    rules_version     TEXT,
    rules_accepted_at TEXT,
    status            TEXT NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'submitted', 'validated', 'returned')),
    return_reason     TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);
INSERT INTO household_v3 (id, uuid, origin_site, file_number, name, email, postal_code, resident,
                          terms_version, terms_accepted_at, rules_version, rules_accepted_at, status,
                          return_reason, created_at, updated_at, version)
SELECT id, uuid, origin_site,
       coalesce((SELECT value FROM meta WHERE key = 'counter_code'), 'SO1') || '-' || file_number,
       name, email, postal_code, resident, terms_version, terms_accepted_at, rules_version,
       rules_accepted_at, status, return_reason, created_at, updated_at, version
FROM household ORDER BY id;
INSERT INTO number_series (series, last_number)
SELECT coalesce((SELECT value FROM meta WHERE key = 'counter_code'), 'SO1') || '-DOSSIER',
       (SELECT max(file_number) FROM household)
WHERE EXISTS (SELECT 1 FROM household);
DROP TABLE household;
ALTER TABLE household_v3 RENAME TO household;
-- The search index shows and finds the new numbers ("SO1-42" is found by "42", "so1 42" and "so1-42").
UPDATE household_search SET
    file_number = (SELECT file_number FROM household h WHERE h.id = household_search.rowid),
    words = words || ' ' || lower(coalesce((SELECT value FROM meta WHERE key = 'counter_code'), 'SO1'))
            || ' ' || lower(replace((SELECT file_number FROM household h WHERE h.id = household_search.rowid), '-', ''));

-- Search ranking (derived, local; FamilySearch rebuilds it): each household's exact identifiers (file
-- number, INE, phones, emails, folded) and the surnames of its guardians and children, so that an exact
-- file number comes first, then the families whose name starts with what was typed.
CREATE TABLE household_key (
    key          TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('file', 'ine', 'phone', 'email', 'surname')),
    household_id INTEGER NOT NULL REFERENCES household (id),
    PRIMARY KEY (key, kind, household_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX household_key_household ON household_key (household_id);
-- The index version FamilySearch builds (its IndexVersion): an empty database is indexed as it fills; one
-- with households is reindexed once, at the next start.
INSERT INTO meta (key, value) SELECT 'search_index_version', '2' WHERE NOT EXISTS (SELECT 1 FROM household);

ALTER TABLE household_child ADD COLUMN origin_site TEXT NOT NULL DEFAULT '';

-- Diets get an identity of their own, so that a change travels as an insert or a delete of one row.
CREATE TABLE child_diet_v3 (
    child_id    INTEGER NOT NULL REFERENCES child (id),
    diet_code   TEXT NOT NULL REFERENCES diet_option (code),
    uuid        TEXT NOT NULL UNIQUE,
    origin_site TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (child_id, diet_code)
) WITHOUT ROWID;
INSERT INTO child_diet_v3 (child_id, diet_code, uuid, origin_site, created_at)
SELECT d.child_id, d.diet_code,
       lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
             substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       c.origin_site, c.updated_at
FROM child_diet d JOIN child c ON c.id = d.child_id;
DROP TABLE child_diet;
ALTER TABLE child_diet_v3 RENAME TO child_diet;

-- Trusted persons and emergency contacts are now updated in place (by uuid), not deleted and re-added.
ALTER TABLE trusted_person ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE trusted_person ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
UPDATE trusted_person SET updated_at = created_at;
ALTER TABLE emergency_contact ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE emergency_contact ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
UPDATE emergency_contact SET updated_at = created_at;

-- ------------------------------------------------------------------------------------------ sales
-- Lines carry their own origin site (their document's). The append-only triggers step aside for it.
DROP TRIGGER invoice_line_no_update;
DROP TRIGGER credit_note_line_no_update;
ALTER TABLE invoice_line ADD COLUMN origin_site TEXT NOT NULL DEFAULT '';
UPDATE invoice_line SET origin_site = (SELECT origin_site FROM invoice i WHERE i.id = invoice_line.invoice_id);
ALTER TABLE credit_note_line ADD COLUMN origin_site TEXT NOT NULL DEFAULT '';
UPDATE credit_note_line SET origin_site = (SELECT origin_site FROM credit_note c WHERE c.id = credit_note_line.credit_note_id);
CREATE TRIGGER invoice_line_no_update BEFORE UPDATE ON invoice_line BEGIN SELECT RAISE(ABORT, 'invoices are append-only'); END;
CREATE TRIGGER credit_note_line_no_update BEFORE UPDATE ON credit_note_line BEGIN SELECT RAISE(ABORT, 'credit notes are append-only'); END;

-- When each series last issued a document: a clock set before it cannot issue (dates never go back).
ALTER TABLE number_series ADD COLUMN last_issued_at TEXT;
UPDATE number_series SET last_issued_at = coalesce(
    (SELECT max(issued_at) FROM invoice i WHERE i.series = number_series.series),
    (SELECT max(issued_at) FROM credit_note c WHERE c.series = number_series.series),
    (SELECT max(paid_at) FROM payment p
     WHERE substr(p.receipt_number, 1, length(number_series.series) + 1) = number_series.series || '-'));

-- A payment act: one receipt number, one instant, one clerk, one invoice; its parts are payments.
CREATE TABLE receipt (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    origin_site TEXT NOT NULL,
    number      TEXT NOT NULL UNIQUE,
    series      TEXT NOT NULL,
    sequence    INTEGER NOT NULL CHECK (sequence > 0),
    invoice_id  INTEGER NOT NULL REFERENCES invoice (id),
    paid_at     TEXT NOT NULL,
    clerk       TEXT NOT NULL,
    UNIQUE (series, sequence)
) STRICT;
CREATE INDEX receipt_invoice ON receipt (invoice_id);
-- A counter's day (welcome page, and the cash office's till session later): its documents by instant.
CREATE INDEX receipt_site_paid ON receipt (origin_site, paid_at);
CREATE INDEX invoice_site_issued ON invoice (origin_site, issued_at);
CREATE INDEX credit_note_line_note ON credit_note_line (credit_note_id);
INSERT INTO receipt (uuid, origin_site, number, series, sequence, invoice_id, paid_at, clerk)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
             substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       p.origin_site, p.receipt_number,
       substr(p.receipt_number, 1, length(p.receipt_number) - 7),
       CAST(substr(p.receipt_number, -6) AS INTEGER), p.invoice_id, p.paid_at, p.clerk
FROM payment p WHERE p.id = (SELECT min(id) FROM payment f WHERE f.receipt_number = p.receipt_number)
ORDER BY p.id;

-- One row per means of payment. Cash: what was handed over and the change (at most 500 € of change, a
-- rule of the service, checked by verify); cheque and card: no change.
CREATE TABLE payment_v3 (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    origin_site    TEXT NOT NULL,
    receipt_id     INTEGER NOT NULL REFERENCES receipt (id),
    method         TEXT NOT NULL CHECK (method IN ('cash', 'cheque', 'card', 'online')),
    amount_cents   INTEGER NOT NULL CHECK (amount_cents > 0),
    tendered_cents INTEGER NOT NULL,
    change_cents   INTEGER NOT NULL,
    cheque_number  TEXT NOT NULL DEFAULT '',
    cheque_bank    TEXT NOT NULL DEFAULT '',
    cheque_drawer  TEXT NOT NULL DEFAULT '',
    card_reference TEXT NOT NULL DEFAULT '',
    CHECK (change_cents >= 0 AND tendered_cents = amount_cents + change_cents),
    CHECK (method = 'cash' OR change_cents = 0),
    CHECK (method <> 'cheque' OR (length(cheque_number) > 0 AND length(cheque_bank) > 0)),
    CHECK (method NOT IN ('card', 'online') OR length(card_reference) > 0)
) STRICT;
INSERT INTO payment_v3 (id, uuid, origin_site, receipt_id, method, amount_cents, tendered_cents, change_cents,
                        cheque_number, cheque_bank, cheque_drawer, card_reference)
SELECT p.id, p.uuid, p.origin_site, (SELECT r.id FROM receipt r WHERE r.number = p.receipt_number), p.method,
       p.amount_cents, p.tendered_cents, p.change_cents, p.cheque_number, p.cheque_bank, p.cheque_drawer,
       p.card_reference
FROM payment p ORDER BY p.id;
DROP TABLE payment;
ALTER TABLE payment_v3 RENAME TO payment;
CREATE INDEX payment_receipt ON payment (receipt_id);
CREATE TRIGGER receipt_no_update BEFORE UPDATE ON receipt BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;
CREATE TRIGGER receipt_no_delete BEFORE DELETE ON receipt BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;
CREATE TRIGGER payment_no_update BEFORE UPDATE ON payment BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;
CREATE TRIGGER payment_no_delete BEFORE DELETE ON payment BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;

-- ------------------------------------------------------------------------------------------ ledger
-- The kinds of ticket movement and what each must carry. direction: the sign of its quantity;
-- is_lot: 1 when the movement is a lot (tickets enter the wallet at a unit price), 0 when it takes from
-- or gives back to a lot (lot_id); a movement that gives tickets back to a lot (is_lot 0, direction 1)
-- names the movement it reverses (reverses_id) and never gives back more than that one took;
-- source: the column naming the document that justifies it; per_day: 1 when it names a child and a
-- service day (bookings). Rows are added by migrations only.
CREATE TABLE movement_kind (
    code      TEXT PRIMARY KEY,
    direction INTEGER NOT NULL CHECK (direction IN (-1, 1)),
    is_lot    INTEGER NOT NULL CHECK (is_lot IN (0, 1)),
    source    TEXT NOT NULL,
    per_day   INTEGER NOT NULL CHECK (per_day IN (0, 1))
) STRICT, WITHOUT ROWID;
INSERT INTO movement_kind (code, direction, is_lot, source, per_day) VALUES
    ('purchase', 1, 1, 'invoice_line_id', 0),
    ('credit_note', -1, 0, 'credit_note_line_id', 0);
CREATE TRIGGER movement_kind_no_update BEFORE UPDATE ON movement_kind BEGIN SELECT RAISE(ABORT, 'movement kinds are defined by the migrations'); END;
CREATE TRIGGER movement_kind_no_delete BEFORE DELETE ON movement_kind BEGIN SELECT RAISE(ABORT, 'movement kinds are defined by the migrations'); END;

CREATE TABLE wallet_movement_v3 (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    origin_site         TEXT NOT NULL,
    household_id        INTEGER NOT NULL REFERENCES household (id),
    activity_id         INTEGER NOT NULL REFERENCES activity (id),
    kind                TEXT NOT NULL REFERENCES movement_kind (code),
    quantity            INTEGER NOT NULL CHECK (quantity <> 0),
    unit_price_cents    INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    lot_id              INTEGER REFERENCES wallet_movement (id),
    reverses_id         INTEGER REFERENCES wallet_movement (id),
    invoice_line_id     INTEGER REFERENCES invoice_line (id),
    credit_note_line_id INTEGER REFERENCES credit_note_line (id),
    child_id            INTEGER REFERENCES child (id),
    service_day         TEXT,
    at                  TEXT NOT NULL,
    clerk               TEXT NOT NULL,
    CHECK ((child_id IS NULL) = (service_day IS NULL))
) STRICT;
INSERT INTO wallet_movement_v3 (id, uuid, origin_site, household_id, activity_id, kind, quantity,
                                unit_price_cents, lot_id, invoice_line_id, credit_note_line_id, at, clerk)
SELECT m.id, m.uuid, m.origin_site, m.household_id, m.activity_id, m.kind, m.quantity, m.unit_price_cents,
       m.lot_id,
       CASE WHEN m.kind = 'purchase' THEN
           (SELECT l.id FROM invoice_line l WHERE l.invoice_id = m.invoice_id AND l.activity_id = m.activity_id
            AND l.unit_price_cents = m.unit_price_cents ORDER BY l.id LIMIT 1) END,
       CASE WHEN m.kind = 'credit_note' THEN
           (SELECT c.id FROM credit_note_line c JOIN invoice_line l ON l.id = c.invoice_line_id
            WHERE c.credit_note_id = m.credit_note_id AND l.activity_id = m.activity_id
            AND c.unit_price_cents = m.unit_price_cents ORDER BY c.id LIMIT 1) END,
       m.at, m.clerk
FROM wallet_movement m ORDER BY m.id;
DROP TABLE wallet_movement;
ALTER TABLE wallet_movement_v3 RENAME TO wallet_movement;
CREATE INDEX wallet_movement_household ON wallet_movement (household_id, activity_id, id);
CREATE INDEX wallet_movement_lot ON wallet_movement (lot_id);
CREATE INDEX wallet_movement_reverses ON wallet_movement (reverses_id) WHERE reverses_id IS NOT NULL;
CREATE UNIQUE INDEX wallet_movement_invoice_line ON wallet_movement (invoice_line_id) WHERE invoice_line_id IS NOT NULL;
CREATE UNIQUE INDEX wallet_movement_credit_note_line ON wallet_movement (credit_note_line_id) WHERE credit_note_line_id IS NOT NULL;
CREATE INDEX wallet_movement_child_day ON wallet_movement (child_id, service_day) WHERE child_id IS NOT NULL;
CREATE TRIGGER wallet_movement_no_update BEFORE UPDATE ON wallet_movement BEGIN SELECT RAISE(ABORT, 'the ticket ledger is append-only'); END;
CREATE TRIGGER wallet_movement_no_delete BEFORE DELETE ON wallet_movement BEGIN SELECT RAISE(ABORT, 'the ticket ledger is append-only'); END;

-- What a movement must carry, from movement_kind: no free-floating row gets in. A kind that needs a new
-- source column adds it (ALTER TABLE ... ADD COLUMN) and re-creates this trigger: no rebuild of the ledger.
CREATE TRIGGER wallet_movement_rules BEFORE INSERT ON wallet_movement
BEGIN
    SELECT RAISE(ABORT, 'ticket ledger: unknown kind of movement')
    WHERE NOT EXISTS (SELECT 1 FROM movement_kind WHERE code = NEW.kind);
    SELECT RAISE(ABORT, 'ticket ledger: the sign of the quantity does not match the kind')
    FROM movement_kind k WHERE k.code = NEW.kind AND k.direction * NEW.quantity < 0;
    SELECT RAISE(ABORT, 'ticket ledger: a lot takes from no lot; any other movement names its lot')
    FROM movement_kind k WHERE k.code = NEW.kind AND (k.is_lot = 1) <> (NEW.lot_id IS NULL);
    SELECT RAISE(ABORT, 'ticket ledger: the movement must name exactly the document of its kind')
    FROM movement_kind k WHERE k.code = NEW.kind
      AND ((NEW.invoice_line_id IS NOT NULL) <> (k.source = 'invoice_line_id')
        OR (NEW.credit_note_line_id IS NOT NULL) <> (k.source = 'credit_note_line_id'));
    SELECT RAISE(ABORT, 'ticket ledger: only a booking names a child and a day')
    FROM movement_kind k WHERE k.code = NEW.kind AND (k.per_day = 1) <> (NEW.child_id IS NOT NULL);
    SELECT RAISE(ABORT, 'ticket ledger: the lot is not a lot of this household, activity and price')
    WHERE NEW.lot_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM wallet_movement l JOIN movement_kind lk ON lk.code = l.kind
        WHERE l.id = NEW.lot_id AND lk.is_lot = 1 AND l.household_id = NEW.household_id
          AND l.activity_id = NEW.activity_id AND l.unit_price_cents = NEW.unit_price_cents);
    SELECT RAISE(ABORT, 'ticket ledger: the lot has not that many tickets left')
    WHERE NEW.lot_id IS NOT NULL AND NEW.quantity < 0 AND
          (SELECT sum(quantity) FROM wallet_movement WHERE id = NEW.lot_id OR lot_id = NEW.lot_id) + NEW.quantity < 0;
    SELECT RAISE(ABORT, 'ticket ledger: a give-back names the movement it reverses; nothing else does')
    FROM movement_kind k WHERE k.code = NEW.kind AND (k.is_lot = 0 AND k.direction = 1) <> (NEW.reverses_id IS NOT NULL);
    SELECT RAISE(ABORT, 'ticket ledger: more is given back than the reversed movement took')
    WHERE NEW.reverses_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM wallet_movement r WHERE r.id = NEW.reverses_id AND r.lot_id = NEW.lot_id AND r.quantity < 0
          AND NEW.quantity + coalesce((SELECT sum(quantity) FROM wallet_movement
                                       WHERE reverses_id = NEW.reverses_id), 0) <= -r.quantity);
    SELECT RAISE(ABORT, 'ticket ledger: a lot must match the invoice line it was bought on')
    WHERE NEW.invoice_line_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
        WHERE l.id = NEW.invoice_line_id AND i.household_id = NEW.household_id
          AND l.activity_id = NEW.activity_id AND l.unit_price_cents = NEW.unit_price_cents
          AND NEW.quantity <= l.quantity);
    SELECT RAISE(ABORT, 'ticket ledger: a credit-note movement must match its credit-note line and lot')
    WHERE NEW.credit_note_line_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM credit_note_line c JOIN wallet_movement lot ON lot.id = NEW.lot_id
        WHERE c.id = NEW.credit_note_line_id AND lot.invoice_line_id = c.invoice_line_id
          AND c.quantity = -NEW.quantity AND c.unit_price_cents = NEW.unit_price_cents);
END;

-- ------------------------------------------------------------------------------------------ documents
-- Every document as first issued (printed or saved): its content (HTML; the DUPLICATA mark goes where
-- <!--duplicate--> stands) and SHA-256, and the amount it states, so that verify compares it with the
-- records. Append-only.
CREATE TABLE issued_document (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    origin_site  TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('invoice', 'receipt', 'credit_note')),
    number       TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    issued_at    TEXT NOT NULL,
    clerk        TEXT NOT NULL,
    content      TEXT NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    UNIQUE (kind, number)
) STRICT;
CREATE TRIGGER issued_document_no_update BEFORE UPDATE ON issued_document BEGIN SELECT RAISE(ABORT, 'issued documents are append-only'); END;
CREATE TRIGGER issued_document_no_delete BEFORE DELETE ON issued_document BEGIN SELECT RAISE(ABORT, 'issued documents are append-only'); END;

-- ------------------------------------------------------------------------------------------ sync
-- Every write to a travelling table, captured in the same transaction by a trigger: which row (its
-- uuid, or its key for commune_setting and diet_option), what happened, and this site's sequence.
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    site       TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete'))
) STRICT;

-- Rows created before this version came from this counter.
UPDATE commune_setting SET origin_site = (SELECT value FROM meta WHERE key = 'site_id');
UPDATE diet_option SET origin_site = (SELECT value FROM meta WHERE key = 'site_id');
UPDATE school SET origin_site = (SELECT value FROM meta WHERE key = 'site_id');
UPDATE activity SET origin_site = (SELECT value FROM meta WHERE key = 'site_id');
UPDATE school_year SET origin_site = (SELECT value FROM meta WHERE key = 'site_id');
UPDATE qf_bracket SET origin_site = (SELECT value FROM meta WHERE key = 'site_id');
UPDATE tariff SET origin_site = (SELECT value FROM meta WHERE key = 'site_id');
UPDATE household_child SET origin_site = (SELECT value FROM meta WHERE key = 'site_id');

-- Documents numbered before this version took their number's year from the computer's time zone, not
-- the commune's: verify holds the year rule from this instant on.
INSERT INTO meta (key, value)
SELECT 'commune_time_since', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE EXISTS (SELECT 1 FROM invoice) OR EXISTS (SELECT 1 FROM receipt) OR EXISTS (SELECT 1 FROM credit_note);

-- ------------------------------------------------------------------------------------------ counter
-- A new database asks its counter's code and name at first start (guichet-cli setup, or the window);
-- one that has issued documents or file numbers with SO1 keeps it.
DELETE FROM meta WHERE key = 'counter_code'
    AND NOT EXISTS (SELECT 1 FROM invoice) AND NOT EXISTS (SELECT 1 FROM receipt)
    AND NOT EXISTS (SELECT 1 FROM credit_note) AND NOT EXISTS (SELECT 1 FROM household);
INSERT INTO meta (key, value)
SELECT 'counter_name', 'Guichet principal' WHERE EXISTS (SELECT 1 FROM meta WHERE key = 'counter_code');
