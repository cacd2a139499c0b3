// What each role sees in the sales and customer areas, on the real app: the
// owner arranges a manager with one rep in their team and one outside it,
// each rep with a customer and a deal, and a pool customer; then the rep
// sees only their own deal, customers and tasks (no setup tab, no owner
// filter, the other rep's deal and customer refused by URL), and the manager
// sees their team's deal and cards but not the other rep's.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, shot, signInAsOwner, call, owner } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

// Seeded lead stage (backend/store/migrations/0005_sales.sql).
const LEAD = '0190b000-0000-7000-8000-000000000001'

const password = 'steady-role1'
const manager = { name: '孙丽华', login: 'sun.lihua', role: 'manager', level: 'senior' }
// Rep A works in the manager's team; rep B reports to the owner directly.
const repA = { name: '何佳怡', login: 'he.jiayi', role: 'rep', level: 'junior', customer: '嘉兴禾田粮油有限公司', deal: '禾田粮油仓储温控系统' }
const repB = { name: '郑凯文', login: 'zheng.kaiwen', role: 'rep', level: 'junior', customer: '绍兴越秀纺织有限公司', deal: '越秀纺织车间能耗监测' }
const pool = '宁波港城冷链物流有限公司'
// Every customer of this file carries the tag, so the list can be narrowed to them.
const tag = '春季展会'
const overdueRule = '当天回电确认采购需求'
const ids = {}
let startLanguage = 'zh-CN'

