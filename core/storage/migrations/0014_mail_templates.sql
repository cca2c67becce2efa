-- Schema 14: the texts of the families' emails, as the administrator writes them, and the low-balance
-- warning.

-- A message kind's subject and body with named placeholders ({facture}, {montant}…), edited in
-- Administration › Email texts. No row: the program's own text (core/mail/MailTemplates.cpp) is used. A
-- message takes its text when it is queued: changing a text never changes a message already in the outbox.
-- Configuration: it travels and is the same on every counter.
CREATE TABLE mail_template (
    kind        TEXT PRIMARY KEY,
    origin_site TEXT NOT NULL DEFAULT '',
    subject     TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    body        TEXT NOT NULL CHECK (length(trim(body)) > 0),
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
) STRICT, WITHOUT ROWID;

-- A family is told when a booking leaves fewer tickets of this activity than this in its wallet (0: never),
-- at most once a week (core/mail/Outbox.cpp, MailService::lowBalance).
ALTER TABLE activity ADD COLUMN low_balance_threshold INTEGER NOT NULL DEFAULT 0
    CHECK (low_balance_threshold BETWEEN 0 AND 100);
