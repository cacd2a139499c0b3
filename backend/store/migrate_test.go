package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// fixture is data written at a given schema version and expected to survive
// every later migration. Each new migration adds fixtures for what it creates.
type fixture struct {
	version int    // the schema version the seed is written against
	seed    string // SQL run at that version
	check   string // a query returning one integer
	want    int
}

var fixtures = []fixture{
	{
		version: 1,
		seed: `INSERT INTO users(id, name, login, password_hash, role, created_at, updated_at)
		       VALUES ('u1', '张伟', 'owner', 'x', 'owner', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
		       INSERT INTO company(id, name, created_at, updated_at)
		       VALUES ('c1', '上海示例贸易有限公司', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');`,
		check: `SELECT count(*) FROM users u JOIN company c ON c.name = '上海示例贸易有限公司' WHERE u.name = '张伟'`,
		want:  1,
	},
	{
		version: 2,
		seed: `INSERT INTO customers(id, kind, name, name_pinyin, owner_id, stage, phone, phone_norm, created_by, created_at, updated_at)
		       VALUES ('k1', 'company', '杭州明远智能科技有限公司', 'hangzhoumingyuan', 'u1', 'customer', '0571-8765 4321', '057187654321',
		               'u1', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z');
		       INSERT INTO contacts(id, customer_id, name, birthday, birthday_md, is_primary, created_at, updated_at)
		       VALUES ('p1', 'k1', '李娜', '1988-03-08', '03-08', 1, '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z');
		       INSERT INTO activities(id, customer_id, contact_id, kind, at, user_id, summary, created_at, updated_at)
		       VALUES ('a1', 'k1', 'p1', 'visit', '2026-01-03T02:00:00.000Z', 'u1', '上门拜访', '2026-01-03T02:00:00.000Z', '2026-01-03T02:00:00.000Z');
		       INSERT INTO won_deals(id, customer_id, owner_id, won_at, amount_minor, currency, created_at, updated_at)
		       VALUES ('w1', 'k1', 'u1', '2026-01-04T00:00:00.000Z', 1880000, 'CNY', '2026-01-04T00:00:00.000Z', '2026-01-04T00:00:00.000Z');
		       UPDATE customer_settings SET pool_after_days = 45;`,
		check: `SELECT count(*) FROM customers k JOIN contacts p ON p.customer_id = k.id AND p.is_primary = 1
		        JOIN activities a ON a.customer_id = k.id JOIN won_deals w ON w.customer_id = k.id
		        JOIN customer_settings s ON s.pool_after_days = 45 WHERE k.stage = 'customer'`,
		want: 1,
	},
	{
		version: 3,
		seed: `INSERT INTO users(id, name, login, password_hash, role, level, hire_date, created_at, updated_at)
		       VALUES ('t-rep', '李强', 'training-rep', 'x', 'rep', 'new_hire', '2026-03-02', '2026-03-02T00:00:00.000Z', '2026-03-02T00:00:00.000Z');
		       INSERT INTO training_courses(id, title, kind, level, minutes, assessment_required, pass_mark, created_at, updated_at)
		       VALUES ('t-course', '产品基础知识', 'product_knowledge', 'new_hire', 90, 1, 60, '2026-03-02T00:00:00.000Z', '2026-03-02T00:00:00.000Z');
		       INSERT INTO training_assignments(id, user_id, course_id, due_on, completed_on, created_at, updated_at)
		       VALUES ('t-assign', 't-rep', 't-course', '2026-03-09', '2026-03-06', '2026-03-02T00:00:00.000Z', '2026-03-02T00:00:00.000Z');`,
		check: `SELECT count(*) FROM training_assignments a JOIN training_courses c ON c.id = a.course_id
		        WHERE c.title = '产品基础知识' AND a.completed_on = '2026-03-06' AND a.user_id = 't-rep'`,
		want: 1,
	},
	{
		version: 4,
		seed: `INSERT INTO products(id, sku, name_zh, unit, currency, list_price_minor, floor_price_minor, tax_rate_bp, created_at, updated_at)
		       VALUES ('q-prod', 'LP-4200', '激光打印机', '台', 'CNY', 329900, 280000, 1300, '2026-04-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z');
		       INSERT INTO quotes(id, number, base_number, root_id, status, customer_name, currency, tax_included, issue_date, valid_until,
		                          total_minor, owner_id, created_at, updated_at)
		       VALUES ('q-1', 'QT-20260401-K7Q2M-001', 'QT-20260401-K7Q2M-001', 'q-1', 'sent', '杭州明远智能科技有限公司', 'CNY', 1,
		               '2026-04-01', '2026-05-01', 659800, 'u1', '2026-04-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z');
		       INSERT INTO quote_lines(id, quote_id, line_key, position, product_id, sku, name, unit, qty_milli, unit_price_minor, tax_rate_bp,
		                               amount_minor, created_at, updated_at)
		       VALUES ('q-l1', 'q-1', 'q-l1', 1, 'q-prod', 'LP-4200', '激光打印机', '台', 2000, 329900, 1300, 659800,
		               '2026-04-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z');`,
		check: `SELECT count(*) FROM quotes q JOIN quote_lines l ON l.quote_id = q.id JOIN products p ON p.id = l.product_id
		        WHERE q.number = 'QT-20260401-K7Q2M-001' AND q.total_minor = 659800 AND p.name_zh = '激光打印机' AND l.qty_milli = 2000`,
		want: 1,
	},
	{
		version: 5,
		seed: `INSERT INTO deals(id, customer_id, title, amount_minor, currency, owner_id, stage_id, stage_entered_at, reached_stage_id,
		                         status, won_at, closed_at, created_at, updated_at)
		       VALUES ('s-deal', 'k1', '明远智能 打印机采购', 659800, 'CNY', 'u1', '0190b000-0000-7000-8000-000000000007',
		               '2026-05-01T00:00:00.000Z', '0190b000-0000-7000-8000-000000000007', 'won', '2026-05-01T00:00:00.000Z',
		               '2026-05-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z');
		       INSERT INTO deal_stage_history(id, deal_id, owner_id, at, action, from_stage_id, to_stage_id, from_entered_at, seconds_in_from)
		       VALUES ('s-h1', 's-deal', 'u1', '2026-05-01T00:00:00.000Z', 'win', '0190b000-0000-7000-8000-000000000006',
		               '0190b000-0000-7000-8000-000000000007', '2026-04-01T00:00:00.000Z', 2592000);
		       INSERT INTO sop_tasks(id, deal_id, rule_id, stage_id, assignee_id, title_zh, anchor, offset_hours, anchor_at, due_at,
		                             status, done_at, created_at, updated_at)
		       VALUES ('s-task', 's-deal', '0190b000-0000-7000-8000-000000000108', '0190b000-0000-7000-8000-000000000007', 'u1',
		               '成交后 1 天内发送感谢信', 'stage_entered', 24, '2026-05-01T00:00:00.000Z', '2026-05-02T00:00:00.000Z', 'done',
		               '2026-05-01T08:00:00.000Z', '2026-05-01T00:00:00.000Z', '2026-05-01T08:00:00.000Z');`,
		check: `SELECT count(*) FROM deals d JOIN sales_stages s ON s.id = d.stage_id AND s.code = 'won'
		        JOIN deal_stage_history h ON h.deal_id = d.id AND h.seconds_in_from = 2592000
		        JOIN sop_tasks t ON t.deal_id = d.id AND t.done_at < t.due_at WHERE d.amount_minor = 659800 AND d.customer_id = 'k1'`,
		want: 1,
	},
	{
		version: 6,
		seed: `INSERT INTO customers(id, kind, name, name_pinyin, owner_id, stage, phone, phone_norm, created_by, created_at, updated_at, deleted_at)
		       VALUES ('k6', 'company', '明远智能', 'mingyuanzhineng', 'u1', 'lead', '0571-87654321', '057187654321', 'u1',
		               '2026-06-01T00:00:00.000Z', '2026-06-02T00:00:00.000Z', '2026-06-02T00:00:00.000Z');
		       INSERT INTO contacts(id, customer_id, name, phone, phone_norm, email, created_at, updated_at)
		       VALUES ('p6', 'k1', '王磊', '+86 138 0013 8000', '13800138000', 'wang.lei@example.cn', '2026-06-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z');
		       INSERT INTO customer_merges(id, kept_id, dropped_id, dropped_name, actor_id, at, moved, created_at, updated_at)
		       VALUES ('m6', 'k1', 'k6', '明远智能', 'u1', '2026-06-02T00:00:00.000Z', '{"contacts":0}', '2026-06-02T00:00:00.000Z', '2026-06-02T00:00:00.000Z');
		       INSERT INTO customer_distinct_pairs(id, a_id, b_id, actor_id, created_at, updated_at)
		       VALUES ('d6', 'k1', 'k6', 'u1', '2026-06-02T00:00:00.000Z', '2026-06-02T00:00:00.000Z');`,
		check: `SELECT count(*) FROM customer_merges m JOIN customers k ON k.id = m.kept_id JOIN contacts p ON p.customer_id = k.id
		        AND p.phone_norm = '13800138000' AND p.email = 'WANG.LEI@example.cn' COLLATE NOCASE
		        JOIN customer_distinct_pairs d ON d.a_id = m.kept_id AND d.b_id = m.dropped_id WHERE m.dropped_name = '明远智能'`,
		want: 1,
	},
	{
		version: 7,
		seed: `INSERT INTO deals(id, customer_id, title, amount_minor, currency, owner_id, stage_id, stage_entered_at, reached_stage_id,
		                         status, created_at, updated_at)
		       VALUES ('s7-deal', 'k1', '明远智能 二期扩容', 120000, 'CNY', 'u1', '0190b000-0000-7000-8000-000000000001',
		               '2026-07-01T00:00:00.000Z', '0190b000-0000-7000-8000-000000000001', 'open',
		               '2026-07-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z');`,
		check: `SELECT count(*) FROM deals INDEXED BY deals_search WHERE deleted_at IS NULL AND title LIKE '%二期%'`,
		want:  1,
	},
	{
		version: 8,
		seed: `INSERT INTO roleplays(id, rep_id, evaluator_id, held_on, scenario, created_at, updated_at)
		       VALUES ('r8', 't-rep', 'u1', '2026-08-03', '客户认为报价偏高', '2026-08-03T06:00:00.000Z', '2026-08-03T06:00:00.000Z');
		       INSERT INTO training_tasks(id, user_id, roleplay_id, title, due_on, created_at, updated_at)
		       VALUES ('k8', 't-rep', 'r8', '练习价格异议的三种回应', '2026-08-17', '2026-08-03T06:00:00.000Z', '2026-08-03T06:00:00.000Z');`,
		check: `SELECT count(*) FROM training_tasks k INDEXED BY training_tasks_roleplay JOIN roleplays r ON r.id = k.roleplay_id
		        WHERE k.roleplay_id = 'r8' AND r.rep_id = 't-rep' AND k.due_on = '2026-08-17'`,
		want: 1,
	},
	{
		version: 9,
		seed: `INSERT INTO kpi_templates(id, name, role, level, created_at, updated_at)
		       VALUES ('t9', '销售代表（初级）', 'rep', 'junior', '2026-09-01T00:00:00.000Z', '2026-09-01T00:00:00.000Z');
		       INSERT INTO kpi_metrics(id, template_id, position, code, weight, rule, created_at, updated_at)
		       VALUES ('m9', 't9', 0, 'sales_amount', 100, 'linear', '2026-09-01T00:00:00.000Z', '2026-09-01T00:00:00.000Z');
		       INSERT INTO appraisal_targets(id, user_id, month, code, value, created_at, updated_at)
		       VALUES ('g9', 't-rep', '2026-09', 'sales_amount', 5000000, '2026-09-01T00:00:00.000Z', '2026-09-01T00:00:00.000Z');
		       INSERT INTO appraisals(id, user_id, month, template_id, status, total, grade, computed_at, self_assessment,
		                              created_at, updated_at)
		       VALUES ('a9', 't-rep', '2026-09', 't9', 'final', 8650, 'B', '2026-10-01T02:00:00.000Z', '本月新客户开发顺利',
		               '2026-10-01T02:00:00.000Z', '2026-10-01T02:00:00.000Z');`,
		check: `SELECT count(*) FROM appraisals a JOIN kpi_templates t ON t.id = a.template_id
		        JOIN kpi_metrics m ON m.template_id = t.id JOIN appraisal_targets g ON g.user_id = a.user_id AND g.month = a.month
		        WHERE a.total = 8650 AND a.self_assessment = '本月新客户开发顺利' AND g.value = 5000000`,
		want: 1,
	},
	{
		version: 10,
		seed: `INSERT INTO customers(id, kind, name, name_pinyin, owner_id, stage, created_by, created_at, updated_at)
		       VALUES ('k10', 'company', '宁波海曙文具有限公司', 'ningbohaishu', 'u1', 'lead', 'u1',
		               '2026-07-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z');
		       INSERT INTO deals(id, customer_id, title, amount_minor, currency, owner_id, stage_id, stage_entered_at, reached_stage_id,
		                         status, created_at, updated_at)
		       VALUES ('s10-deal', 'k10', '海曙文具 办公设备', 0, 'CNY', 'u1', '0190b000-0000-7000-8000-000000000002',
		               '2026-07-01T00:00:00.000Z', '0190b000-0000-7000-8000-000000000002', 'open',
		               '2026-07-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z');
		       INSERT INTO sop_tasks(id, deal_id, rule_id, stage_id, assignee_id, title_zh, anchor, offset_hours, status,
		                             created_at, updated_at)
		       VALUES ('s10-task', 's10-deal', '0190b000-0000-7000-8000-000000000103', '0190b000-0000-7000-8000-000000000002', 'u1',
		               '首次通话后 24 小时内发送感谢邮件', 'first_call', 24, 'waiting', '2026-07-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z');
		       INSERT INTO activities(id, customer_id, kind, at, user_id, summary, created_at, updated_at)
		       VALUES ('a10', 'k10', 'call', '2026-07-02T01:30:00.000Z', 'u1', '首次电话沟通', '2026-07-02T01:30:00.000Z', '2026-07-02T01:30:00.000Z');`,
		check: `SELECT count(*) FROM sop_tasks WHERE id = 's10-task' AND status = 'open'
		        AND anchor_at = '2026-07-02T01:30:00.000Z' AND due_at = '2026-07-03T01:30:00.000Z'`,
		want: 1,
	},
	{
		version: 11,
		seed: `UPDATE customer_settings SET backdate_days = 5, hold_limit_junior = 80;
		       INSERT INTO customer_sources(id, label, created_at, updated_at)
		       VALUES ('s11', '直播带货', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z');
		       UPDATE customers SET stage_manual_at = '2026-11-02T00:00:00.000Z' WHERE id = 'k1';`,
		check: `SELECT count(*) FROM customer_settings s JOIN customer_sources c ON c.label = '直播带货'
		        JOIN customers k ON k.stage_manual_at = '2026-11-02T00:00:00.000Z'
		        WHERE s.backdate_days = 5 AND s.hold_limit_junior = 80`,
		want: 1,
	},
	{
		version: 12,
		seed: `INSERT INTO price_lists(id, name, currency, levels, created_at, updated_at)
		       VALUES ('q12-list', '经销商价', 'CNY', '["senior"]', '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z');
		       INSERT INTO quotes(id, number, base_number, root_id, status, customer_name, currency, tax_included, issue_date, valid_until,
		                          total_minor, owner_id, copied_from, created_at, updated_at)
		       VALUES ('q12-copy', 'QT-20261201-K7Q2M-001', 'QT-20261201-K7Q2M-001', 'q12-copy', 'draft', '杭州明远智能科技有限公司',
		               'CNY', 1, '2026-12-01', '2026-12-31', 659800, 'u1', 'q-1', '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z');`,
		check: `SELECT count(*) FROM quotes c JOIN quotes s ON s.id = c.copied_from JOIN price_lists l ON l.levels = '["senior"]'
		        WHERE c.id = 'q12-copy' AND s.number = 'QT-20260401-K7Q2M-001'`,
		want: 1,
	},
	{
		version: 13,
		seed: `INSERT INTO exchange_rates(id, currency, month, rate_micro, created_by, created_at, updated_at)
		       VALUES ('r13-usd', 'USD', '2026-12', 7123456, 'u1', '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z');`,
		check: `SELECT count(*) FROM exchange_rates WHERE currency = 'USD' AND month = '2026-12' AND rate_micro = 7123456`,
		want:  1,
	},
	{
		version: 14,
		seed: `INSERT INTO quotes(id, number, base_number, root_id, previous_id, revision, status, customer_name, currency,
		                          tax_included, issue_date, valid_until, total_minor, owner_id, created_at, updated_at)
		       VALUES ('q14-v2', 'QT-20260401-K7Q2M-001-V2', 'QT-20260401-K7Q2M-001', 'q-1', 'q-1', 2, 'draft', '杭州明远智能科技有限公司',
		               'CNY', 1, '2026-04-03', '2026-05-03', 659800, 'u1', '2026-04-03T00:00:00.000Z', '2026-04-03T00:00:00.000Z');`,
		check: `SELECT count(*) FROM quotes n INDEXED BY quotes_by_previous JOIN quotes q ON q.id = n.previous_id
		        WHERE n.previous_id = 'q-1' AND q.number = 'QT-20260401-K7Q2M-001'`,
		want: 1,
	},
	{
		version: 15,
		seed: `UPDATE company SET idle_lock_minutes = 5 WHERE id = 'c1';
		       UPDATE users SET must_change_password = 1 WHERE id = 'u1';
		       INSERT INTO signin_failures(login, failures, last_failed_at) VALUES ('owner', 4, '2026-12-02T00:00:00.000Z');`,
		check: `SELECT count(*) FROM company c JOIN users u ON u.must_change_password = 1 AND u.id = 'u1'
		        JOIN signin_failures f ON f.login = 'OWNER' AND f.failures = 4 WHERE c.idle_lock_minutes = 5`,
		want: 1,
	},
	{
		version: 16,
		seed: `INSERT INTO audit_log(id, at, actor_id, entity, entity_id, action, after_json)
		       VALUES ('au17', '2027-01-05T02:00:00.000Z', 'u1', 'customer', 'k1', 'update', '{"name":"杭州明远"}');`,
		check: `SELECT count(*) FROM audit_log a INDEXED BY audit_log_by_actor
		        JOIN sqlite_master t ON t.type = 'trigger' AND t.name = 'audit_log_no_delete'
		        WHERE a.actor_id = 'u1' AND a.id = 'au17' AND a.after_json = '{"name":"杭州明远"}'`,
		want: 1,
	},
	{
		version: 17,
		seed: `UPDATE company SET work_days = '1,2,3,4,5,6', work_start = '08:30' WHERE id = 'c1';
		       INSERT INTO tickets(id, customer_id, kind, priority, channel, subject, assignee_id, status, received_at,
		                           respond_target_min, resolve_target_min, response_due_at, resolve_due_at, created_at, updated_at)
		       VALUES ('t18', 'k1', 'complaint', 'urgent', 'phone', '打印机卡纸', 'u1', 'resolved', '2027-01-04T01:00:00.000Z', 60, 540,
		               '2027-01-04T02:00:00.000Z', '2027-01-04T10:00:00.000Z', '2027-01-04T01:00:00.000Z', '2027-01-04T01:00:00.000Z');
		       INSERT INTO surveys(id, customer_id, ticket_id, status, sent_at, score, nps, reply_text, owner_id, recorded_by, by_owner,
		                           answered_at, created_at, updated_at)
		       VALUES ('v18', 'k1', 't18', 'answered', '2027-01-05T01:00:00.000Z', 2, 6, '2分', 'u1', 'u1', 1,
		               '2027-01-05T01:00:00.000Z', '2027-01-05T01:00:00.000Z', '2027-01-05T01:00:00.000Z');`,
		check: `SELECT count(*) FROM surveys v JOIN tickets t ON t.id = v.ticket_id JOIN company c ON c.work_start = '08:30'
		        JOIN service_settings s ON s.low_score = 2 WHERE v.score = 2 AND t.subject = '打印机卡纸' AND c.work_end = '18:00'`,
		want: 1,
	},
	{
		version: 18,
		seed:    `UPDATE tickets SET resolved_at = '2027-01-04T09:00:00.000Z', resolved_on_time = 1 WHERE id = 't18';`,
		check: `SELECT count(*) FROM surveys v INDEXED BY surveys_by_answered JOIN tickets t INDEXED BY tickets_by_resolved
		        ON t.resolved_at >= '2027-01-01' AND t.assignee_id = v.owner_id AND t.deleted_at IS NULL AND t.resolved_at IS NOT NULL
		        WHERE v.deleted_at IS NULL AND v.status = 'answered' AND v.answered_at >= '2027-01-01' AND v.nps = 6`,
		want: 1,
	},
	{
		version: 19,
		seed: `UPDATE customers SET website = 'https://www.mingyuan.cn' WHERE id = 'k1';
		       UPDATE company SET getting_started_dismissed_at = '2027-01-05T03:00:00.000Z' WHERE id = 'c1';`,
		check: `SELECT count(*) FROM customers k JOIN company c ON c.getting_started_dismissed_at = '2027-01-05T03:00:00.000Z'
		        WHERE k.id = 'k1' AND k.website = 'https://www.mingyuan.cn' AND k.deleted_at IS NULL`,
		want: 1,
	},
	{
		version: 20,
		seed: `INSERT INTO activities(id, customer_id, kind, at, user_id, summary, deal_id, created_at, updated_at)
		       VALUES ('a20', 'k10', 'call', '2027-01-06T01:00:00.000Z', 'u1', '电话沟通需求', 's10-deal',
		               '2027-01-06T01:00:00.000Z', '2027-01-06T01:00:00.000Z');
		       INSERT INTO sop_tasks(id, deal_id, rule_id, stage_id, assignee_id, title_zh, anchor, offset_hours, anchor_at, due_at,
		                             status, done_at, done_by, done_by_kind, done_by_activity_id, created_at, updated_at)
		       VALUES ('s20-task', 's10-deal', '0190b000-0000-7000-8000-000000000102', '0190b000-0000-7000-8000-000000000002', 'u1',
		               '2 天内完成首次电话联系', 'stage_entered', 48, '2027-01-05T00:00:00.000Z', '2027-01-07T00:00:00.000Z', 'done',
		               '2027-01-06T01:00:00.000Z', 'u1', 'call', 'a20', '2027-01-05T00:00:00.000Z', '2027-01-06T01:00:00.000Z');`,
		check: `SELECT count(*) FROM sop_tasks t INDEXED BY sop_tasks_by_activity JOIN activities a ON a.id = t.done_by_activity_id
		        JOIN sop_rules r ON r.id = t.rule_id AND r.done_by_kind = 'call'
		        WHERE t.done_by_activity_id = 'a20' AND a.deal_id = 's10-deal'`,
		want: 1,
	},
	{
		version: 21,
		seed: `INSERT INTO inbox_seen(id, user_id, kind, record_id, seen_at, created_at, updated_at)
		       VALUES ('i21', 'u1', 'quote.answer', 'q-1', '2027-01-07T01:00:00.000Z', '2027-01-07T02:00:00.000Z',
		               '2027-01-07T02:00:00.000Z');`,
		check: `SELECT count(*) FROM inbox_seen s INDEXED BY inbox_seen_key JOIN users u ON u.id = s.user_id
		        WHERE s.user_id = 'u1' AND s.kind = 'quote.answer' AND s.record_id = 'q-1' AND s.deleted_at IS NULL
		          AND s.seen_at = '2027-01-07T01:00:00.000Z'`,
		want: 1,
	},
	{
		version: 22,
		seed: `INSERT INTO tickets(id, customer_id, kind, priority, channel, subject, assignee_id, status, received_at,
		                           respond_target_min, resolve_target_min, response_due_at, resolve_due_at, created_at, updated_at)
		       VALUES ('t22', 'k1', 'repair', 'normal', 'visit', '上门维修', 'u1', 'in_progress', '2027-01-08T01:00:00.000Z', 240, 1620,
		               '2027-01-08T05:00:00.000Z', '2027-01-11T01:00:00.000Z', '2027-01-08T01:00:00.000Z', '2027-01-08T01:00:00.000Z');`,
		check: `SELECT count(*) FROM tickets t INDEXED BY tickets_active_by_customer WHERE t.customer_id = 'k1'
		        AND t.deleted_at IS NULL AND t.status IN ('open', 'in_progress', 'waiting') AND t.subject = '上门维修'`,
		want: 1,
	},
}