const pad = (x) => String(x).padStart(2, '0')
function daysAgo(n) {
  const d = new Date()
  d.setDate(d.getDate() - n)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

async function language(lang) {
  await page.getByTestId(`language-${lang}`).click()
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
}

/** Lets transitions and toasts finish so a screenshot shows the resting state. */
async function settled(name, ready) {
  await page.locator('.n-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
  if (ready) await page.getByTestId(ready).first().waitFor({ timeout: 60000 })
  await page.waitForTimeout(500)
  await shot(page, name)
}

async function signIn(login, pw) {
  await page.getByTestId('sign-out').click()
  await page.getByTestId('login-view').waitFor()
  await page.getByTestId('login-login').fill(login)
  await page.getByTestId('login-password').fill(pw)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('app-shell').waitFor()
}

/** Goes to a route the way a pasted link or a bookmark would. */
async function visit(path) {
  await page.evaluate((p) => (window.location.hash = p), `#${path}`)
}

async function createUser(u, managerId) {
  const made = await call(page, 'Users', 'Create', {
    id: '', name: u.name, login: u.login, password, role: u.role, level: u.level,
    managerId, hireDate: daysAgo(300), phone: '', email: '', active: true, version: 0,
  })
  return made.id
}

async function createCustomer(name, ownerId) {
  const c = await call(page, 'Customers', 'Create', {
    id: '', kind: 'company', name, ownerId, stage: 'prospect', source: '', industry: '', region: '浙江', city: '',
    address: '', phone: '', email: '', wechat: '', tags: [tag], notes: '', contacts: [], version: 0,
  })
  return c.id
}

async function createDeal(title, customerId, ownerId) {
  const d = await call(page, 'Sales', 'CreateDeal', {
    id: '', version: 0, customerId, title, amountMinor: 6_800_000, currency: '', expectedCloseOn: '',
    ownerId, stageId: '', products: [], decisionMaker: '', purchaseTimeline: '', needs: '', notes: '',
  })
  return d.id
}

const cards = () => page.getByTestId('deal-card-title')
const rowNames = () => page.getByTestId('customer-row').evaluateAll((rs) => rs.map((r) => r.dataset.name))

/** The sales board with every card in scope loaded. */
async function board() {
  await page.getByTestId('nav-sales').click()
  await page.getByTestId('sales-tab-board').click()
  await page.locator(`[data-testid="board-column"][data-stage="${LEAD}"]`).waitFor()
}

/** The customer list narrowed to this file's customers by their tag. */
async function taggedCustomers() {
  await page.getByTestId('nav-customers').click()
  await page.getByTestId('customer-list').waitFor()
  await page.getByTestId('customer-filter-tag').fill(tag)
  await page.getByTestId('customer-row').filter({ hasText: pool }).waitFor()
  return rowNames()
}

test('arrange: a manager, a rep in their team and one outside it, each with a customer and a deal', async () => {
  await signInAsOwner(page)
  startLanguage = await page.evaluate(() => document.documentElement.lang || 'zh-CN')
  await language('zh-CN')
  ids.manager = await createUser(manager, '')
  ids.repA = await createUser(repA, ids.manager)
  ids.repB = await createUser(repB, '')
  // A rule due at once leaves each new deal with an overdue task, for the team's overdue card.
  ids.rule = await call(page, 'Sales', 'SaveRule', {
    id: '', version: 0, stageId: LEAD, titleZh: overdueRule, titleEn: 'Call back the same day to confirm the need',
    anchor: 'deal_created', offsetHours: 0, position: 9, active: true,
  })
  ids.customerA = await createCustomer(repA.customer, ids.repA)
  ids.customerB = await createCustomer(repB.customer, ids.repB)
  ids.dealA = await createDeal(repA.deal, ids.customerA, ids.repA)
  ids.dealB = await createDeal(repB.deal, ids.customerB, ids.repB)
  ids.pool = await createCustomer(pool, '')
  const held = await call(page, 'Customers', 'Get', ids.pool)
  await call(page, 'Customers', 'Release', ids.pool, held.version, '暂无采购计划')
})

test('the rep\'s board: only their own deal, no setup tab and no owner filter', async () => {
  await signIn(repA.login, password)
  await board()
  await cards().filter({ hasText: repA.deal }).waitFor()
  assert.deepEqual(await cards().allInnerTexts(), [repA.deal])
  assert.equal(await page.getByTestId('sales-tab-setup').count(), 0)
  assert.equal(await page.getByTestId('sales-owner-filter').count(), 0)
  await settled('roles-rep-board-zh', 'deal-card')
  // The deal list and the tasks tab hold the same scope.
  await page.getByTestId('sales-tab-list').click()
  const rows = page.getByTestId('deal-row')
  await rows.filter({ hasText: repA.deal }).waitFor()
  assert.equal(await rows.count(), 1)
  assert.equal(await page.getByTestId('sales-owner-filter').count(), 0)
})

test('the rep opening the other rep\'s deal or customer by URL gets a refusal, not their data', async () => {
  await visit(`/sales/deals/${ids.dealB}`)
  await page.getByTestId('deal-not-found').waitFor()
  assert.equal(await page.getByText(repB.deal).count(), 0)
  assert.equal(await page.getByText(repB.customer).count(), 0)
  await page.getByTestId('deal-not-found').filter({ hasText: '不在你的查看范围内' }).waitFor()
  await settled('roles-rep-forbidden-deal-zh', 'deal-not-found')
  await language('en')
  await page.getByTestId('deal-not-found').filter({ hasText: 'Deal not found' }).waitFor()
  await settled('roles-rep-forbidden-deal-en', 'deal-not-found')
  await language('zh-CN')
  // The way out leads back to the rep's own board.
  await page.getByTestId('deal-not-found-back').click()
  await cards().filter({ hasText: repA.deal }).waitFor()
  // The setup page is the owner's: by URL it only says so.
  await visit('/sales/setup')
  await page.getByTestId('setup-owner-only').waitFor()
  assert.equal(await page.getByTestId('setup-stage-row').count(), 0)

  await visit(`/customers/${ids.customerB}`)
  await page.getByTestId('customer-missing').waitFor()
  assert.equal(await page.getByText(repB.customer).count(), 0)
})

test('the rep\'s customers: their own and the pool\'s, not the other rep\'s', async () => {
  const names = await taggedCustomers()
  assert.ok(names.includes(repA.customer), `${repA.customer} in ${names}`)
  assert.ok(!names.includes(repB.customer), `${repB.customer} not in ${names}`)
  await settled('roles-rep-customers-zh', 'customer-row')
  await page.getByTestId('customer-filter-clear').click()

  // The search box finds the rep's own customer and not the other rep's.
  await page.getByTestId('customer-search').fill('越秀纺织')
  await page.getByTestId('customer-search-empty').waitFor()
  await page.getByTestId('customer-search').fill('禾田粮油')
  await page.locator(`[data-testid="customer-search-hit"][data-id="${ids.customerA}"]`).waitFor()
  await page.getByTestId('customer-search').fill('')
})

test('the rep\'s reports: SOP compliance lists only themselves', async () => {
  await page.getByTestId('nav-sales').click()
  await page.getByTestId('sales-tab-reports').click()
  const rows = page.getByTestId('report-compliance-row')
  await rows.filter({ hasText: repA.name }).waitFor()
  assert.equal(await rows.count(), 1)
  await page.getByTestId('report-funnel-chart').locator('canvas').waitFor()
  assert.equal(await page.getByTestId('report-scope').count(), 0)
  assert.equal(await page.locator('.n-message--error-type').count(), 0)
})

test('the rep\'s dashboard: their own tasks, no team cards', async () => {
  await page.getByTestId('nav-dashboard').click()
  const tasks = page.getByTestId('dashboard-sales-task')
  await tasks.filter({ hasText: overdueRule }).filter({ hasText: repA.deal }).first().waitFor()
  assert.equal(await tasks.filter({ hasText: repB.deal }).count(), 0)
  assert.equal(await page.getByTestId('dashboard-team-overdue').count(), 0)
  await settled('roles-rep-dashboard-zh', 'dashboard-sales-pipeline')
})

test('the manager\'s board: the team rep\'s deal, not the other rep\'s; the filter names only the team', async () => {
  await signIn(manager.login, password)
  await board()
  await cards().filter({ hasText: repA.deal }).waitFor()
  assert.equal(await cards().filter({ hasText: repB.deal }).count(), 0)
  await page.getByTestId('sales-owner-filter').click()
  const options = page.locator('.n-base-select-option:visible')
  await options.filter({ hasText: repA.name }).waitFor()
  assert.equal(await options.filter({ hasText: repB.name }).count(), 0)
  await page.keyboard.press('Escape')
  await settled('roles-manager-board-zh', 'deal-card')

  const names = await taggedCustomers()
  assert.ok(names.includes(repA.customer), `${repA.customer} in ${names}`)
  assert.ok(!names.includes(repB.customer), `${repB.customer} not in ${names}`)
  await page.getByTestId('customer-filter-clear').click()

  await visit(`/sales/deals/${ids.dealB}`)
  await page.getByTestId('deal-not-found').waitFor()
  assert.equal(await page.getByText(repB.customer).count(), 0)
})

test('the manager\'s dashboard: the team cards count the team rep, not the other rep', async () => {
  await page.getByTestId('nav-dashboard').click()
  const overdue = page.getByTestId('dashboard-team-overdue-rep')
  await overdue.filter({ hasText: repA.name }).waitFor()
  assert.equal(await overdue.filter({ hasText: repB.name }).count(), 0)
  await page.getByTestId('dashboard-team-funnel').locator('canvas').waitFor()
  await page.getByTestId('dashboard-sales-month').waitFor()
  assert.match(await page.getByTestId('dashboard-sales-month').innerText(), /团队/)
  await settled('roles-manager-dashboard-zh', 'dashboard-team-funnel')
})

test('tidy up: back as the owner, the rule retired, in the first language', async () => {
  await signIn(owner.login, owner.password)
  const rule = ids.rule
  await call(page, 'Sales', 'DeleteRule', rule.id, rule.version)
  await language(startLanguage === 'en' ? 'en' : 'zh-CN')
})
