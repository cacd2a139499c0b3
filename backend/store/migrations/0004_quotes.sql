-- The product catalog with tier price lists, quotes with their lines,
-- revisions and approvals, the term templates quotes start from, and the
-- discount limits that decide when a quote needs a manager (see backend/catalog
-- and backend/quote). Amounts are integer minor units, quantities thousandths,
-- rates basis points.

CREATE TABLE products (
    id                TEXT PRIMARY KEY,
    sku               TEXT NOT NULL COLLATE NOCASE,
    name_zh           TEXT NOT NULL,
    name_en           TEXT NOT NULL DEFAULT '',
    spec              TEXT NOT NULL DEFAULT '',
    unit              TEXT NOT NULL DEFAULT '',
    category          TEXT NOT NULL DEFAULT '',
    currency          TEXT NOT NULL,
    list_price_minor  INTEGER NOT NULL CHECK (list_price_minor >= 0),
    cost_minor        INTEGER NOT NULL DEFAULT 0 CHECK (cost_minor >= 0),
    floor_price_minor INTEGER NOT NULL DEFAULT 0 CHECK (floor_price_minor >= 0),
    tax_rate_bp       INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    active            INTEGER NOT NULL DEFAULT 1,
    image             BLOB,
    image_mime        TEXT NOT NULL DEFAULT '',
    created_by        TEXT REFERENCES users(id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX products_sku ON products(sku) WHERE deleted_at IS NULL;
CREATE INDEX products_by_category ON products(category, sku) WHERE deleted_at IS NULL;

-- A price list belongs to a customer tier (VIP, distributor…) and overrides
-- the list price of the products it names.
CREATE TABLE price_lists (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    tier       TEXT NOT NULL DEFAULT '',
    currency   TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    created_by TEXT REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX price_lists_name ON price_lists(name) WHERE deleted_at IS NULL;

CREATE TABLE price_list_items (
    id            TEXT PRIMARY KEY,
    price_list_id TEXT NOT NULL REFERENCES price_lists(id),
    product_id    TEXT NOT NULL REFERENCES products(id),
    price_minor   INTEGER NOT NULL CHECK (price_minor >= 0),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX price_list_items_product ON price_list_items(price_list_id, product_id) WHERE deleted_at IS NULL;

-- Editable starting texts for a quote's payment, delivery and warranty terms.
CREATE TABLE quote_term_templates (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('payment', 'delivery', 'warranty')),
    language   TEXT NOT NULL DEFAULT 'zh-CN',
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    created_by TEXT REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1
);

-- The largest total discount a rep may give without a manager's approval:
-- per level, and per user where a user row overrides their level.
CREATE TABLE discount_limits (
    id              TEXT PRIMARY KEY,
    scope           TEXT NOT NULL CHECK (scope IN ('level', 'user')),
    subject         TEXT NOT NULL, -- a level name or a user id
    max_discount_bp INTEGER NOT NULL CHECK (max_discount_bp BETWEEN 0 AND 10000),
    created_by      TEXT REFERENCES users(id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX discount_limits_subject ON discount_limits(scope, subject) WHERE deleted_at IS NULL;

-- Revisions of one quote share base_number and root_id; number is what the
-- documents show (base_number, then -V2, -V3…). Customer and company facts
-- are copied in, so a quote reads the same years later. customer_id and
-- deal_id name records of other areas without a foreign key.
CREATE TABLE quotes (
    id                 TEXT PRIMARY KEY,
    number             TEXT NOT NULL,
    base_number        TEXT NOT NULL,
    revision           INTEGER NOT NULL DEFAULT 1,
    root_id            TEXT NOT NULL,
    previous_id        TEXT REFERENCES quotes(id),
    status             TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'pending_approval', 'approved',
                           'sent', 'accepted', 'rejected', 'expired', 'superseded')),
    language           TEXT NOT NULL DEFAULT 'zh-CN',
    customer_id        TEXT NOT NULL DEFAULT '',
    customer_name      TEXT NOT NULL,
    customer_address   TEXT NOT NULL DEFAULT '',
    contact_name       TEXT NOT NULL DEFAULT '',
    contact_phone      TEXT NOT NULL DEFAULT '',
    contact_email      TEXT NOT NULL DEFAULT '',
    deal_id            TEXT NOT NULL DEFAULT '',
    currency           TEXT NOT NULL,
    price_list_id      TEXT REFERENCES price_lists(id),
    tax_included       INTEGER NOT NULL,
    discount_bp        INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
    charges_json       TEXT NOT NULL DEFAULT '[]',
    issue_date         TEXT NOT NULL,
    valid_until        TEXT NOT NULL,
    payment_terms      TEXT NOT NULL DEFAULT '',
    delivery_terms     TEXT NOT NULL DEFAULT '',
    warranty_terms     TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT '',
    subtotal_minor     INTEGER NOT NULL DEFAULT 0,
    discount_minor     INTEGER NOT NULL DEFAULT 0,
    tax_minor          INTEGER NOT NULL DEFAULT 0,
    charges_minor      INTEGER NOT NULL DEFAULT 0,
    total_minor        INTEGER NOT NULL DEFAULT 0,
    needs_approval     INTEGER NOT NULL DEFAULT 0,
    approval_reasons   TEXT NOT NULL DEFAULT '[]',
    approval_decision  TEXT NOT NULL DEFAULT '' CHECK (approval_decision IN ('', 'approved', 'rejected')),
    approval_by        TEXT REFERENCES users(id),
    approval_at        TEXT,
    approval_note      TEXT NOT NULL DEFAULT '',
    submitted_at       TEXT,
    sent_at            TEXT,
    closed_at          TEXT, -- accepted, rejected, expired or superseded
    owner_id           TEXT NOT NULL REFERENCES users(id),
    created_by         TEXT REFERENCES users(id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT,
    version            INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX quotes_number ON quotes(number);
CREATE INDEX quotes_by_owner ON quotes(owner_id, created_at) WHERE deleted_at IS NULL;
CREATE INDEX quotes_by_status ON quotes(status, valid_until) WHERE deleted_at IS NULL;
CREATE INDEX quotes_by_root ON quotes(root_id, revision);
CREATE INDEX quotes_by_customer ON quotes(customer_id) WHERE deleted_at IS NULL AND customer_id <> '';

-- line_key stays the same for "the same line" across revisions, so a diff
-- can tell a changed line from a removed and an added one.
CREATE TABLE quote_lines (
    id                TEXT PRIMARY KEY,
    quote_id          TEXT NOT NULL REFERENCES quotes(id),
    line_key          TEXT NOT NULL,
    position          INTEGER NOT NULL,
    product_id        TEXT REFERENCES products(id),
    sku               TEXT NOT NULL DEFAULT '',
    name              TEXT NOT NULL,
    spec              TEXT NOT NULL DEFAULT '',
    unit              TEXT NOT NULL DEFAULT '',
    qty_milli         INTEGER NOT NULL CHECK (qty_milli > 0),
    unit_price_minor  INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    list_price_minor  INTEGER NOT NULL DEFAULT 0,
    floor_price_minor INTEGER NOT NULL DEFAULT 0,
    discount_bp       INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
    tax_rate_bp       INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    amount_minor      INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX quote_lines_by_quote ON quote_lines(quote_id, position) WHERE deleted_at IS NULL;
CREATE INDEX quote_lines_by_product ON quote_lines(product_id) WHERE deleted_at IS NULL;

INSERT INTO discount_limits(id, scope, subject, max_discount_bp, created_at, updated_at) VALUES
    ('0190a000-0000-7000-8000-000000000001', 'level', 'new_hire', 500, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190a000-0000-7000-8000-000000000002', 'level', 'junior', 1000, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190a000-0000-7000-8000-000000000003', 'level', 'senior', 1500, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');

INSERT INTO quote_term_templates(id, kind, language, title, body, is_default, created_at, updated_at) VALUES
    ('0190a000-0000-7000-8000-000000000101', 'payment', 'zh-CN', '预付 30%',
     '合同签订后 5 个工作日内预付合同总额的 30%，发货前付清余款。', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190a000-0000-7000-8000-000000000102', 'payment', 'zh-CN', '月结 30 天',
     '货到验收合格并收到发票后 30 天内付款。', 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190a000-0000-7000-8000-000000000103', 'delivery', 'zh-CN', '15 个工作日',
     '收到预付款后 15 个工作日内发货，送货上门，运输保险由供方承担。', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190a000-0000-7000-8000-000000000104', 'warranty', 'zh-CN', '一年保修',
     '自验收之日起免费保修 12 个月；人为损坏不在保修范围内。', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190a000-0000-7000-8000-000000000111', 'payment', 'en', '30 % advance',
     '30 % of the order value within 5 working days of signing; the balance before shipment.', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190a000-0000-7000-8000-000000000113', 'delivery', 'en', '15 working days',
     'Shipped within 15 working days of the advance payment, delivered to your door, insured by the supplier.', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190a000-0000-7000-8000-000000000114', 'warranty', 'en', 'One-year warranty',
     'Free repair for 12 months from acceptance; damage from misuse is not covered.', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
