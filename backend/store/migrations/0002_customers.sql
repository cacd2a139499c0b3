-- Customers and their contacts, lifecycle and ownership history, activities,
-- revisit tasks, won-deal facts for segmentation, the area's settings and a
-- search index built for Chinese names (see backend/customer).

CREATE TABLE customers (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('company', 'person')),
    name            TEXT NOT NULL,
    name_pinyin     TEXT NOT NULL DEFAULT '',  -- sort key: Chinese names sort by their pinyin
    name_initials   TEXT NOT NULL DEFAULT '',
    owner_id        TEXT REFERENCES users(id), -- NULL: the customer is in the pool
    owned_since     TEXT,                      -- when the current owner got it (pool rule counts from here)
    pool_since      TEXT,                      -- when it last went back to the pool
    stage           TEXT NOT NULL DEFAULT 'lead'
                    CHECK (stage IN ('lead', 'prospect', 'customer', 'repeat', 'dormant', 'churned')),
    segment         TEXT NOT NULL DEFAULT 'ordinary'
                    CHECK (segment IN ('high_value', 'potential', 'ordinary', 'at_risk')),
    rfm_r           INTEGER NOT NULL DEFAULT 0,
    rfm_f           INTEGER NOT NULL DEFAULT 0,
    rfm_m           INTEGER NOT NULL DEFAULT 0,
    segment_at      TEXT,
    source          TEXT NOT NULL DEFAULT '',
    industry        TEXT NOT NULL DEFAULT '',
    region          TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    phone_norm      TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    wechat          TEXT NOT NULL DEFAULT '',
    tags            TEXT NOT NULL DEFAULT '[]', -- JSON array for display; customer_tags is the index
    notes           TEXT NOT NULL DEFAULT '',
    last_contact_at TEXT NOT NULL DEFAULT '',   -- the latest follow-up activity; '' never (sorts first)
    last_purchase_at TEXT,                      -- the latest won deal
    created_by      TEXT REFERENCES users(id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT,
    version         INTEGER NOT NULL DEFAULT 1
);
-- The list (customer/list.go) must page 100,000 customers in a few
-- milliseconds, so its indexes carry the filter columns: a page walks the
-- index of its sort order and filters inside it, and a count walks the index
-- led by its most selective filter, without visiting the table. The holder
-- is the owner, or '' for the pool. Partial: tombstones never show.
CREATE INDEX customers_list_name ON customers(name_pinyin, id, owner_id, stage, segment, source, city,
    last_contact_at) WHERE deleted_at IS NULL;
CREATE INDEX customers_list_contact ON customers(last_contact_at, id, owner_id, stage, segment, source, city)
    WHERE deleted_at IS NULL;
CREATE INDEX customers_list_created ON customers(created_at, id, owner_id, stage, segment, source, city,
    last_contact_at) WHERE deleted_at IS NULL;
-- Segment and stage sort by meaning, not the alphabet; the expressions must
-- match customer/list.go exactly to be used.
CREATE INDEX customers_list_segment ON customers((CASE segment WHEN 'high_value' THEN 0 WHEN 'potential' THEN 1
    WHEN 'ordinary' THEN 2 ELSE 3 END), name_pinyin, id, owner_id, stage, segment, source, city, last_contact_at)
    WHERE deleted_at IS NULL;
CREATE INDEX customers_list_stage ON customers((CASE stage WHEN 'lead' THEN 0 WHEN 'prospect' THEN 1
    WHEN 'customer' THEN 2 WHEN 'repeat' THEN 3 WHEN 'dormant' THEN 4 ELSE 5 END), name_pinyin, id, owner_id,
    stage, segment, source, city, last_contact_at) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_holder ON customers(coalesce(owner_id, ''), last_contact_at) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_stage ON customers(stage, owner_id, segment, source, city, last_contact_at) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_segment ON customers(segment, owner_id, stage, source, city, last_contact_at) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_source ON customers(source, owner_id, stage, segment, city, last_contact_at) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_city ON customers(city, owner_id, stage, segment, source, last_contact_at) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_phone ON customers(phone_norm) WHERE deleted_at IS NULL AND phone_norm <> '';
