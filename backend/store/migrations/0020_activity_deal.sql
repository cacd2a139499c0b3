-- Customer 360 (issue 13 item 2): a logged call or visit may name one of its
-- customer's deals, and an SOP rule may say which kind of activity does its
-- task ("done by a visit"). Logging that kind of activity against the deal
-- completes the deal's open task of such a rule in the same transaction, so
-- nothing is entered twice. A task copies the kind from its rule when it is
-- made, as it copies its title and anchor, and remembers the activity that
-- did it (deleting that activity opens the task again: a task must not stay
-- done on evidence that is gone).

ALTER TABLE activities ADD COLUMN deal_id TEXT REFERENCES deals(id); -- NULL: about no deal in particular

ALTER TABLE sop_rules ADD COLUMN done_by_kind TEXT NOT NULL DEFAULT ''
    CHECK (done_by_kind IN ('', 'call', 'visit', 'email', 'wechat', 'meeting'));
ALTER TABLE sop_tasks ADD COLUMN done_by_kind TEXT NOT NULL DEFAULT ''
    CHECK (done_by_kind IN ('', 'call', 'visit', 'email', 'wechat', 'meeting'));
ALTER TABLE sop_tasks ADD COLUMN done_by_activity_id TEXT REFERENCES activities(id);

CREATE INDEX activities_deal ON activities(deal_id) WHERE deal_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX sop_tasks_by_activity ON sop_tasks(done_by_activity_id) WHERE done_by_activity_id IS NOT NULL;

-- The seeded rules whose wording names the activity, while the owner has not
-- reworded them; tasks still to do take the kind from their rule.
UPDATE sop_rules SET done_by_kind = 'call'
    WHERE id = '0190b000-0000-7000-8000-000000000102' AND title_zh = '2 天内完成首次电话联系';
UPDATE sop_rules SET done_by_kind = 'email'
    WHERE id = '0190b000-0000-7000-8000-000000000103' AND title_zh = '首次通话后 24 小时内发送感谢邮件';
UPDATE sop_rules SET done_by_kind = 'call'
    WHERE id = '0190b000-0000-7000-8000-000000000106' AND title_zh = '报价后 3 天内电话跟进';
UPDATE sop_tasks SET done_by_kind = (SELECT r.done_by_kind FROM sop_rules r WHERE r.id = sop_tasks.rule_id)
    WHERE status IN ('waiting', 'open') AND deleted_at IS NULL
      AND rule_id IN (SELECT id FROM sop_rules WHERE done_by_kind <> '');
