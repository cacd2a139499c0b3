-- The audit trail only grows: no statement, from the app or anything else
-- that opens the file through SQLite, can change or remove a row of it.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- The audit screen lists newest first, by person or all, a page at a time.
CREATE INDEX audit_log_by_time ON audit_log(at, id);
CREATE INDEX audit_log_by_actor ON audit_log(actor_id, at, id);
CREATE INDEX audit_log_by_kind ON audit_log(entity, at, id);
