-- The approvals inbox remembers, per person, which answers they have seen
-- (company data: read on one computer, not news on another once sync
-- exists). One row per person and item; seen_at is the item's time as it
-- was seen, so an answer given again later is news again.
CREATE TABLE inbox_seen (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users(id),
    kind       TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    seen_at    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX inbox_seen_key ON inbox_seen(user_id, kind, record_id) WHERE deleted_at IS NULL;