CREATE INDEX customers_by_email ON customers(email COLLATE NOCASE) WHERE deleted_at IS NULL AND email <> '';
CREATE INDEX customers_by_purchase ON customers(last_purchase_at) WHERE deleted_at IS NULL;

-- Tags of live customers, with the holder (owner, or '' for the pool) so a
-- scoped tag filter is counted without visiting customers.
CREATE TABLE customer_tags (
    tag         TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    holder      TEXT NOT NULL,
    PRIMARY KEY (tag, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_tags_holder ON customer_tags(tag, holder);
CREATE INDEX customer_tags_customer ON customer_tags(customer_id);

CREATE TABLE contacts (
    id            TEXT PRIMARY KEY,
    customer_id   TEXT NOT NULL REFERENCES customers(id),
    name          TEXT NOT NULL,
    name_pinyin   TEXT NOT NULL DEFAULT '',
    name_initials TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    phone_norm    TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    wechat        TEXT NOT NULL DEFAULT '',
    birthday      TEXT NOT NULL DEFAULT '',  -- '', 'MM-DD' or 'YYYY-MM-DD'
    birthday_md   TEXT NOT NULL DEFAULT '',  -- 'MM-DD', for the reminder lookup
    is_primary    INTEGER NOT NULL DEFAULT 0,
    created_by    TEXT REFERENCES users(id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contacts_customer ON contacts(customer_id) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX contacts_one_primary ON contacts(customer_id) WHERE is_primary = 1 AND deleted_at IS NULL;
CREATE INDEX contacts_birthday ON contacts(birthday_md) WHERE deleted_at IS NULL AND birthday_md <> '';

-- History tables are append-only facts: never updated, so they carry no version.
CREATE TABLE customer_stage_history (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    at          TEXT NOT NULL,
    actor_id    TEXT REFERENCES users(id),   -- NULL: changed automatically
    from_stage  TEXT NOT NULL,               -- '' for the first stage
    to_stage    TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',    -- typed by a person, or an i18n code when automatic
    automatic   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX customer_stage_history_customer ON customer_stage_history(customer_id, at);

CREATE TABLE customer_owner_history (
    id            TEXT PRIMARY KEY,
    customer_id   TEXT NOT NULL REFERENCES customers(id),
    at            TEXT NOT NULL,
    actor_id      TEXT REFERENCES users(id), -- NULL: moved by the pool rule
    action        TEXT NOT NULL CHECK (action IN ('create', 'claim', 'assign', 'release', 'expire')),
    from_owner_id TEXT REFERENCES users(id),
    to_owner_id   TEXT REFERENCES users(id),
    reason        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customer_owner_history_customer ON customer_owner_history(customer_id, at);
CREATE INDEX customer_owner_history_claims ON customer_owner_history(actor_id, at) WHERE action = 'claim';

CREATE TABLE activities (
    id             TEXT PRIMARY KEY,
    customer_id    TEXT NOT NULL REFERENCES customers(id),
    contact_id     TEXT REFERENCES contacts(id),
    kind           TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'email', 'wechat', 'meeting', 'note')),
    at             TEXT NOT NULL,            -- when it happened
    user_id        TEXT NOT NULL REFERENCES users(id),
    summary        TEXT NOT NULL,
    outcome        TEXT NOT NULL DEFAULT '',
    next_step      TEXT NOT NULL DEFAULT '',
    next_step_on   TEXT NOT NULL DEFAULT '', -- '' or YYYY-MM-DD
    created_by     TEXT REFERENCES users(id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX activities_timeline ON activities(customer_id, at, id) WHERE deleted_at IS NULL;

-- A revisit task falls due (due_at, the start of its local due day) and must
-- be done before deadline_at (the end of that day); done_at or closed_at end it.
CREATE TABLE revisit_tasks (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    owner_id    TEXT NOT NULL REFERENCES users(id),
    segment     TEXT NOT NULL,
    from_at     TEXT NOT NULL,               -- the contact or hand-over the cadence counts from
    due_at      TEXT NOT NULL,
    deadline_at TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'closed')),
    done_at     TEXT,
    done_by     TEXT REFERENCES users(id),
    activity_id TEXT REFERENCES activities(id),
    closed_at   TEXT,                        -- ended without a revisit (owner changed, customer deleted)
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX revisit_tasks_one_open ON revisit_tasks(customer_id) WHERE status = 'open' AND deleted_at IS NULL;
CREATE INDEX revisit_tasks_owner_due ON revisit_tasks(owner_id, due_at) WHERE deleted_at IS NULL;

-- Won deals as facts for lifecycle and segmentation; the sales area records
-- them through customer.RecordWonDeal in its own transaction.
CREATE TABLE won_deals (
    id           TEXT PRIMARY KEY,
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    owner_id     TEXT REFERENCES users(id),  -- the customer's owner when it was won
    won_at       TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency     TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX won_deals_customer ON won_deals(customer_id, won_at) WHERE deleted_at IS NULL;
CREATE INDEX won_deals_won_at ON won_deals(won_at) WHERE deleted_at IS NULL;

-- The area's rules, one row; the fixed id lets devices merge it as one record.
CREATE TABLE customer_settings (
    id                      TEXT PRIMARY KEY CHECK (id = 'customers'),
    dormant_after_days      INTEGER NOT NULL DEFAULT 180,
    churned_after_days      INTEGER NOT NULL DEFAULT 365,
    pool_after_days         INTEGER NOT NULL DEFAULT 30,
    pool_exempt_high_value  INTEGER NOT NULL DEFAULT 1,
    claim_limit_per_day     INTEGER NOT NULL DEFAULT 20,
    revisit_high_value_days INTEGER NOT NULL DEFAULT 14,
    revisit_potential_days  INTEGER NOT NULL DEFAULT 30,
    revisit_ordinary_days   INTEGER NOT NULL DEFAULT 60,
    revisit_at_risk_days    INTEGER NOT NULL DEFAULT 14,
    birthday_lead_days      INTEGER NOT NULL DEFAULT 3,
    greeting_zh             TEXT NOT NULL DEFAULT '{name}，生日快乐！祝您身体健康、万事顺意，感谢一直以来的信任与支持。',
    greeting_en             TEXT NOT NULL DEFAULT 'Happy birthday, {name}! Wishing you good health and a wonderful year ahead. Thank you for your trust and support.',
    rfm_currency            TEXT NOT NULL DEFAULT 'CNY',
    rfm_recent_days         INTEGER NOT NULL DEFAULT 90,
    rfm_lapsed_days         INTEGER NOT NULL DEFAULT 180,
    rfm_frequent_deals      INTEGER NOT NULL DEFAULT 4,
    rfm_repeat_deals        INTEGER NOT NULL DEFAULT 2,
    rfm_high_amount_minor   INTEGER NOT NULL DEFAULT 10000000,
    rfm_mid_amount_minor    INTEGER NOT NULL DEFAULT 2000000,
    rfm_high_value_score    INTEGER NOT NULL DEFAULT 5,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    deleted_at              TEXT,
    version                 INTEGER NOT NULL DEFAULT 1
);
INSERT INTO customer_settings(id, created_at, updated_at)
VALUES ('customers', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- The search index is derived data, rebuilt from customers and contacts at
-- will and never synced. search_docs gives each customer (contact_id '') and
-- each contact a stable integer key for the full-text table.
CREATE TABLE search_docs (
    doc         INTEGER PRIMARY KEY,
    customer_id TEXT NOT NULL,
    contact_id  TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX search_docs_key ON search_docs(customer_id, contact_id);

-- Columns hold prepared tokens (see customer/searchdoc.go): scope is the
-- owner or "pool"; name holds Chinese characters one per token and other
-- words whole; pinyin, initials and reach (phone, email, WeChat) hold every
-- suffix of their strings, so a prefix query finds any fragment.
CREATE VIRTUAL TABLE search_index USING fts5(
    scope, name, pinyin, initials, reach,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 tokenchars '.@_+-'",
    prefix = '1 2 3'
);
