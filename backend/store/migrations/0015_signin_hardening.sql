-- Sign-in hardening (issue 12, item 13).

-- The screen locks after this many minutes without input (0 = never); the
-- owner sets it for the whole company.
ALTER TABLE company ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT 15
    CHECK (idle_lock_minutes BETWEEN 0 AND 480);

-- Set when the owner resets someone's password: that person must choose
-- their own at the next sign-in before anything else.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

-- Failed sign-ins per login as typed (known or not, so the delay does not
-- tell which logins exist); the delay grows with the count and a success
-- clears the row. Kept in the file so that restarting the app resets nothing.
CREATE TABLE signin_failures (
    login          TEXT PRIMARY KEY COLLATE NOCASE,
    failures       INTEGER NOT NULL,
    last_failed_at TEXT NOT NULL
);
