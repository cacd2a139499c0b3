-- The after-sales month report counts a month of tickets and surveys per
-- person from the indexes alone (no row of 200,000 read one by one), and a
-- rep's or manager's ticket list finds their customers' tickets by time.
DROP INDEX tickets_by_time;
CREATE INDEX tickets_by_time ON tickets(received_at, id, assignee_id) WHERE deleted_at IS NULL;
DROP INDEX tickets_by_resolved;
CREATE INDEX tickets_by_resolved ON tickets(resolved_at, assignee_id, resolved_on_time)
    WHERE deleted_at IS NULL AND resolved_at IS NOT NULL;
DROP INDEX surveys_by_answered;
CREATE INDEX surveys_by_answered ON surveys(answered_at, owner_id, score, nps)
    WHERE deleted_at IS NULL AND status = 'answered';
