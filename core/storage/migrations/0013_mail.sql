-- Schema 13: emails to families. Each message is written to the outbox in the transaction of the event that
-- causes it (a file validated, an invoice issued…), once per event (event_key), then delivered by SMTP by
-- the sender (core/mail/Outbox.cpp): waiting → sending → sent, or back to waiting with a later attempt, or
-- failed. A message found "sending" when the sender starts again may have been delivered just before a crash:
-- it becomes "uncertain" and is never sent again blindly (a clerk decides; a resend keeps its Message-ID, so
-- the family's mail program shows it once). The outbox is this counter's own: each counter sends what its
-- clerks did.

-- A family may refuse emails (then nothing is queued, and the screen says so).
ALTER TABLE household ADD COLUMN email_refused INTEGER NOT NULL DEFAULT 0 CHECK (email_refused IN (0, 1));

CREATE TABLE mail_message (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    message_id        TEXT NOT NULL UNIQUE, -- <uuid@domain>, the same at every attempt
    household_id      INTEGER NOT NULL REFERENCES household (id),
    kind              TEXT NOT NULL,        -- welcome, file_returned, file_validated, invoice, receipt, refund
    event_key         TEXT NOT NULL UNIQUE, -- "invoice:SO1-2026-000042": queued once
    to_address        TEXT NOT NULL CHECK (length(to_address) > 0),
    subject           TEXT NOT NULL,
    body              TEXT NOT NULL,
    attachment_kind   TEXT NOT NULL DEFAULT '', -- invoice, receipt, credit_note: made when sent
    attachment_number TEXT NOT NULL DEFAULT '',
    queued_at         TEXT NOT NULL,
    queued_by         TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'waiting'
                      CHECK (status IN ('waiting', 'sending', 'sent', 'failed', 'uncertain')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT NOT NULL,
    last_error        TEXT NOT NULL DEFAULT '',
    sent_at           TEXT
) STRICT;
CREATE INDEX mail_message_household ON mail_message (household_id, id);
CREATE INDEX mail_message_due ON mail_message (status, next_attempt_at) WHERE status = 'waiting';
-- A message's content is what the family receives: it never changes once queued.
CREATE TRIGGER mail_message_content_fixed BEFORE UPDATE ON mail_message
WHEN NEW.uuid IS NOT OLD.uuid OR NEW.message_id IS NOT OLD.message_id OR NEW.household_id IS NOT OLD.household_id
  OR NEW.kind IS NOT OLD.kind OR NEW.event_key IS NOT OLD.event_key OR NEW.to_address IS NOT OLD.to_address
  OR NEW.subject IS NOT OLD.subject OR NEW.body IS NOT OLD.body OR NEW.attachment_kind IS NOT OLD.attachment_kind
  OR NEW.attachment_number IS NOT OLD.attachment_number OR NEW.queued_at IS NOT OLD.queued_at
  OR (OLD.status = 'sent' AND NEW.status <> 'sent')
BEGIN SELECT RAISE(ABORT, 'a message keeps what it says; a sent message stays sent'); END;
CREATE TRIGGER mail_message_no_delete BEFORE DELETE ON mail_message
BEGIN SELECT RAISE(ABORT, 'the outbox keeps every message'); END;

-- The commune's mail server (smtp_url, smtp_security, smtp_user, mail_from, mail_from_name, mail_reply_to) is
-- in commune_setting, declared with its defaults in core/commune/CommuneSettings.cpp; never its password.
