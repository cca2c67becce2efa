-- Schema 4: the school calendar. A day is a service day when it falls in a school year, on a weekday of
-- the school's week (Monday, Tuesday, Thursday, Friday unless the town hall says otherwise), and is
-- neither a public holiday (computed: core/calendar/SchoolCalendar.cpp), nor in the official school
-- holidays of the commune's zone, nor in a closure the town hall adds (a strike, a bridge, a school closed
-- for works). Official holidays are imported from the Éducation nationale's iCalendar or CSV files.

-- The commune's zone of school holidays (A, B or C) and its default week of service.
INSERT OR IGNORE INTO commune_setting (key, value, origin_site, updated_at) VALUES
    ('school_zone', 'B', (SELECT value FROM meta WHERE key = 'site_id'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('service_weekdays', '1,2,4,5', (SELECT value FROM meta WHERE key = 'site_id'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Days without service: official holidays (kind 'holiday', of a zone or of all zones: zone '') and the town
-- hall's closures (kind 'closure', of one school or of all: school_id NULL). Both bounds included.
CREATE TABLE calendar_period (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    origin_site TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('holiday', 'closure')),
    zone        TEXT NOT NULL DEFAULT '' CHECK (zone IN ('', 'A', 'B', 'C')),
    school_id   INTEGER REFERENCES school (id),
    label       TEXT NOT NULL CHECK (length(label) > 0),
    first_day   TEXT NOT NULL,
    last_day    TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'shipped')),
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    CHECK (first_day <= last_day),
    CHECK (kind = 'closure' OR school_id IS NULL)
) STRICT;
-- The same period imported twice is the same row (re-importing is idempotent).
CREATE UNIQUE INDEX calendar_period_key
    ON calendar_period (kind, zone, coalesce(school_id, 0), first_day, last_day, label);
CREATE INDEX calendar_period_days ON calendar_period (last_day, first_day);

-- A school's week of service for a school year, when it differs from the commune's ("1,2,4,5": ISO
-- weekdays, Monday = 1). school_id NULL: every school of the commune that year.
CREATE TABLE school_week (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    origin_site    TEXT NOT NULL,
    school_year_id INTEGER NOT NULL REFERENCES school_year (id),
    school_id      INTEGER REFERENCES school (id),
    weekdays       TEXT NOT NULL CHECK (weekdays GLOB '[1-7]*'),
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE UNIQUE INDEX school_week_key ON school_week (school_year_id, coalesce(school_id, 0));

-- The demo's school year, 2026-2027, zone B (arrêté of 22 October 2025; editable, and replaced by an
-- import of the official file): rentrée Tuesday 1 September 2026, classes resume the morning after each
-- period, the summer begins Saturday 3 July 2027.
INSERT INTO calendar_period (uuid, origin_site, kind, zone, label, first_day, last_day, source, updated_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
             substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       (SELECT value FROM meta WHERE key = 'site_id'), 'holiday', zone, label, first_day, last_day, 'shipped',
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (SELECT '' AS zone, 'Vacances de la Toussaint' AS label, '2026-10-17' AS first_day, '2026-11-01' AS last_day
      UNION ALL SELECT '', 'Vacances de Noël', '2026-12-19', '2027-01-03'
      UNION ALL SELECT 'B', 'Vacances d''hiver', '2027-02-20', '2027-03-07'
      UNION ALL SELECT 'B', 'Vacances de printemps', '2027-04-17', '2027-05-02'
      UNION ALL SELECT '', 'Pont de l''Ascension', '2027-05-07', '2027-05-09'
      UNION ALL SELECT '', 'Vacances d''été', '2027-07-03', '2027-08-31');
