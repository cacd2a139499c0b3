// Customer 360 (issue 13 items 2 and 3), as a rep walks it: the customer's
// page shows its deals and quotes beside the story; a visit logged there and
// tied to the deal ticks the deal's SOP task that waits for a visit (seen on
// the deal's page, done at the visit's time); and a deal on a pool customer
// nobody has claimed is refused, in the backend and in the deal form, whose
// customer picker marks the pool customer and claims it in place.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, shot, signInAsOwner, call } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

const LEAD = '0190b000-0000-7000-8000-000000000001'
const password = 'steady-360-pass1'
const rep = { name: '许文博', login: 'xu.wenbo' }
const customer = '温州瓯江阀门制造有限公司'
const pool = '丽水青田石雕艺术品有限公司'
const dealTitle = '瓯江阀门 车间照明改造'
const visitRule = '3 天内上门拜访，确认现场条件'
const ids = {}

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

async function visit(path) {
  await page.evaluate((p) => (window.location.hash = p), `#${path}`)
}

async function settled(name, ready) {
  await page.locator('.n-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
  if (ready) await page.getByTestId(ready).first().waitFor({ timeout: 60000 })
  await page.waitForTimeout(500)
  await shot(page, name)
}

/** The i18n code a bound call was refused with. */
async function refusal(type, method, ...args) {
  try {
    await call(page, type, method, ...args)
  } catch (e) {
    return String(e?.message ?? e)
  }
  return ''
}

test('arrange: a rep with a customer, a deal and a quote, a pool customer, and a rule done by a visit', async () => {
  await signInAsOwner(page)
  await language('zh-CN')
  await page.setViewportSize({ width: 1280, height: 800 })
  const r = await call(page, 'Users', 'Create', {
    id: '', name: rep.name, login: rep.login, password, role: 'rep', level: 'junior', managerId: '',
    hireDate: daysAgo(200), phone: '', email: '', active: true, version: 0,
  })
  ids.rep = r.id
  await call(page, 'Sales', 'SaveRule', {
    id: '', version: 0, stageId: LEAD, titleZh: visitRule, titleEn: 'Visit within 3 days to check the site',
    anchor: 'stage_entered', offsetHours: 72, position: 5, active: true, doneByKind: 'visit',
  })
  const make = (name, ownerId, phone) => call(page, 'Customers', 'Create', {
    id: '', kind: 'company', name, ownerId, stage: 'prospect', source: '', industry: '机械制造', region: '浙江', city: '温州',
    address: '温州市龙湾区永强大道 88 号', phone, email: '', wechat: '', tags: [], notes: '', contacts: [], version: 0,
  })
  ids.customer = (await make(customer, ids.rep, '0577-8601 2345')).id
  const p = await make(pool, '', '0578-6602 3456')
  const held = await call(page, 'Customers', 'Get', p.id)
  await call(page, 'Customers', 'Release', p.id, held.version, '暂无采购计划')
  ids.pool = p.id
  const d = await call(page, 'Sales', 'CreateDeal', {
    id: '', version: 0, customerId: ids.customer, title: dealTitle, amountMinor: 12_800_000, currency: '', expectedCloseOn: '',
    ownerId: ids.rep, stageId: '', products: [], decisionMaker: '', purchaseTimeline: '', needs: '', notes: '',
  })
  ids.deal = d.id

  await page.getByTestId('sign-out').click()
  await page.getByTestId('login-view').waitFor()
  await page.getByTestId('login-login').fill(rep.login)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('app-shell').waitFor()
  const q = await call(page, 'Quotes', 'Create', {
    id: '', version: 0, language: 'zh-CN', customerId: ids.customer, customerName: customer, customerAddress: '', contactName: '',
    contactPhone: '', contactEmail: '', dealId: ids.deal, currency: '', priceListId: '', taxIncluded: true, discountBp: 0,
    charges: [], issueDate: '', validUntil: '', paymentTerms: '', deliveryTerms: '', warrantyTerms: '', notes: '',
    lines: [{ id: '', productId: '', sku: '', name: 'LED 工矿灯 150W', spec: 'IP65', unit: '盏', qtyMilli: 40_000,
      unitPriceMinor: 32_000, catalogPrice: false, discountBp: 0, taxRateBp: 1300 }],
  })
  ids.quote = q.id
  ids.quoteNumber = q.number
})

test('the customer page shows its deals and quotes beside the story, each opening its page', async () => {
  await visit(`/customers/${ids.customer}`)
  const dealRow = page.getByTestId('customer-deal-row').filter({ hasText: dealTitle })
  await dealRow.waitFor()
  assert.match(await dealRow.innerText(), /潜在客户识别/) // the first stage
  assert.match(await dealRow.innerText(), /128,000\.00/)
  const quoteRow = page.getByTestId('customer-quote-row').filter({ hasText: ids.quoteNumber })
  await quoteRow.waitFor()
  assert.match(await quoteRow.innerText(), /草稿/)
  // the rep may open both, and "new deal" / "new quote" are offered
  await page.getByTestId('customer-new-deal').waitFor()
  await page.getByTestId('customer-new-quote').waitFor()
  await settled('customer360-page-zh-1280', 'customer-deals')

  // New quote opens the builder with this customer filled in.
  await page.getByTestId('customer-new-quote').click()
  await page.getByTestId('quote-builder').waitFor()
  await page.waitForFunction((name) => document.querySelector('[data-testid="quote-customer"]')?.value === name, customer)
  await visit(`/customers/${ids.customer}`)
  await page.getByTestId('customer-deal-row').filter({ hasText: dealTitle }).getByRole('link').click()
  await page.getByTestId('deal-page').waitFor()
  await page.getByTestId('deal-title').filter({ hasText: dealTitle }).waitFor()
})

test('a visit tied to a deal ticks its SOP task', async () => {
  await visit(`/sales/deals/${ids.deal}`)
  const task = page.getByTestId('task-item').filter({ hasText: visitRule })
  await task.waitFor()
  assert.equal(await task.getAttribute('data-status'), 'open')

  await visit(`/customers/${ids.customer}`)
  await page.getByTestId('customer-activity-form').waitFor()
  await page.getByTestId('customer-activity-kind-visit').click()
  await page.getByTestId('customer-activity-deal').click()
  await page.locator(`[data-testid="activity-deal-option"][data-id="${ids.deal}"]`).click()
  await page.getByTestId('customer-activity-summary').fill('到厂区查看车间照明现状，客户希望月底前出方案')
  await page.getByTestId('customer-activity-save').click()
  await page.locator('.n-message').filter({ hasText: `已自动完成 SOP 任务「${visitRule}」` }).waitFor()

  const d = await call(page, 'Sales', 'Deal', ids.deal)
  const done = d.tasks.find((t) => t.titleZh === visitRule)
  assert.equal(done.status, 'done')
  assert.equal(done.doneBy, ids.rep)
  assert.ok(done.activityId, 'the task names the visit that did it')

  await visit(`/sales/deals/${ids.deal}`)
  const ticked = page.getByTestId('task-item').filter({ hasText: visitRule })
  await page.waitForFunction(
    (title) => [...document.querySelectorAll('[data-testid="task-item"]')].some((e) => e.textContent.includes(title) && e.dataset.status === 'done'),
    visitRule,
  )
  await ticked.getByTestId('task-done-at').waitFor()
  await settled('customer360-deal-task-done-zh', 'deal-page')
})

test('a rep is refused a deal on an unclaimed pool customer', async () => {
  // The backend refuses it whatever the screen does.
  const why = await refusal('Sales', 'CreateDeal', {
    id: '', version: 0, customerId: ids.pool, title: '青田石雕 展厅灯光', amountMinor: 0, currency: '', expectedCloseOn: '',
    ownerId: '', stageId: '', products: [], decisionMaker: '', purchaseTimeline: '', needs: '', notes: '',
  })
  assert.match(why, /validation\.claimBeforeDeal/)

  // The deal form's picker marks the pool customer; saving is refused with a translated reason beside the field.
  await page.getByTestId('nav-sales').click()
  await page.getByTestId('sales-board').waitFor()
  await page.getByTestId('deal-add').click()
  await page.getByTestId('deal-drawer').waitFor()
  await page.getByTestId('deal-form-customer').fill('青田石雕')
  const option = page.locator(`[data-testid="deal-customer-option"][data-id="${ids.pool}"]`)
  await option.waitFor()
  assert.match(await option.innerText(), /公海/)
  await option.click()
  await page.getByTestId('pool-claim').waitFor()
  await page.getByTestId('deal-form-title').fill('青田石雕 展厅灯光')
  await page.getByTestId('deal-form-save').click()
  await page.locator('.n-form-item', { has: page.getByTestId('deal-form-customer') }).getByText('该客户在公海中，请先领取再建商机').waitFor()
  await settled('customer360-pool-refused-zh', 'deal-drawer')

  // Claimed in place, the same form saves.
  await page.getByTestId('pool-claim-button').click()
  await page.getByTestId('pool-claim').waitFor({ state: 'detached' })
  await page.getByTestId('deal-form-save').click()
  await page.getByTestId('deal-drawer').waitFor({ state: 'hidden' })
  const mine = await call(page, 'Customers', 'Get', ids.pool)
  assert.equal(mine.ownerId, ids.rep)
  const page1 = await call(page, 'Sales', 'Deals', { ownerId: '', teamId: '', status: '', stageId: '', customerId: ids.pool,
    search: '', sort: '', desc: false, limit: 10, offset: 0 })
  assert.equal(page1.total, 1)
})
