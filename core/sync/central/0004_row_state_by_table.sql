-- Each table's rows side by side: row_state partitioned by table. The two tables of millions of rows, the
-- bookings and the ticket movements, have a partition each; every other table shares one. A new counter's
-- first pull reads a whole table in key order (Sync::pullSnapshot): in one heap shared by every table, that
-- read visited the pages of all of them (on a 12,000-household town, the ticket movements alone took 18.7 s
-- to read from the shared heap, 15.9 s with their rows together). The
-- columns, key, references and indexes are those of 0002 and 0003; the rows move over in this migration's
-- transaction (on a town of 12,000 households, a few minutes: run central init when no counter syncs).
ALTER TABLE row_state RENAME TO row_state_before_0004;
ALTER INDEX row_state_pkey RENAME TO row_state_before_0004_pkey;
DROP INDEX row_state_invoice_of;
DROP INDEX row_state_receipt_of;
CREATE TABLE row_state (
    table_name  text NOT NULL,
    row_key     text NOT NULL,
    data        jsonb,
    site_id     uuid NOT NULL REFERENCES counter (site_id),
    site_seq    bigint NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (table_name, row_key)
) PARTITION BY LIST (table_name);
CREATE TABLE row_state_booking PARTITION OF row_state FOR VALUES IN ('booking');
CREATE TABLE row_state_wallet_movement PARTITION OF row_state FOR VALUES IN ('wallet_movement');
CREATE TABLE row_state_other PARTITION OF row_state DEFAULT;
INSERT INTO row_state (table_name, row_key, data, site_id, site_seq, updated_at)
    SELECT table_name, row_key, data, site_id, site_seq, updated_at FROM row_state_before_0004
    ORDER BY table_name, row_key;
DROP TABLE row_state_before_0004;
CREATE INDEX row_state_invoice_of ON row_state ((data ->> 'invoice_id.uuid'))
    WHERE table_name IN ('receipt', 'credit_note');
CREATE INDEX row_state_receipt_of ON row_state ((data ->> 'receipt_id.uuid')) WHERE table_name = 'payment';
