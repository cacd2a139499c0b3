-- The monthly appraisal (backend/appraisal): KPI templates by role and level
-- with weighted metrics, per-rep monthly targets, and one appraisal per rep and
-- month that keeps what was computed, the manager's scores and comments, the
-- rep's self-assessment and who finalised it.

CREATE TABLE kpi_templates (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('manager', 'rep')),
    level       TEXT NOT NULL DEFAULT '' CHECK (level IN ('', 'new_hire', 'junior', 'senior')),
    -- grade thresholds on the weighted total, in hundredths of a point
    grade_a     INTEGER NOT NULL DEFAULT 9000,
    grade_b     INTEGER NOT NULL DEFAULT 7500,
    grade_c     INTEGER NOT NULL DEFAULT 6000,
    created_by  TEXT REFERENCES users(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);
-- one template per role and level ('' = every level without its own)
CREATE UNIQUE INDEX kpi_templates_role_level ON kpi_templates(role, level) WHERE deleted_at IS NULL;

CREATE TABLE kpi_metrics (
    id          TEXT PRIMARY KEY,
    template_id TEXT NOT NULL REFERENCES kpi_templates(id),
    position    INTEGER NOT NULL,
    code        TEXT NOT NULL,
    -- the manager-scored metrics' own name; computed metrics are named by code
    name        TEXT NOT NULL DEFAULT '',
    weight      INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 100),
    -- 'linear' (completion of the target, capped), 'steps' (thresholds), 'rubric' (1–5)
    rule        TEXT NOT NULL CHECK (rule IN ('linear', 'steps', 'rubric')),
    cap_bp      INTEGER NOT NULL DEFAULT 10000,
    -- for rates: the template's own target in basis points (0 = none)
    target_bp   INTEGER NOT NULL DEFAULT 0,
    -- JSON: steps [{"minBp":…, "points":…}] or rubric ["level 1 words", … 5]
    detail      TEXT NOT NULL DEFAULT '[]',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX kpi_metrics_template ON kpi_metrics(template_id, position);

-- One target per rep, month and metric (a natural key: one record everywhere).
CREATE TABLE appraisal_targets (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    month       TEXT NOT NULL,
    code        TEXT NOT NULL,
    value       INTEGER NOT NULL CHECK (value >= 0),
    created_by  TEXT REFERENCES users(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX appraisal_targets_key ON appraisal_targets(user_id, month, code) WHERE deleted_at IS NULL;
CREATE INDEX appraisal_targets_month ON appraisal_targets(month);

CREATE TABLE appraisals (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users(id),
    month           TEXT NOT NULL,
    template_id     TEXT NOT NULL REFERENCES kpi_templates(id),
    status          TEXT NOT NULL CHECK (status IN ('draft', 'review', 'final')),
    -- what generate computed: the metrics as the template had them, the
    -- targets, actuals and scores (JSON), kept as is once final
    result          TEXT NOT NULL DEFAULT '{}',
    total           INTEGER,           -- hundredths of a point; NULL = no data at all
    grade           TEXT NOT NULL DEFAULT '',
    computed_at     TEXT NOT NULL,
    manual_scores   TEXT NOT NULL DEFAULT '{}', -- {"metric id": 1..5}
    self_assessment TEXT NOT NULL DEFAULT '',
    manager_comment TEXT NOT NULL DEFAULT '',
    reviewer_id     TEXT REFERENCES users(id),
    finalised_by    TEXT REFERENCES users(id),
    finalised_at    TEXT,
    created_by      TEXT REFERENCES users(id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX appraisals_key ON appraisals(user_id, month) WHERE deleted_at IS NULL;
CREATE INDEX appraisals_month ON appraisals(month, status);
