-- Customer rules the appraisal pays on (issue 11): how far back an activity
-- may be dated, how many customers a rep may hold by level, a stage set by
-- hand that the lifecycle sweep respects, revisit tasks linked to the one
-- they follow (so a deleted or edited visit can be replayed), and sources
-- the owner added to the built-in list (imports may add them).

ALTER TABLE customer_settings ADD COLUMN backdate_days INTEGER NOT NULL DEFAULT 3;
ALTER TABLE customer_settings ADD COLUMN hold_limit_junior INTEGER NOT NULL DEFAULT 500; -- new hires count as junior
ALTER TABLE customer_settings ADD COLUMN hold_limit_senior INTEGER NOT NULL DEFAULT 1000;

-- When a person (or an import) last set the stage; NULL when the sweep or a
-- win set it since. The sweep leaves such a stage alone for a while.
ALTER TABLE customers ADD COLUMN stage_manual_at TEXT;
UPDATE customers SET stage_manual_at = (SELECT h.at FROM customer_stage_history h
    WHERE h.customer_id = customers.id ORDER BY h.at DESC, h.id DESC LIMIT 1)
WHERE (SELECT h.automatic FROM customer_stage_history h
    WHERE h.customer_id = customers.id ORDER BY h.at DESC, h.id DESC LIMIT 1) = 0;

-- The task a revisit follows in its owner's chain (NULL: the first after a
-- hand-over). Earlier tasks were opened from the follow-up that completed the
-- one before: its done_at was the follow-up's time, the next one's from_at.
ALTER TABLE revisit_tasks ADD COLUMN prev_id TEXT REFERENCES revisit_tasks(id);
UPDATE revisit_tasks SET prev_id = (SELECT p.id FROM revisit_tasks p
    WHERE p.customer_id = revisit_tasks.customer_id AND p.owner_id = revisit_tasks.owner_id
      AND p.status = 'done' AND p.done_at = revisit_tasks.from_at AND p.id < revisit_tasks.id
      AND p.deleted_at IS NULL ORDER BY p.id DESC LIMIT 1);
CREATE INDEX revisit_tasks_prev ON revisit_tasks(prev_id) WHERE prev_id IS NOT NULL;
CREATE INDEX revisit_tasks_activity ON revisit_tasks(activity_id) WHERE activity_id IS NOT NULL;

CREATE TABLE customer_sources (
    id         TEXT PRIMARY KEY,
    label      TEXT NOT NULL,            -- stored as a customer's source as typed
    created_by TEXT REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX customer_sources_label ON customer_sources(label) WHERE deleted_at IS NULL;
