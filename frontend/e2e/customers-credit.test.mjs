// A visit's credit follows the visits that exist: deleting the only visit
// takes the customer's last contact back to "never" (so the pool rule and the
// revisit it completed count as if it never happened), and a visit dated
// further back than the window is refused under its date, unless the owner
// gives a reason. A revisit fallen due (the owner shortens the cadence and
// the test build lets three days pass) goes from the Today list when a visit
// is logged and comes back when that visit is deleted.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, shot, feedbackOf, signInAsOwner, call } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

const customer = '澄江远帆船舶配件有限公司'
const ids = {}

/** Local calendar day n days from today, as YYYY-MM-DD. */
function day(n) {
  const d = new Date()
  d.setDate(d.getDate() + n)
  const pad = (x) => String(x).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

async function language(lang) {
  await page.getByTestId(`language-${lang}`).click()
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
}

test('arrange: the owner, in Chinese, with a new customer', async () => {
  await signInAsOwner(page)
  await language('zh-CN')
  const c = await call(page, 'Customers', 'Create', { kind: 'company', name: customer, stage: 'lead', tags: [], contacts: [] })
  ids.customer = c.id
  await page.evaluate((id) => (location.hash = `#/customers/${id}`), c.id)
  await page.getByTestId('customer-name').filter({ hasText: customer }).waitFor()
  await page.getByTestId('customer-owner').filter({ hasText: '最近联系：从未联系' }).waitFor()
})

test('deleting the only visit takes the last contact back to never', async () => {
  await page.getByTestId('customer-activity-summary').fill('上门拜访，确认了明年的配件需求')
  await page.getByTestId('customer-activity-kind-visit').click()
  await page.getByTestId('customer-activity-save').click()
  const entry = page.getByTestId('customer-timeline-entry').filter({ hasText: '确认了明年的配件需求' })
  await entry.waitFor()
  await page.getByTestId('customer-owner').filter({ hasText: '最近联系：今天' }).waitFor()

  await entry.getByTestId('customer-activity-delete').click()
  await page.getByTestId('customer-confirm-ok').click()
  await entry.waitFor({ state: 'detached' })
  await page.getByTestId('customer-owner').filter({ hasText: '最近联系：从未联系' }).waitFor()
  const c = await call(page, 'Customers', 'Get', ids.customer)
  assert.equal(c.lastContactAt, '')
  await shot(page, 'customers-credit-deleted-visit-zh')
})

test('a visit dated beyond the window is refused under the date; the owner may go on with a reason', async () => {
  await page.getByTestId('customer-activity-summary').fill('补记上周的电话回访')
  await page.getByTestId('customer-activity-earlier').click()
  await page.getByTestId('customer-activity-atDay').fill(day(-6))
  await page.getByTestId('customer-activity-atTime').fill('10:00')
  await page.getByTestId('customer-activity-save').click()
  await feedbackOf(page, 'customer-activity-atDay').filter({ hasText: '最多只能补记 3 天内的跟进' }).waitFor()
  await shot(page, 'customers-credit-backdate-zh')

  await language('en')
  await page.getByTestId('customer-activity-save').click()
  await feedbackOf(page, 'customer-activity-atDay').filter({ hasText: 'Can be dated at most 3 days back' }).waitFor()
  await shot(page, 'customers-credit-backdate-en')
  await language('zh-CN')

  await page.getByTestId('customer-activity-backdateReason').fill('出差回来补录')
  await page.getByTestId('customer-activity-save').click()
  await page.getByTestId('customer-timeline-entry').filter({ hasText: '补记上周的电话回访' }).waitFor()
  const page1 = await call(page, 'Customers', 'Timeline', ids.customer, 5, '')
  const a = page1.entries.find((e) => e.kind === 'activity')
  assert.ok(a.activity.at.startsWith(day(-6).slice(0, 4)))
})

/** The Today tab's revisit entry for the customer. */
const dueToday = () => page.locator(`[data-testid="customer-today-revisit"][data-customer-id="${ids.customer}"]`)

async function openToday() {
  await page.evaluate(() => (location.hash = '#/customers/today'))
  await page.getByTestId('customer-today-list').waitFor()
  await page.getByTestId('customer-today-refresh').click()
}

test('deleting a visit brings back the revisit it completed', async () => {
  // A two-day cadence, then three days pass (e2e builds only): the revisit
  // counted from the customer's creation is a day overdue.
  const rules = await call(page, 'Customers', 'Settings')
  await call(page, 'Customers', 'SaveSettings', { ...rules, revisit: { ...rules.revisit, ordinary: 2 } })
  await call(page, 'System', 'ShiftTestClock', 72)
  await openToday()
  await dueToday().waitFor()

  await page.evaluate((id) => (location.hash = `#/customers/${id}`), ids.customer)
  await page.getByTestId('customer-activity-summary').fill('上门回访，客户确认了报价方向')
  await page.getByTestId('customer-activity-kind-visit').click()
  await page.getByTestId('customer-activity-save').click()
  const entry = page.getByTestId('customer-timeline-entry').filter({ hasText: '客户确认了报价方向' })
  await entry.waitFor()
  await openToday()
  await page.getByTestId('customer-today-revisits-empty').waitFor()
  assert.equal(await dueToday().count(), 0)

  await page.evaluate((id) => (location.hash = `#/customers/${id}`), ids.customer)
  await entry.getByTestId('customer-activity-delete').click()
  await page.getByTestId('customer-confirm-ok').click()
  await entry.waitFor({ state: 'detached' })
  await openToday()
  await dueToday().waitFor()
  await shot(page, 'customers-credit-revisit-back-zh')
})
