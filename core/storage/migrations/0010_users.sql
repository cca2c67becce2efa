-- Schema 10: the people who use the counter (the cash-office issue, first part). Each has a login, the name
-- documents and the history show, a role (agent: family files, sales, bookings; régisseur: also the till,
-- closures, overrides, refunds; administrateur: configuration and users) and an Argon2id password hash in
-- its encoded form, parameters and salt included. Configuration: it travels to every counter.
CREATE TABLE app_user (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    origin_site   TEXT NOT NULL,
    login         TEXT NOT NULL UNIQUE
                  CHECK (length(login) BETWEEN 2 AND 32 AND login NOT GLOB '*[^a-z0-9._-]*'),
    display_name  TEXT NOT NULL CHECK (length(display_name) > 0),
    role          TEXT NOT NULL CHECK (role IN ('agent', 'regisseur', 'admin')),
    password_hash TEXT NOT NULL CHECK (password_hash GLOB '$argon2id$*'),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE TRIGGER app_user_no_delete BEFORE DELETE ON app_user
BEGIN SELECT RAISE(ABORT, 'users are never deleted: they are disabled (the history names them)'); END;

-- Failed logins and the lockout they cause (5 in a row: 15 minutes) are this counter's own business.
CREATE TABLE login_failure (
    user_id      INTEGER PRIMARY KEY REFERENCES app_user (id),
    failures     INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    locked_until TEXT
) STRICT;
