-- After-sales service (backend/service): tickets with their history, the
-- service-level targets, satisfaction surveys and the follow-up tasks a low
-- score opens for a manager. The company's working week is set once on the
-- company record: targets count working minutes only.

-- ISO weekdays worked (1 = Monday … 7 = Sunday) and the local working day.
ALTER TABLE company ADD COLUMN work_days  TEXT NOT NULL DEFAULT '1,2,3,4,5';
ALTER TABLE company ADD COLUMN work_start TEXT NOT NULL DEFAULT '09:00';
ALTER TABLE company ADD COLUMN work_end   TEXT NOT NULL DEFAULT '18:00';

-- One row: response and resolution targets by priority, in working minutes,
-- and the score (1–5) at or under which a survey opens a follow-up task.
CREATE TABLE service_settings (
    id                 TEXT PRIMARY KEY,
    respond_urgent_min INTEGER NOT NULL DEFAULT 60   CHECK (respond_urgent_min > 0),
    respond_high_min   INTEGER NOT NULL DEFAULT 120  CHECK (respond_high_min > 0),
    respond_normal_min INTEGER NOT NULL DEFAULT 240  CHECK (respond_normal_min > 0),
    respond_low_min    INTEGER NOT NULL DEFAULT 540  CHECK (respond_low_min > 0),
    resolve_urgent_min INTEGER NOT NULL DEFAULT 540  CHECK (resolve_urgent_min > 0),
    resolve_high_min   INTEGER NOT NULL DEFAULT 1080 CHECK (resolve_high_min > 0),
    resolve_normal_min INTEGER NOT NULL DEFAULT 1620 CHECK (resolve_normal_min > 0),
    resolve_low_min    INTEGER NOT NULL DEFAULT 2700 CHECK (resolve_low_min > 0),
    low_score          INTEGER NOT NULL DEFAULT 2    CHECK (low_score BETWEEN 1 AND 4),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT,
    version            INTEGER NOT NULL DEFAULT 1
);
INSERT INTO service_settings(id, created_at, updated_at)
VALUES ('0190b000-0000-7000-8000-000000000501', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');

-- A ticket's clock: received_at is when the customer raised it (it may be
-- backdated a few days); the response is due at response_due_at; the
-- resolution at resolve_due_at, NULL while the clock is paused (waiting for
-- the customer), when used_min working minutes already ran before run_from.
-- responded_at is the first reply or status change by staff. resolved_on_time
-- and responded_on_time are decided once, when it happens, from those clocks.
CREATE TABLE tickets (
    id                TEXT PRIMARY KEY,
    customer_id       TEXT NOT NULL REFERENCES customers(id),
    contact_id        TEXT REFERENCES contacts(id),
    deal_id           TEXT REFERENCES deals(id),
    kind              TEXT NOT NULL CHECK (kind IN ('consultation', 'complaint', 'repair', 'return', 'other')),
    priority          TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    channel           TEXT NOT NULL CHECK (channel IN ('phone', 'wechat', 'email', 'visit')),
    subject           TEXT NOT NULL,
    description       TEXT NOT NULL DEFAULT '',
    assignee_id       TEXT NOT NULL REFERENCES users(id),
    status            TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'waiting', 'resolved', 'closed')),
    resolution        TEXT NOT NULL DEFAULT '',
    received_at       TEXT NOT NULL,
    respond_target_min INTEGER NOT NULL,
    resolve_target_min INTEGER NOT NULL,
    response_due_at   TEXT NOT NULL,
    responded_at      TEXT,
    responded_on_time INTEGER,
    resolve_due_at    TEXT,
    run_from          TEXT,
    used_min          INTEGER NOT NULL DEFAULT 0,
    resolved_at       TEXT,
    resolved_on_time  INTEGER,
    closed_at         TEXT,
    opened_by         TEXT REFERENCES users(id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tickets_by_time ON tickets(received_at, id) WHERE deleted_at IS NULL;
CREATE INDEX tickets_by_customer ON tickets(customer_id, received_at, id) WHERE deleted_at IS NULL;
CREATE INDEX tickets_by_assignee ON tickets(assignee_id, received_at, id) WHERE deleted_at IS NULL;
CREATE INDEX tickets_by_resolved ON tickets(resolved_at) WHERE deleted_at IS NULL AND resolved_at IS NOT NULL;
CREATE INDEX tickets_by_deal ON tickets(deal_id) WHERE deleted_at IS NULL AND deal_id IS NOT NULL;
-- Overdue and open work: the active tickets only.
CREATE INDEX tickets_active ON tickets(assignee_id, status)
    WHERE deleted_at IS NULL AND status IN ('open', 'in_progress', 'waiting');

-- Every change of a ticket, as people saw it: opened, a reply, a status
-- change, a new assignee, an edit (fields_json holds what changed).
CREATE TABLE ticket_history (
    id          TEXT PRIMARY KEY,
    ticket_id   TEXT NOT NULL REFERENCES tickets(id),
    at          TEXT NOT NULL,
    actor_id    TEXT REFERENCES users(id),
    action      TEXT NOT NULL CHECK (action IN ('open', 'reply', 'status', 'assign', 'edit')),
    from_status TEXT NOT NULL DEFAULT '',
    to_status   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    fields_json TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX ticket_history_ticket ON ticket_history(ticket_id, at, id);

-- A survey asks about one ticket, one won deal or one revisit (exactly one
-- of the three), at most once each. owner_id is the customer's owner when
-- the answer was recorded: the appraisal pays that rep, whoever holds the
-- customer later. by_owner marks an answer the owner recorded themselves,
-- which must carry the customer's reply as received (reply_text).
CREATE TABLE surveys (
    id           TEXT PRIMARY KEY,
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    ticket_id    TEXT REFERENCES tickets(id),
    deal_id      TEXT REFERENCES deals(id),
    revisit_id   TEXT REFERENCES revisit_tasks(id),
    status       TEXT NOT NULL CHECK (status IN ('sent', 'answered')),
    sent_by      TEXT REFERENCES users(id),
    sent_at      TEXT NOT NULL,
    score        INTEGER CHECK (score BETWEEN 1 AND 5),
    nps          INTEGER CHECK (nps BETWEEN 0 AND 10),
    comment      TEXT NOT NULL DEFAULT '',
    reply_text   TEXT NOT NULL DEFAULT '',
    owner_id     TEXT REFERENCES users(id),
    recorded_by  TEXT REFERENCES users(id),
    by_owner     INTEGER NOT NULL DEFAULT 0,
    answered_at  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    CHECK ((ticket_id IS NOT NULL) + (deal_id IS NOT NULL) + (revisit_id IS NOT NULL) = 1),
    CHECK (status = 'sent' OR (score IS NOT NULL AND answered_at IS NOT NULL))
);
CREATE UNIQUE INDEX surveys_one_per_ticket ON surveys(ticket_id) WHERE deleted_at IS NULL AND ticket_id IS NOT NULL;
CREATE UNIQUE INDEX surveys_one_per_deal ON surveys(deal_id) WHERE deleted_at IS NULL AND deal_id IS NOT NULL;
CREATE UNIQUE INDEX surveys_one_per_revisit ON surveys(revisit_id) WHERE deleted_at IS NULL AND revisit_id IS NOT NULL;
CREATE INDEX surveys_by_owner ON surveys(owner_id, answered_at) WHERE deleted_at IS NULL AND status = 'answered';
CREATE INDEX surveys_by_customer ON surveys(customer_id, answered_at) WHERE deleted_at IS NULL;
CREATE INDEX surveys_by_answered ON surveys(answered_at) WHERE deleted_at IS NULL AND status = 'answered';

-- A low score opens one follow-up for the manager of the customer's owner.
CREATE TABLE service_followups (
    id          TEXT PRIMARY KEY,
    survey_id   TEXT NOT NULL REFERENCES surveys(id),
    customer_id TEXT NOT NULL REFERENCES customers(id),
    assignee_id TEXT NOT NULL REFERENCES users(id),
    due_at      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    note        TEXT NOT NULL DEFAULT '',
    done_at     TEXT,
    done_by     TEXT REFERENCES users(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX service_followups_one_per_survey ON service_followups(survey_id) WHERE deleted_at IS NULL;
CREATE INDEX service_followups_assignee ON service_followups(assignee_id, status, due_at) WHERE deleted_at IS NULL;
