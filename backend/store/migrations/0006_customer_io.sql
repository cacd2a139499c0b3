-- Imports and duplicates (see backend/customer import*.go, duplicates.go,
-- merge.go): contacts are found by phone and e-mail as customers are, merges
-- are kept as records (a device that still holds the dropped customer can
-- follow it to the kept one), and pairs a person said are not duplicates
-- stay out of the duplicates list.

CREATE INDEX contacts_by_phone ON contacts(phone_norm) WHERE deleted_at IS NULL AND phone_norm <> '';
CREATE INDEX contacts_by_email ON contacts(email COLLATE NOCASE) WHERE deleted_at IS NULL AND email <> '';

CREATE TABLE customer_merges (
    id           TEXT PRIMARY KEY,
    kept_id      TEXT NOT NULL REFERENCES customers(id),
    dropped_id   TEXT NOT NULL REFERENCES customers(id),
    dropped_name TEXT NOT NULL,              -- as it read when merged, for the kept customer's timeline
    actor_id     TEXT REFERENCES users(id),
    at           TEXT NOT NULL,
    moved        TEXT NOT NULL DEFAULT '{}', -- JSON: how many contacts, activities, … moved
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customer_merges_kept ON customer_merges(kept_id, at);
CREATE UNIQUE INDEX customer_merges_dropped ON customer_merges(dropped_id) WHERE deleted_at IS NULL;

-- a_id < b_id, so a pair is one row whichever way it was dismissed.
CREATE TABLE customer_distinct_pairs (
    id         TEXT PRIMARY KEY,
    a_id       TEXT NOT NULL REFERENCES customers(id),
    b_id       TEXT NOT NULL REFERENCES customers(id),
    actor_id   TEXT REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1,
    CHECK (a_id < b_id)
);
CREATE UNIQUE INDEX customer_distinct_pairs_pair ON customer_distinct_pairs(a_id, b_id) WHERE deleted_at IS NULL;