// The schema version is a migration's place in the list, so the files must
// be numbered 1, 2, 3… without a gap: a file added later into a gap would
// shift every step after it on databases that already ran them.
func TestMigrationsAreNumberedWithoutGaps(t *testing.T) {
	for i, m := range migrations {
		if want := fmt.Sprintf("migrations/%04d_", i+1); !strings.HasPrefix(m.name, want) {
			t.Fatalf("migration %d is %s, want a name starting %s", i+1, m.name, want)
		}
	}
}

// TestUpgradeFromEveryEarlierStepKeepsData builds a database at each released
// step, writes that step's fixtures, then opens it with this build.
func TestUpgradeFromEveryEarlierStepKeepsData(t *testing.T) {
	ctx := context.Background()
	for step := 1; step <= LatestSchemaVersion(); step++ {
		path := tempPath(t)
		old, err := open(ctx, path, step)
		if err != nil {
			t.Fatalf("build at step %d: %v", step, err)
		}
		for _, f := range fixtures {
			if f.version > step {
				continue
			}
			if _, err := old.writer.Exec(f.seed); err != nil {
				t.Fatalf("seed at step %d: %v", step, err)
			}
		}
		old.Close()

		db, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("upgrade from step %d: %v", step, err)
		}
		if v, _ := db.SchemaVersion(ctx); v != LatestSchemaVersion() {
			t.Fatalf("after upgrade from %d: version %d", step, v)
		}
		for _, f := range fixtures {
			if f.version > step {
				continue
			}
			var got int
			if err := db.Read().QueryRow(f.check).Scan(&got); err != nil || got != f.want {
				t.Fatalf("from step %d: %s = %d, %v; want %d", step, f.check, got, err, f.want)
			}
		}
		db.Close()
	}
}

func TestEveryMigrationHasAFixture(t *testing.T) {
	covered := map[int]bool{}
	for _, f := range fixtures {
		covered[f.version] = true
	}
	for v := 1; v <= LatestSchemaVersion(); v++ {
		if !covered[v] {
			t.Errorf("migration %d (%s) has no fixture proving its data survives upgrades", v, migrations[v-1].name)
		}
	}
}
