-- Users, the company profile, the audit trail and this device's own settings.
-- Business tables carry created_at/updated_at/deleted_at/version (see DESIGN.md).

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    login         TEXT NOT NULL COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'rep')),
    level         TEXT NOT NULL DEFAULT 'junior' CHECK (level IN ('new_hire', 'junior', 'senior')),
    manager_id    TEXT REFERENCES users(id),
    hire_date     TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1,
    created_by    TEXT REFERENCES users(id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX users_login ON users(login) WHERE deleted_at IS NULL;
CREATE INDEX users_manager ON users(manager_id);

CREATE TABLE company (
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    address            TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    tax_id             TEXT NOT NULL DEFAULT '',
    logo               BLOB,
    logo_mime          TEXT NOT NULL DEFAULT '',
    currency           TEXT NOT NULL DEFAULT 'CNY',
    tax_rate_bp        INTEGER NOT NULL DEFAULT 1300,
    prices_include_tax INTEGER NOT NULL DEFAULT 1,
    timezone           TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    quote_prefix       TEXT NOT NULL DEFAULT 'QT',
    created_by         TEXT REFERENCES users(id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT,
    version            INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY,
    at          TEXT NOT NULL,
    actor_id    TEXT REFERENCES users(id),
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    action      TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, at);

-- Settings of this installation only (window, language, remembered sign-in);
-- never synced between devices.
CREATE TABLE device_prefs (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE device_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
