-- An SOP task that counts from the first call (issue 11, item 2) gets its
-- deadline from the event itself, in the transaction that records it, not
-- from a daily sweep: a task done before a sweep was counted neither on time
-- nor late. The event can come through any path that writes an activity (the
-- activity form, imports, merges, demo data, a sync later), so the database
-- starts the clock: when a call, visit or meeting is written for a customer,
-- or an activity becomes one, or a deal moves to another customer, each
-- waiting first-call task of that customer's deals takes the first such
-- contact since its deal began as its anchor and falls due offset_hours after
-- it. A deadline once set stands: deleting or editing the call later moves
-- nothing already owed (backend/sales/task.go says the same).

CREATE TRIGGER sop_first_call_logged AFTER INSERT ON activities
WHEN NEW.kind IN ('call', 'visit', 'meeting') AND NEW.deleted_at IS NULL
BEGIN
    UPDATE sop_tasks SET status = 'open',
        anchor_at = (SELECT min(a.at) FROM activities a JOIN deals d ON d.id = sop_tasks.deal_id
            WHERE a.customer_id = d.customer_id AND a.at >= d.created_at AND a.kind IN ('call', 'visit', 'meeting')
              AND a.deleted_at IS NULL),
        due_at = strftime('%Y-%m-%dT%H:%M:%fZ', (SELECT min(a.at) FROM activities a JOIN deals d ON d.id = sop_tasks.deal_id
            WHERE a.customer_id = d.customer_id AND a.at >= d.created_at AND a.kind IN ('call', 'visit', 'meeting')
              AND a.deleted_at IS NULL), '+' || offset_hours || ' hours'),
        updated_at = NEW.updated_at, version = version + 1
    WHERE status = 'waiting' AND anchor = 'first_call' AND deleted_at IS NULL
      AND deal_id IN (SELECT id FROM deals WHERE customer_id = NEW.customer_id AND created_at <= NEW.at);
END;

CREATE TRIGGER sop_first_call_changed AFTER UPDATE OF kind, at, customer_id, deleted_at ON activities
WHEN NEW.kind IN ('call', 'visit', 'meeting') AND NEW.deleted_at IS NULL
BEGIN
    UPDATE sop_tasks SET status = 'open',
        anchor_at = (SELECT min(a.at) FROM activities a JOIN deals d ON d.id = sop_tasks.deal_id
            WHERE a.customer_id = d.customer_id AND a.at >= d.created_at AND a.kind IN ('call', 'visit', 'meeting')
              AND a.deleted_at IS NULL),
        due_at = strftime('%Y-%m-%dT%H:%M:%fZ', (SELECT min(a.at) FROM activities a JOIN deals d ON d.id = sop_tasks.deal_id
            WHERE a.customer_id = d.customer_id AND a.at >= d.created_at AND a.kind IN ('call', 'visit', 'meeting')
              AND a.deleted_at IS NULL), '+' || offset_hours || ' hours'),
        updated_at = NEW.updated_at, version = version + 1
    WHERE status = 'waiting' AND anchor = 'first_call' AND deleted_at IS NULL
      AND deal_id IN (SELECT id FROM deals WHERE customer_id = NEW.customer_id AND created_at <= NEW.at);
END;

CREATE TRIGGER sop_first_call_deal_moved AFTER UPDATE OF customer_id ON deals
WHEN NEW.customer_id <> OLD.customer_id
BEGIN
    UPDATE sop_tasks SET status = 'open',
        anchor_at = (SELECT min(a.at) FROM activities a WHERE a.customer_id = NEW.customer_id AND a.at >= NEW.created_at
            AND a.kind IN ('call', 'visit', 'meeting') AND a.deleted_at IS NULL),
        due_at = strftime('%Y-%m-%dT%H:%M:%fZ', (SELECT min(a.at) FROM activities a WHERE a.customer_id = NEW.customer_id
            AND a.at >= NEW.created_at AND a.kind IN ('call', 'visit', 'meeting') AND a.deleted_at IS NULL),
            '+' || offset_hours || ' hours'),
        updated_at = NEW.updated_at, version = version + 1
    WHERE status = 'waiting' AND anchor = 'first_call' AND deleted_at IS NULL AND deal_id = NEW.id
      AND EXISTS (SELECT 1 FROM activities a WHERE a.customer_id = NEW.customer_id AND a.at >= NEW.created_at
            AND a.kind IN ('call', 'visit', 'meeting') AND a.deleted_at IS NULL);
END;

-- Tasks left waiting by the sweep's timing in a database made before this
-- step start now, as the sweep would have started them.
UPDATE sop_tasks SET status = 'open',
    anchor_at = (SELECT min(a.at) FROM activities a JOIN deals d ON d.id = sop_tasks.deal_id
        WHERE a.customer_id = d.customer_id AND a.at >= d.created_at AND a.kind IN ('call', 'visit', 'meeting')
          AND a.deleted_at IS NULL),
    due_at = strftime('%Y-%m-%dT%H:%M:%fZ', (SELECT min(a.at) FROM activities a JOIN deals d ON d.id = sop_tasks.deal_id
        WHERE a.customer_id = d.customer_id AND a.at >= d.created_at AND a.kind IN ('call', 'visit', 'meeting')
          AND a.deleted_at IS NULL), '+' || offset_hours || ' hours'),
    version = version + 1
WHERE status = 'waiting' AND anchor = 'first_call' AND deleted_at IS NULL
  AND EXISTS (SELECT 1 FROM activities a JOIN deals d ON d.id = sop_tasks.deal_id
        WHERE a.customer_id = d.customer_id AND a.at >= d.created_at AND a.kind IN ('call', 'visit', 'meeting')
          AND a.deleted_at IS NULL);
