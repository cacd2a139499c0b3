-- Training: courses and their materials, plans by level, each rep's required
-- courses, sessions with attendance and scores, role-play practice with its
-- rubric, and the follow-up tasks agreed there.
-- Calendar days (due, held, completed) are YYYY-MM-DD in the company's zone;
-- moments (created, updated, deleted, done) are UTC RFC 3339 text.

CREATE TABLE training_courses (
    id                  TEXT PRIMARY KEY,
    title               TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('product_knowledge', 'sales_skills', 'role_play', 'compliance', 'market_trends')),
    level               TEXT NOT NULL CHECK (level IN ('new_hire', 'junior', 'senior')),
    minutes             INTEGER NOT NULL CHECK (minutes > 0),
    description         TEXT NOT NULL DEFAULT '',
    assessment_required INTEGER NOT NULL DEFAULT 0,
    pass_mark           INTEGER NOT NULL DEFAULT 0 CHECK (pass_mark BETWEEN 0 AND 100),
    certificate_months  INTEGER NOT NULL DEFAULT 0 CHECK (certificate_months >= 0),
    created_by          TEXT REFERENCES users(id),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    deleted_at          TEXT,
    version             INTEGER NOT NULL DEFAULT 1
);

-- A link or a small attached file (kept in the database so it travels with it).
CREATE TABLE training_materials (
    id         TEXT PRIMARY KEY,
    course_id  TEXT NOT NULL REFERENCES training_courses(id),
    kind       TEXT NOT NULL CHECK (kind IN ('link', 'file')),
    title      TEXT NOT NULL,
    url        TEXT NOT NULL DEFAULT '',
    file_name  TEXT NOT NULL DEFAULT '',
    mime       TEXT NOT NULL DEFAULT '',
    size       INTEGER NOT NULL DEFAULT 0,
    data       BLOB,
    created_by TEXT REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX training_materials_course ON training_materials(course_id);

CREATE TABLE training_plans (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('new_hire', 'junior', 'senior')),
    auto_assign INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    created_by  TEXT REFERENCES users(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);

-- One course of a plan, due a number of days after the plan's start.
CREATE TABLE training_plan_items (
    id         TEXT PRIMARY KEY,
    plan_id    TEXT NOT NULL REFERENCES training_plans(id),
    course_id  TEXT NOT NULL REFERENCES training_courses(id),
    position   INTEGER NOT NULL,
    due_days   INTEGER NOT NULL CHECK (due_days >= 0),
    created_by TEXT REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX training_plan_items_plan ON training_plan_items(plan_id, position);

-- A course a rep is required to complete, and when they did.
CREATE TABLE training_assignments (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users(id),
    course_id    TEXT NOT NULL REFERENCES training_courses(id),
    plan_id      TEXT REFERENCES training_plans(id),
    due_on       TEXT NOT NULL,
    completed_on TEXT,
    completed_at TEXT,
    created_by   TEXT REFERENCES users(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX training_assignments_once ON training_assignments(user_id, course_id) WHERE deleted_at IS NULL;
CREATE INDEX training_assignments_due ON training_assignments(due_on);

CREATE TABLE training_sessions (
    id         TEXT PRIMARY KEY,
    course_id  TEXT NOT NULL REFERENCES training_courses(id),
    held_on    TEXT NOT NULL,
    minutes    INTEGER NOT NULL CHECK (minutes > 0),
    trainer_id TEXT NOT NULL REFERENCES users(id),
    mode       TEXT NOT NULL CHECK (mode IN ('on_site', 'online')),
    location   TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_by TEXT REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX training_sessions_held ON training_sessions(held_on);

-- An invited rep: attendance, and the assessment score when there is one.
CREATE TABLE training_attendance (
    id         TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES training_sessions(id),
    user_id    TEXT NOT NULL REFERENCES users(id),
    status     TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'present', 'late', 'absent', 'excused')),
    score      INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    passed     INTEGER,
    created_by TEXT REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX training_attendance_once ON training_attendance(session_id, user_id) WHERE deleted_at IS NULL;
CREATE INDEX training_attendance_user ON training_attendance(user_id);

CREATE TABLE roleplays (
    id           TEXT PRIMARY KEY,
    rep_id       TEXT NOT NULL REFERENCES users(id),
    evaluator_id TEXT NOT NULL REFERENCES users(id),
    held_on      TEXT NOT NULL,
    scenario     TEXT NOT NULL,
    feedback     TEXT NOT NULL DEFAULT '',
    created_by   TEXT REFERENCES users(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX roleplays_rep ON roleplays(rep_id, held_on);

-- One scored line of a role-play's rubric; key names a standard criterion
-- (translated by the UI), name a custom one.
CREATE TABLE roleplay_criteria (
    id          TEXT PRIMARY KEY,
    roleplay_id TEXT NOT NULL REFERENCES roleplays(id),
    position    INTEGER NOT NULL,
    key         TEXT NOT NULL DEFAULT '',
    name        TEXT NOT NULL DEFAULT '',
    score       INTEGER NOT NULL CHECK (score >= 0),
    max_score   INTEGER NOT NULL CHECK (max_score > 0),
    created_by  TEXT REFERENCES users(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX roleplay_criteria_roleplay ON roleplay_criteria(roleplay_id, position);

-- An improvement action agreed with a rep, due on a follow-up day.
CREATE TABLE training_tasks (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    roleplay_id TEXT REFERENCES roleplays(id),
    title       TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    done_at     TEXT,
    created_by  TEXT REFERENCES users(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX training_tasks_user ON training_tasks(user_id, due_on);
