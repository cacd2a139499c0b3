// The approvals inbox: a rep submits a quote over their discount limit; their
// manager signs in to a badge on the sidebar, a notice and a dashboard card,
// sees the margin against cost, and approves from the inbox (Esc closes the
// dialog first); the rep then finds the answer with its note the same way
// and clears it. The rep is never shown cost or margin. Screenshots of the
// badge and the inbox in zh-CN and en.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, shot, signInAsOwner, call, owner } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

const manager = { name: '钱丽华', login: 'inbox.manager', password: 'steady-mgr1' }
const rep = { name: '孙浩然', login: 'inbox.rep', password: 'steady-rep1' }
let startLanguage = 'zh-CN'
let held = { id: '', number: '' }

async function language(lang) {
  await page.getByTestId(`language-${lang}`).click()
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
}

async function settled(name) {
  await page.locator('.n-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
  await page.waitForTimeout(400)
  await shot(page, name)
}

async function signOut() {
  await page.getByTestId('sign-out').click()
  await page.getByTestId('login-view').waitFor()
}

async function signIn(who) {
  await page.getByTestId('login-login').fill(who.login)
  await page.getByTestId('login-password').fill(who.password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('app-shell').waitFor()
}

const item = () => page.locator(`[data-testid="inbox-item"][data-record="${held.id}"]`)

test('arrange: a manager, their rep and a 4,200.00 printer costing 3,000.00 with a 3,800.00 floor', async () => {
  await signInAsOwner(page)
  startLanguage = await page.evaluate(() => document.documentElement.lang || 'zh-CN')
  const m = await call(page, 'Users', 'Create', {
    id: '', name: manager.name, login: manager.login, password: manager.password, role: 'manager', level: 'senior',
    managerId: '', hireDate: '', phone: '', email: '', active: true, version: 0,
  })
  await call(page, 'Users', 'Create', {
    id: '', name: rep.name, login: rep.login, password: rep.password, role: 'rep', level: 'junior',
    managerId: m.id, hireDate: '', phone: '', email: '', active: true, version: 0,
  })
  const p = await call(page, 'Catalog', 'CreateProduct', {
    id: '', sku: 'LP-4200', nameZh: '激光打印机', nameEn: 'Laser printer', spec: 'A4 黑白 42 页/分钟', unit: '台',
    category: '办公设备', currency: 'CNY', listPriceMinor: 420000, costMinor: 300000, floorPriceMinor: 380000,
    taxRateBp: 1300, active: true, imageDataUrl: '', keepImage: false, version: 0,
  })
  // The owner's dashboard shows the approvals card, empty: nothing waits for them.
  await page.getByTestId('dashboard-inbox-empty').waitFor()
  assert.equal(await page.getByTestId('nav-inbox-badge').count(), 0)
  await signOut()

  // The rep writes the quote (the builder has its own tests): 3,500.00, under the floor and over their limit.
  await signIn(rep)
  const q = await call(page, 'Quotes', 'Create', {
    id: '', version: 0, language: 'zh-CN', customerId: '', customerName: '绍兴柯桥锦程纺织有限公司', customerAddress: '',
    contactName: '', contactPhone: '', contactEmail: '', dealId: '', currency: '', priceListId: '', taxIncluded: true,
    discountBp: 0, charges: [], issueDate: '', validUntil: '', paymentTerms: '', deliveryTerms: '', warrantyTerms: '',
    notes: '', lines: [{ id: '', productId: p.id, sku: '', name: '', spec: '', unit: '', qtyMilli: 1000, unitPriceMinor: 350000,
      catalogPrice: false, discountBp: 0, taxRateBp: 1300 }],
  })
  held = { id: q.id, number: q.number }
})

test('a rep submits a quote over the limit and the manager sees the badge and approves from the inbox', async () => {
  await language('zh-CN')
  await page.goto(`${page.url().split('#')[0]}#/quotes/${held.id}`)
  await page.getByTestId('quote-submit').click()
  await page.getByTestId('quote-pending-banner').waitFor()
  // Nothing waits for the rep: no badge, and their inbox is empty.
  await page.getByTestId('nav-inbox').click()
  await page.getByTestId('inbox-empty').waitFor()
  assert.equal(await page.getByTestId('nav-inbox-badge').count(), 0)
  await signOut()

  // At sign-in the manager learns it: badge, notice, dashboard card.
  await signIn(manager)
  await page.getByTestId('nav-inbox-badge').filter({ hasText: '1' }).waitFor()
  const notice = page.getByTestId('inbox-notice')
  await notice.waitFor()
  assert.match(await notice.innerText(), new RegExp(`${held.number}.*绍兴柯桥锦程纺织有限公司.*¥3,500\\.00.*${rep.name}`))
  await page.locator('.n-notification').filter({ hasText: '有报价等待你审批' }).waitFor()
  const card = page.getByTestId('dashboard-inbox')
  await card.getByTestId('dashboard-inbox-item').filter({ hasText: held.number }).waitFor()
  await settled('approvals-badge-manager-zh')

  await page.getByTestId('nav-inbox').click()
  await item().waitFor()
  const row = await item().innerText()
  assert.match(row, /待你审批/)
  assert.match(row, new RegExp(`${rep.name} 提交于`))
  assert.match(row, /¥3,500\.00/)
  assert.match(row, /毛利率 14\.29%/, 'the manager sees the margin against cost (3,500 vs 3,000, both with 13 % tax)')
  assert.match(row, /低于底价/)
  assert.match(row, /折扣超出权限/)
  await settled('approvals-inbox-manager-zh')
  await language('en')
  await item().filter({ hasText: 'Waiting for you' }).waitFor()
  assert.match(await item().innerText(), /Margin 14\.29%/)
  await page.getByTestId('nav-inbox').filter({ hasText: 'Approvals' }).waitFor()
  await page.locator('.n-notification').filter({ hasText: 'A quote waits for your approval' }).waitFor()
  await settled('approvals-inbox-manager-en')
  await language('zh-CN')

  // Esc closes the dialog without deciding; then the approval with a note.
  await item().getByTestId('inbox-approve').click()
  const dialog = page.getByTestId('quote-decision')
  await dialog.waitFor()
  await page.getByTestId('quote-decision-note').fill('老客户，同意这个价')
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
  assert.equal(await item().count(), 1, 'Esc decided nothing')
  await item().getByTestId('inbox-approve').click()
  await dialog.waitFor()
  assert.equal(await page.getByTestId('quote-decision-note').inputValue(), '老客户，同意这个价', 'the note survived Esc')
  // The backend tells every open window that inboxes changed (here the same one).
  await page.evaluate(() => {
    window.__inboxChanged = new Promise((resolve) => window.runtime.EventsOnce('inbox:changed', () => resolve(true)))
  })
  await page.getByTestId('quote-decision-ok').click()
  assert.equal(await page.evaluate(() => window.__inboxChanged), true, 'inbox:changed was emitted on the decision')
  await item().waitFor({ state: 'detached' })
  await page.getByTestId('inbox-empty').waitFor()
  await page.getByTestId('nav-inbox-badge').waitFor({ state: 'detached' })
  const q = await call(page, 'Quotes', 'Get', held.id)
  assert.equal(q.status, 'approved')
  assert.equal(q.approvalNote, '老客户，同意这个价')
})

test('the rep then sees the answer, without cost, until they have read it', async () => {
  await signOut()
  await signIn(rep)
  await page.getByTestId('nav-inbox-badge').filter({ hasText: '1' }).waitFor()
  await page.locator('.n-notification').filter({ hasText: '你的报价已获批准' }).waitFor()
  await page.getByTestId('dashboard-inbox').getByTestId('dashboard-inbox-item').filter({ hasText: '已批准' }).waitFor()
  await settled('approvals-badge-rep-zh')
  await page.getByTestId('nav-inbox').click()
  await item().waitFor()
  const row = await item().innerText()
  assert.match(row, /已批准/)
  assert.match(row, new RegExp(`${manager.name} 于`))
  assert.match(row, /备注：老客户，同意这个价/)
  const view = await page.getByTestId('inbox-view').innerText()
  assert.doesNotMatch(view, /毛利|3,000|3,800/, 'the rep is shown neither cost, margin nor floor')
  await settled('approvals-inbox-rep-zh')
  await language('en')
  await item().filter({ hasText: 'Approved' }).waitFor()
  assert.match(await item().innerText(), /Note: 老客户，同意这个价/)
  await settled('approvals-inbox-rep-en')
  await language('zh-CN')

  await item().getByTestId('inbox-seen').click()
  await page.getByTestId('inbox-empty').waitFor()
  await page.getByTestId('nav-inbox-badge').waitFor({ state: 'detached' })
  // Read is read: a new sign-in does not bring it back.
  await signOut()
  await signIn(rep)
  await page.getByTestId('dashboard').waitFor()
  await page.waitForTimeout(1000)
  assert.equal(await page.getByTestId('nav-inbox-badge').count(), 0)
})

test('tidy up: back to the owner, in the language the suite had', async () => {
  await signOut()
  await signIn(owner)
  if (startLanguage === 'en' || startLanguage === 'zh-CN') await language(startLanguage)
})
