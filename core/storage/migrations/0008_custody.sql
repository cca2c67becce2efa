-- Schema 8: shared custody. Which household has a child when: alternate weeks (from the Monday of this
-- household's first week, every other week) or explicit dates (which win over the weeks). A booking is
-- made by, and charged to, the household that has the child that day (BookingService). Family-file data:
-- versioned, edited on any counter.
CREATE TABLE custody (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    origin_site  TEXT NOT NULL,
    child_id     INTEGER NOT NULL REFERENCES child (id),
    household_id INTEGER NOT NULL REFERENCES household (id),
    kind         TEXT NOT NULL CHECK (kind IN ('alternate_weeks', 'dates')),
    first_day    TEXT NOT NULL CHECK (first_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    last_day     TEXT CHECK (last_day IS NULL OR last_day >= first_day),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    CHECK (kind = 'alternate_weeks' OR last_day IS NOT NULL)
) STRICT;
CREATE INDEX custody_child ON custody (child_id, first_day);

-- The kitchen reads one day's bookings of every school (12,000 a day in a town of 12,000 households), and a
-- year of bookings is written household by household: a day's rows are spread over the whole table. With
-- the status and the child in the index the day's count reads the index alone (bench_planning, kitchen).
DROP INDEX booking_day;
CREATE INDEX booking_day ON booking (service_day, activity_id, status, child_id);

-- verify's bookings.tickets sums each booking's movements by kind, grouped in booking order: with the kind
-- and the quantity in the index it reads the index alone (bench_planning, verify).
DROP INDEX wallet_movement_booking;
CREATE INDEX wallet_movement_booking ON wallet_movement (booking_id, kind, quantity) WHERE booking_id IS NOT NULL;
