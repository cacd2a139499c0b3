-- The sales process (see backend/sales): the stages every deal walks with
-- their goals, win probabilities and exit checklists; the SOP rules that give
-- each stage its tasks; the reasons a deal can be lost; deals with their stage
-- history; and the SOP tasks themselves, each a snapshot of its rule.

-- kind: 'open' stages make the pipeline; 'won' is the one stage a deal enters
-- by being won; 'after' stages follow the win (after-sales); 'lost' is the one
-- stage a lost deal rests in. Stages sort by kind in that order, then position.
CREATE TABLE sales_stages (
    id             TEXT PRIMARY KEY,
    code           TEXT NOT NULL DEFAULT '',  -- stable key of a seeded stage; '' for stages the owner added
    kind           TEXT NOT NULL CHECK (kind IN ('open', 'won', 'after', 'lost')),
    position       INTEGER NOT NULL,
    name_zh        TEXT NOT NULL,
    name_en        TEXT NOT NULL DEFAULT '',
    goal_zh        TEXT NOT NULL DEFAULT '',
    goal_en        TEXT NOT NULL DEFAULT '',
    probability_bp INTEGER NOT NULL CHECK (probability_bp BETWEEN 0 AND 10000),
    checklist      TEXT NOT NULL DEFAULT '[]', -- JSON [{key, kind: check|field|tasks, field, labelZh, labelEn}]
    created_by     TEXT REFERENCES users(id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX sales_stages_one_won ON sales_stages(kind) WHERE kind IN ('won', 'lost') AND deleted_at IS NULL;

CREATE TABLE sales_lost_reasons (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL DEFAULT '',
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1,
    created_by TEXT REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1
);

-- A rule's task falls due offset_hours after its anchor: the deal entering
-- the stage, the deal's creation, or the first call, visit or meeting logged
-- for the deal's customer since the deal was created.
CREATE TABLE sop_rules (
    id           TEXT PRIMARY KEY,
    stage_id     TEXT NOT NULL REFERENCES sales_stages(id),
    title_zh     TEXT NOT NULL,
    title_en     TEXT NOT NULL DEFAULT '',
    anchor       TEXT NOT NULL CHECK (anchor IN ('stage_entered', 'deal_created', 'first_call')),
    offset_hours INTEGER NOT NULL CHECK (offset_hours BETWEEN 0 AND 8760),
    position     INTEGER NOT NULL DEFAULT 0,
    active       INTEGER NOT NULL DEFAULT 1,
    created_by   TEXT REFERENCES users(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX sop_rules_stage ON sop_rules(stage_id, position) WHERE deleted_at IS NULL;

-- status mirrors the stage's kind (open; won for won and after stages; lost)
-- so lists and reports need no join. reached_stage_id is the furthest stage
-- the deal has entered, which the funnel counts from. customer_id names the
-- customer area's record.
CREATE TABLE deals (
    id                TEXT PRIMARY KEY,
    customer_id       TEXT NOT NULL REFERENCES customers(id),
    title             TEXT NOT NULL,
    amount_minor      INTEGER NOT NULL DEFAULT 0 CHECK (amount_minor >= 0),
    currency          TEXT NOT NULL,
    expected_close_on TEXT NOT NULL DEFAULT '',
    owner_id          TEXT NOT NULL REFERENCES users(id),
    stage_id          TEXT NOT NULL REFERENCES sales_stages(id),
    stage_entered_at  TEXT NOT NULL,
    reached_stage_id  TEXT NOT NULL REFERENCES sales_stages(id),
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
    products          TEXT NOT NULL DEFAULT '[]', -- JSON [{productId, name}]
    budget_minor      INTEGER,                    -- NULL: not known yet
    decision_maker    TEXT NOT NULL DEFAULT '',
    purchase_timeline TEXT NOT NULL DEFAULT '',
    needs             TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    checklist_done    TEXT NOT NULL DEFAULT '{}', -- JSON {itemKey: {at, by}}
    won_at            TEXT,
    lost_at           TEXT,
    closed_at         TEXT,                       -- won_at or lost_at
    lost_reason_id    TEXT REFERENCES sales_lost_reasons(id),
    lost_stage_id     TEXT REFERENCES sales_stages(id),
    lost_note         TEXT NOT NULL DEFAULT '',
    quote_id          TEXT NOT NULL DEFAULT '',   -- the accepted quote that won it
    created_by        TEXT REFERENCES users(id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT,
    version           INTEGER NOT NULL DEFAULT 1
);
-- Indexes end in the columns of their partial condition (deleted_at, status)
-- because SQLite reads a query through an index alone only when the index
-- holds every column the query names.
-- The board and a rep's lists: one owner's deals by status and stage.
CREATE INDEX deals_board ON deals(owner_id, status, stage_id, expected_close_on, created_at, updated_at, closed_at,
    currency, amount_minor, deleted_at) WHERE deleted_at IS NULL;
-- Deals closed lately, per owner and across owners (the board's won, after-sales and lost columns).
CREATE INDEX deals_closed ON deals(owner_id, closed_at, stage_id, status, currency, amount_minor, deleted_at)
    WHERE closed_at IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX deals_closed_at ON deals(closed_at, stage_id, owner_id, status, currency, amount_minor, deleted_at)
    WHERE closed_at IS NOT NULL AND deleted_at IS NULL;
-- Open deals by stage: the pipeline, and the funnel's "still in this stage".
CREATE INDEX deals_open ON deals(stage_id, created_at, owner_id, expected_close_on, currency, amount_minor, status,
    deleted_at) WHERE status = 'open' AND deleted_at IS NULL;
-- The funnel: how far the deals created in a period got, and where and why they were lost.
CREATE INDEX deals_reached ON deals(reached_stage_id, created_at, owner_id, currency, amount_minor, deleted_at)
    WHERE deleted_at IS NULL;
CREATE INDEX deals_lost ON deals(lost_stage_id, lost_reason_id, created_at, owner_id, currency, amount_minor, status,
    deleted_at) WHERE status = 'lost' AND deleted_at IS NULL;
-- Wins by time, across owners and per owner: the trend, month to date, the appraisal.
CREATE INDEX deals_won ON deals(won_at, owner_id, currency, amount_minor, deleted_at)
    WHERE won_at IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX deals_won_by_owner ON deals(owner_id, won_at, currency, amount_minor, deleted_at)
    WHERE won_at IS NOT NULL AND deleted_at IS NULL;
-- The funnel of one rep or team reads their own deals of the period at once.
CREATE INDEX deals_by_owner_created ON deals(owner_id, created_at, reached_stage_id, stage_id, status, lost_stage_id,
    lost_reason_id, currency, amount_minor, deleted_at) WHERE deleted_at IS NULL;
CREATE INDEX deals_customer ON deals(customer_id, created_at) WHERE deleted_at IS NULL;
CREATE INDEX deals_updated ON deals(updated_at) WHERE deleted_at IS NULL;

-- One row each time a deal enters a stage: an append-only fact. It keeps how
-- long the deal spent in the stage it left and who owned the deal then.
CREATE TABLE deal_stage_history (
    id              TEXT PRIMARY KEY,
    deal_id         TEXT NOT NULL REFERENCES deals(id),
    owner_id        TEXT NOT NULL REFERENCES users(id),
    at              TEXT NOT NULL,
    actor_id        TEXT REFERENCES users(id),  -- NULL: moved automatically (a quote was accepted)
    action          TEXT NOT NULL CHECK (action IN ('create', 'move', 'win', 'lose')),
    from_stage_id   TEXT REFERENCES sales_stages(id),
    to_stage_id     TEXT NOT NULL REFERENCES sales_stages(id),
    from_entered_at TEXT,
    seconds_in_from INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX deal_stage_history_deal ON deal_stage_history(deal_id, at);

-- The stays that ended each day (the company's calendar), per stage and
-- owner: derived from deal_stage_history as it is written, so the funnel's
-- days per stage read a few thousand rows instead of every move. Never synced.
CREATE TABLE sales_stage_days (
    stage_id TEXT NOT NULL,
    day      TEXT NOT NULL, -- YYYY-MM-DD
    owner_id TEXT NOT NULL,
    exits    INTEGER NOT NULL,
    seconds  INTEGER NOT NULL,
    PRIMARY KEY (stage_id, day, owner_id)
) WITHOUT ROWID;

-- A task copies its rule's title, anchor and offset when it is made, so that
-- editing a rule never rewrites history. It waits (no due_at) until its
-- anchor event happens; done_at or closed_at (the deal closed or was deleted
-- first) end it.
CREATE TABLE sop_tasks (
    id           TEXT PRIMARY KEY,
    deal_id      TEXT NOT NULL REFERENCES deals(id),
    rule_id      TEXT NOT NULL REFERENCES sop_rules(id),
    stage_id     TEXT NOT NULL REFERENCES sales_stages(id),
    assignee_id  TEXT NOT NULL REFERENCES users(id),
    title_zh     TEXT NOT NULL,
    title_en     TEXT NOT NULL DEFAULT '',
    anchor       TEXT NOT NULL,
    offset_hours INTEGER NOT NULL,
    anchor_at    TEXT,
    due_at       TEXT,
    status       TEXT NOT NULL CHECK (status IN ('waiting', 'open', 'done', 'closed')),
    done_at      TEXT,
    done_by      TEXT REFERENCES users(id),
    note         TEXT NOT NULL DEFAULT '',
    closed_at    TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX sop_tasks_one_per_rule ON sop_tasks(deal_id, rule_id) WHERE deleted_at IS NULL;
CREATE INDEX sop_tasks_deal ON sop_tasks(deal_id, status, due_at, deleted_at) WHERE deleted_at IS NULL;
-- Open tasks by person and due time (today, overdue, notifications), and
-- by due time across people (overdue tasks by rep).
CREATE INDEX sop_tasks_open ON sop_tasks(assignee_id, status, due_at, deleted_at) WHERE status = 'open' AND deleted_at IS NULL;
CREATE INDEX sop_tasks_open_due ON sop_tasks(status, due_at, assignee_id, deleted_at) WHERE status = 'open' AND deleted_at IS NULL;
-- A person's tasks that fell due in a month, with how they ended (compliance).
CREATE INDEX sop_tasks_due ON sop_tasks(assignee_id, due_at, status, done_at, closed_at, deleted_at)
    WHERE due_at IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX sop_tasks_waiting ON sop_tasks(status, anchor, deal_id, offset_hours, deleted_at)
    WHERE status = 'waiting' AND deleted_at IS NULL;

-- The standard seven stages, won and lost. Ids are fixed so that devices
-- seeded apart still merge them as one record.
INSERT INTO sales_stages(id, code, kind, position, name_zh, name_en, goal_zh, goal_en, probability_bp, checklist, created_at, updated_at) VALUES
    ('0190b000-0000-7000-8000-000000000001', 'lead', 'open', 1, '潜在客户识别', 'Lead identification',
     '判断对方是否属于目标客户、是否可能有需求', 'Decide whether the lead fits our customers and may need what we sell', 500,
     '[{"key":"lead.fit","kind":"check","field":"","labelZh":"已确认客户符合目标客户画像","labelEn":"The lead fits our target customer profile"}]',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000002', 'first_contact', 'open', 2, '初步接触', 'First contact',
     '与关键联系人建立联系，摸清基本情况', 'Reach the key contact and learn the basics', 1000,
     '[{"key":"first_contact.talked","kind":"check","field":"","labelZh":"已与关键联系人通话或见面","labelEn":"Spoke with or met the key contact"},{"key":"first_contact.tasks","kind":"tasks","field":"","labelZh":"本阶段 SOP 任务已完成","labelEn":"This stage''s SOP tasks are done"}]',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000003', 'needs_analysis', 'open', 3, '需求分析', 'Needs analysis',
     '弄清需求、预算、决策人和采购时间', 'Pin down the needs, budget, decision-maker and timeline', 2000,
     '[{"key":"needs_analysis.needs","kind":"field","field":"needs","labelZh":"客户需求","labelEn":"Customer needs"},{"key":"needs_analysis.budget","kind":"field","field":"budgetMinor","labelZh":"预算","labelEn":"Budget"},{"key":"needs_analysis.decisionMaker","kind":"field","field":"decisionMaker","labelZh":"决策人","labelEn":"Decision-maker"},{"key":"needs_analysis.timeline","kind":"field","field":"purchaseTimeline","labelZh":"采购时间表","labelEn":"Purchase timeline"}]',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000004', 'proposal', 'open', 4, '方案制定', 'Proposal',
     '拿出贴合需求的方案并得到客户认可', 'Put forward a solution that fits and get it accepted in principle', 4000,
     '[{"key":"proposal.products","kind":"field","field":"products","labelZh":"意向产品","labelEn":"Products of interest"},{"key":"proposal.sent","kind":"check","field":"","labelZh":"方案已提交客户","labelEn":"The proposal went to the customer"}]',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000005', 'quotation', 'open', 5, '报价', 'Quotation',
     '给出正式报价并确认预计成交时间', 'Give a formal price and agree when the deal should close', 6000,
     '[{"key":"quotation.amount","kind":"field","field":"amountMinor","labelZh":"商机金额","labelEn":"Deal amount"},{"key":"quotation.close","kind":"field","field":"expectedCloseOn","labelZh":"预计成交日期","labelEn":"Expected close date"},{"key":"quotation.sent","kind":"check","field":"","labelZh":"报价单已发送客户","labelEn":"The quote went to the customer"}]',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000006', 'negotiation', 'open', 6, '谈判与签约', 'Negotiation and signing',
     '就价格与条款达成一致并签订合同', 'Agree on price and terms and sign the contract', 8000,
     '[{"key":"negotiation.signed","kind":"check","field":"","labelZh":"合同已签订","labelEn":"The contract is signed"}]',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000007', 'won', 'won', 1, '赢单', 'Won',
     '确认成交，把订单交接给交付', 'Confirm the sale and hand the order over for delivery', 10000,
     '[{"key":"won.handover","kind":"check","field":"","labelZh":"订单已交接给交付团队","labelEn":"The order was handed over for delivery"}]',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000008', 'after_sales', 'after', 1, '售后服务', 'After-sales service',
     '按时交付、验收，并回访客户满意度', 'Deliver on time, get sign-off and check satisfaction', 10000, '[]',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000009', 'lost', 'lost', 1, '输单', 'Lost',
     '记录输单原因，供复盘改进', 'Record why the deal was lost, to learn from it', 0, '[]',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');

INSERT INTO sop_rules(id, stage_id, title_zh, title_en, anchor, offset_hours, position, created_at, updated_at) VALUES
    ('0190b000-0000-7000-8000-000000000101', '0190b000-0000-7000-8000-000000000001',
     '3 天内完成客户背景调查', 'Research the lead''s background within 3 days', 'stage_entered', 72, 1,
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000102', '0190b000-0000-7000-8000-000000000002',
     '2 天内完成首次电话联系', 'Make the first call within 2 days', 'stage_entered', 48, 1,
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000103', '0190b000-0000-7000-8000-000000000002',
     '首次通话后 24 小时内发送感谢邮件', 'Send a thank-you email within 24 hours of the first call', 'first_call', 24, 2,
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000104', '0190b000-0000-7000-8000-000000000003',
     '5 天内记录预算、决策人和采购时间表', 'Record budget, decision-maker and timeline within 5 days', 'stage_entered', 120, 1,
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000105', '0190b000-0000-7000-8000-000000000004',
     '7 天内提交解决方案', 'Submit the proposal within 7 days', 'stage_entered', 168, 1,
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000106', '0190b000-0000-7000-8000-000000000005',
     '报价后 3 天内电话跟进', 'Follow the quote up by phone within 3 days', 'stage_entered', 72, 1,
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000107', '0190b000-0000-7000-8000-000000000006',
     '5 天内确认合同条款', 'Settle the contract terms within 5 days', 'stage_entered', 120, 1,
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000108', '0190b000-0000-7000-8000-000000000007',
     '成交后 1 天内发送感谢信', 'Send a thank-you letter within a day of the win', 'stage_entered', 24, 1,
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000109', '0190b000-0000-7000-8000-000000000008',
     '7 天内回访客户满意度', 'Check the customer''s satisfaction within 7 days', 'stage_entered', 168, 1,
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');

INSERT INTO sales_lost_reasons(id, code, name_zh, name_en, position, created_at, updated_at) VALUES
    ('0190b000-0000-7000-8000-000000000201', 'price', '价格过高', 'Price too high', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000202', 'competitor', '选择了竞争对手', 'Chose a competitor', 2, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000203', 'budget', '预算不足', 'No budget', 3, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000204', 'cancelled', '需求取消或搁置', 'Need dropped or postponed', 4, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000205', 'no_response', '客户失去联系', 'Customer stopped responding', 5, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000206', 'product_fit', '产品不满足需求', 'Product did not fit', 6, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190b000-0000-7000-8000-000000000207', 'other', '其他', 'Other', 7, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
