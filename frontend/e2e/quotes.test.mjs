// The quoting path: a rep builds a three-line quote on site (keyboard only in
// the line table, one price below the floor, a whole-quote discount and a
// shipping charge), sees it held for approval, and their manager approves it
// so it can be exported; quotes name their customer's deals, and accepting
// one wins its deal or the deal made for it. Looked at in both languages.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launch, shot, signInAsOwner, call, owner, feedbackOf } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

const manager = { name: '郑国强', login: 'quote.manager', password: 'steady-mgr1' }
const rep = { name: '许晓峰', login: 'quote.rep', password: 'steady-rep1' }
const customer = '杭州云帆网络科技有限公司'
const ids = {}
let startLanguage = 'zh-CN'

// Expected figures of the quote below, produced by backend/money.ComputeTotals
// (tax included, 3 % quote discount, lines 2 × 2,800.00 @13 %, 305.5 × 4.50
// @13 %, 1 × 800.00 @6 %, shipping 50.00).
const expected = {
  lineAmounts: ['¥5,600.00', '¥1,374.75', '¥800.00'],
  subtotal: '¥7,774.75',
  discount: '-¥233.24',
  tax: '¥822.25',
  total: '¥7,591.51',
  totalMinor: 759151,
}

async function text(testId) {
  return (await page.getByTestId(testId).innerText()).trim()
}

async function focused() {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '')
}

async function waitFocus(testId) {
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, testId)
}

async function language(lang) {
  await page.getByTestId(`language-${lang}`).click()
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
}

/** Lets transitions and toasts finish so a screenshot shows the resting state. */
async function settled(name) {
  await page.locator('.n-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
  await page.waitForTimeout(400)
  await shot(page, name)
}

/** Fills and ticks everything the seeded checklists ask of a deal, as its rep would on the deal page. */
async function readyDeal(id) {
  let d = (await call(page, 'Sales', 'Deal', id))
  d = await call(page, 'Sales', 'UpdateDeal', {
    id: d.id, version: d.version, customerId: d.customerId, title: d.title, amountMinor: 1_000_00, currency: d.currency,
    expectedCloseOn: '2027-01-31', ownerId: d.ownerId, stageId: d.stageId, products: [{ productId: '', name: '无线 AP' }],
    budgetMinor: 5_000_000, decisionMaker: '采购部 王经理', purchaseTimeline: '年底前', needs: '仓库全覆盖', notes: '',
  })
  for (const key of ['lead.fit', 'first_contact.talked', 'proposal.sent', 'quotation.sent', 'negotiation.signed', 'won.handover']) {
    d = await call(page, 'Sales', 'TickChecklist', d.id, d.version, key, true)
  }
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

test('arrange: a manager, their rep, three catalog products and the rep\'s discount limit', async () => {
  await signInAsOwner(page)
  startLanguage = await page.evaluate(() => document.documentElement.lang || 'zh-CN')
  const m = await call(page, 'Users', 'Create', {
    id: '', name: manager.name, login: manager.login, password: manager.password, role: 'manager', level: 'senior',
    managerId: '', hireDate: '', phone: '', email: '', active: true, version: 0,
  })
  ids.manager = m.id
  const r = await call(page, 'Users', 'Create', {
    id: '', name: rep.name, login: rep.login, password: rep.password, role: 'rep', level: 'junior',
    managerId: m.id, hireDate: '', phone: '', email: '', active: true, version: 0,
  })
  ids.rep = r.id
  const product = (sku, nameZh, nameEn, spec, unit, list, floor, cost, rate) => ({
    id: '', sku, nameZh, nameEn, spec, unit, category: '网络设备', currency: 'CNY', listPriceMinor: list,
    costMinor: cost, floorPriceMinor: floor, taxRateBp: rate, active: true, imageDataUrl: '', keepImage: false, version: 0,
  })
  await call(page, 'Catalog', 'CreateProduct', product('Q-RT-500', '企业级千兆路由器', 'Enterprise gigabit router', 'RT-500 / 8 口', '台', 329900, 299900, 210000, 1300))
  await call(page, 'Catalog', 'CreateProduct', product('Q-CAB-6', '六类网线', 'Cat 6 cable', '305 米/箱', '米', 450, 380, 260, 1300))
  await call(page, 'Catalog', 'CreateProduct', product('Q-AP-60', '吸顶无线 AP', 'Ceiling access point', 'Wi-Fi 6', '台', 89900, 79900, 52000, 1300))
  // The rep's own limit (20 %) wins over their level's: only the floor price holds the quote. (The catalog
  // lines below are 15.1 % off; the full-price free-text line does not dilute that.)
  await call(page, 'Quotes', 'SetDiscountLimit', { id: '', scope: 'user', subject: r.id, subjectName: '', maxDiscountBp: 2000, version: 0 })
})

test('the owner keeps the catalog: a product, a price list and a term template, each checked before saving', async () => {
  await language('zh-CN')
  await page.getByTestId('nav-quotes').click()
  await page.getByTestId('quote-tab-catalog').click()
  await page.locator('[data-testid="catalog-row"][data-sku="Q-RT-500"]').getByTestId('catalog-open').click()
  await page.getByTestId('catalog-product-drawer').waitFor()
  await page.waitForFunction(() => document.querySelector('[data-testid="catalog-product-sku"]')?.value === 'Q-RT-500')
  await settled('catalog-product-drawer-zh')
  await page.getByTestId('catalog-product-sku').fill('')
  await page.getByTestId('catalog-product-save').click()
  await feedbackOf(page, 'catalog-product-sku').filter({ hasText: '必填' }).waitFor()
  await page.getByTestId('catalog-product-sku').fill('Q-RT-500')
  await page.getByTestId('catalog-product-save').click()
  await page.getByTestId('catalog-product-drawer').waitFor({ state: 'detached' })

  await page.getByTestId('quote-tab-price-lists').click()
  await page.getByTestId('catalog-price-list-add').click()
  await page.getByTestId('catalog-price-list-drawer').waitFor()
  await page.getByTestId('catalog-price-list-name').fill('经销商价')
  await page.getByTestId('catalog-price-list-item-add').click()
  await page.getByTestId('catalog-price-list-save').click()
  await page.locator('[data-testid="catalog-price-list-items"] .err').first().waitFor()
  await settled('catalog-price-list-error-zh')
  await page.getByTestId('catalog-price-list-item-1-product').click()
  await page.keyboard.type('Q-AP')
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => document.querySelector('[data-testid="catalog-price-list-item-1-price"]')?.value === '899.00')
  await page.getByTestId('catalog-price-list-item-1-price').fill('850')
  await page.getByTestId('catalog-price-list-save').click()
  await page.getByTestId('catalog-price-list-drawer').waitFor({ state: 'detached' })
  const list = page.locator('[data-testid="catalog-price-list-row"][data-name="经销商价"]')
  await list.getByTestId('catalog-price-list-open').click()
  await page.getByTestId('catalog-price-list-drawer').waitFor()
  await page.waitForFunction(() => document.querySelector('[data-testid="catalog-price-list-item-1-price"]')?.value === '850.00')
  await settled('catalog-price-list-drawer-zh')
  await page.getByTestId('catalog-price-list-delete').click()
  await page.getByTestId('catalog-confirm-ok').click()
  await list.waitFor({ state: 'detached' })

  await page.getByTestId('quote-tab-terms').click()
  await page.getByTestId('quote-term-add').click()
  await page.getByTestId('quote-term-drawer').waitFor()
  await page.getByTestId('quote-term-save').click()
  await feedbackOf(page, 'quote-term-body').filter({ hasText: '必填' }).waitFor()
  await settled('quote-term-error-zh')
  await page.getByTestId('quote-term-title').fill('分期付款')
  await page.getByTestId('quote-term-body').fill('合同签订后预付 30%，到货验收后付清余款。')
  await page.getByTestId('quote-term-save').click()
  await page.getByTestId('quote-term-drawer').waitFor({ state: 'detached' })
  const term = page.locator('[data-testid="quote-term-row"][data-title="分期付款"]')
  await term.getByTestId('quote-term-open').click()
  await page.getByTestId('quote-term-drawer').waitFor()
  await page.getByTestId('quote-term-delete').click()
  await page.getByTestId('quote-confirm-ok').click()
  await term.waitFor({ state: 'detached' })
})

test('the rep builds a three-line quote with the keyboard; totals follow every keystroke', async () => {
  await signOut()
  await signIn(rep)
  await language('zh-CN')
  await page.getByTestId('nav-quotes').click()
  await page.getByTestId('quote-list').waitFor()
  await page.getByTestId('quote-empty').waitFor()
  await page.getByTestId('quote-new').click()
  await page.getByTestId('quote-builder').waitFor()
  await waitFocus('quote-customer')

  // Nobody is on file yet: the customer is typed by hand.
  await page.getByTestId('quote-customer').fill(customer)
  await page.getByTestId('quote-contact').fill('陈立')
  await page.getByTestId('quote-contact-phone').fill('13800001234')

  // Line 1 from the catalog: SKU, Enter, quantity, Enter.
  await page.getByTestId('quote-finder').fill('Q-RT')
  await page.getByTestId('quote-finder-option-Q-RT-500').waitFor()
  await page.keyboard.press('Enter')
  await waitFocus('quote-line-1-qty')
  await page.keyboard.type('2')
  await page.keyboard.press('Enter')
  assert.equal(await focused(), 'quote-finder')
  assert.equal(await page.getByTestId('quote-line-1-price').inputValue(), '3299.00')
  assert.equal(await text('quote-line-1-amount'), '¥6,598.00')

  // Line 2 by name, with a fractional quantity.
  await page.getByTestId('quote-finder').fill('六类')
  await page.getByTestId('quote-finder-option-Q-CAB-6').waitFor()
  await page.keyboard.press('Enter')
  await waitFocus('quote-line-2-qty')
  await page.keyboard.type('305.5')
  await page.keyboard.press('Enter')
  assert.equal(await focused(), 'quote-finder')

  // Line 3 is free text: Enter on a name the catalog lacks, then its price and rate.
  await page.getByTestId('quote-finder').fill('上门安装调试')
  await page.getByTestId('quote-finder-free').waitFor()
  await page.keyboard.press('Enter')
  await waitFocus('quote-line-3-price')
  await page.keyboard.type('800')
  await page.getByTestId('quote-line-3-taxRate').fill('6')

  // The router goes below its floor price; a 3 % quote discount and shipping on top.
  await page.getByTestId('quote-line-1-price').fill('2800')
  // The rep learns the line is below its floor, never the floor itself.
  await page.getByTestId('quote-line-1-floor').filter({ hasText: '低于底价，提交后需要经理审批' }).waitFor()
  await page.getByTestId('quote-discount').fill('3')
  await page.getByTestId('quote-charge-add').click()
  assert.equal(await page.getByTestId('quote-charge-1-label').inputValue(), '运费')
  await page.getByTestId('quote-charge-1-amount').fill('50')

  for (const [i, amount] of expected.lineAmounts.entries()) {
    assert.equal(await text(`quote-line-${i + 1}-amount`), amount)
  }
  assert.equal(await text('quote-total-subtotal'), expected.subtotal)
  assert.equal(await text('quote-total-discount'), expected.discount)
  assert.equal(await text('quote-total-tax'), expected.tax)
  assert.equal(await text('quote-total-total'), expected.total)
  await page.getByTestId('quote-guard-preview').filter({ hasText: '第 1 行「企业级千兆路由器」折后单价 ¥2,716.00，低于底价' }).waitFor()
  assert.doesNotMatch(await page.getByTestId('quote-builder').innerText(), /2,999/, 'the rep never sees the floor price')
  await settled('quote-builder-zh')

  await language('en')
  await page.getByTestId('quote-builder-title').filter({ hasText: 'New quote' }).waitFor()
  await page.getByTestId('quote-line-1-floor').filter({ hasText: "Below the floor price: needs a manager's approval" }).waitFor()
  assert.equal(await text('quote-total-total'), expected.total)
  await settled('quote-builder-en')
  await language('zh-CN')
})

test('submitting holds the quote for approval and says why', async () => {
  await page.getByTestId('quote-save-submit').click()
  await page.getByTestId('quote-detail').waitFor()
  await page.getByTestId('quote-pending-banner').waitFor()
  assert.match(await text('quote-pending-banner'), /已提交，待审批/)
  assert.match(await text('quote-reasons'), /第 1 行「企业级千兆路由器」折后单价 ¥2,716\.00，低于底价$/m)
  await page.getByTestId('quote-status-pending_approval').first().waitFor()
  // The backend's totals are the ones the builder showed.
  assert.equal(await text('quote-total-total'), expected.total)
  assert.equal(await text('quote-detail-total'), expected.total)
  assert.equal(await page.getByTestId('quote-approve').count(), 0, 'a rep cannot approve')
  ids.number = await text('quote-number')
  assert.match(ids.number, /^QT/)
  await settled('quote-pending-zh')
})

test('the manager approves it with a note; the quote can then be exported', async () => {
  await signOut()
  await signIn(manager)
  await language('zh-CN')
  await page.getByTestId('nav-quotes').click()
  const row = page.locator(`[data-testid="quote-row"][data-number="${ids.number}"]`)
  await row.waitFor()
  assert.equal(await row.getAttribute('data-status'), 'pending_approval')
  await row.getByTestId('quote-open').click()
  await page.getByTestId('quote-pending-banner').waitFor()
  assert.match(await text('quote-pending-banner'), /需要您审批/)
  // The manager, who approves, is told the floor.
  assert.match(await text('quote-reasons'), /低于底价 ¥2,999\.00/)

  await page.getByTestId('quote-approve').click()
  await page.getByTestId('quote-decision-note').fill('老客户，同意按此价格报价')
  await page.getByTestId('quote-decision-ok').click()
  await page.getByTestId('quote-approval').waitFor()
  await page.getByTestId('quote-status-approved').first().waitFor()
  assert.match(await text('quote-approval'), new RegExp(`${manager.name} 于 .+ 批准`))
  assert.match(await text('quote-approval-note'), /老客户，同意按此价格报价/)
  assert.equal(await page.getByTestId('quote-pending-banner').count(), 0)
  assert.ok(await page.getByTestId('quote-export-xlsx').isEnabled())
  assert.ok(await page.getByTestId('quote-export-pdf').isEnabled())
  assert.equal(await page.getByTestId('quote-export-draft-note').count(), 0, 'an approved quote exports without the draft mark')

  // What export writes comes from this record: approved, by the manager, same total.
  const list = await call(page, 'Quotes', 'List', { status: '', customerId: '', ownerId: '', query: ids.number, latestOnly: true })
  const saved = await call(page, 'Quotes', 'Get', list[0].id)
  assert.equal(saved.status, 'approved')
  assert.equal(saved.approvalBy, ids.manager)
  assert.equal(saved.ownerId, ids.rep)
  assert.equal(saved.totals.totalMinor, expected.totalMinor)
  assert.equal(saved.lines.length, 3)
  assert.deepEqual(saved.approvalReasons.map((r) => r.kind), ['belowFloor'])

  // Export: the buttons open a native save dialog, which a headless browser
  // cannot drive, so the same documents are written through ExportTo and read back.
  const dir = mkdtempSync(join(tmpdir(), 'steady-quote-'))
  for (const name of ['quote.pdf', 'quote.xlsx']) await call(page, 'System', 'RegisterTestPath', join(dir, name)) // e2e builds only
  const pdf = await call(page, 'Quotes', 'ExportTo', saved.id, 'pdf', join(dir, 'quote.pdf'))
  const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  assert.match(pdfText, new RegExp(saved.number))
  assert.match(pdfText, new RegExp(customer))
  assert.match(pdfText, /7,591\.51/)
  assert.doesNotMatch(pdfText, /待审批/, 'an approved quote carries no draft banner')
  const xlsx = await call(page, 'Quotes', 'ExportTo', saved.id, 'xlsx', join(dir, 'quote.xlsx'))
  assert.ok(statSync(xlsx).size > 5000, 'the workbook was written')
  await assert.rejects(call(page, 'Quotes', 'ExportTo', saved.id, 'pdf', pdf), /fileExists/)
  await settled('quote-approved-zh')

  await language('en')
  await page.getByTestId('quote-approval').filter({ hasText: `Approved by ${manager.name}` }).waitFor()
  await settled('quote-approved-en')
})

test('a quote for a customer on file names one of its open deals, and accepting the quote wins that deal', async () => {
  await signOut()
  await signIn(owner)
  await language('zh-CN')
  const buyer = '宁波甬信物流有限公司'
  const c = await call(page, 'Customers', 'Create', {
    id: '', kind: 'company', name: buyer, ownerId: '', stage: '', source: 'referral', industry: '', region: '', city: '宁波',
    country: '', address: '', phone: '0574-8888 2020', email: '', wechat: '', tags: [], notes: '', contacts: [], version: 0,
  })
  ids.buyer = c.id
  const deal = await call(page, 'Sales', 'CreateDeal', {
    id: '', version: 0, customerId: c.id, title: '仓库无线覆盖', amountMinor: 0, currency: 'CNY', expectedCloseOn: '',
    ownerId: '', stageId: '', products: [], decisionMaker: '', purchaseTimeline: '', needs: '', notes: '',
  })

  await page.getByTestId('nav-quotes').click()
  await page.getByTestId('quote-new').click()
  await page.getByTestId('quote-builder').waitFor()
  await page.getByTestId('quote-customer').fill('甬信物流')
  await page.locator('.n-base-select-option', { hasText: buyer }).first().click()
  await page.getByTestId('quote-deal').locator('.n-base-selection:not(.n-base-selection--disabled)').waitFor()
  await page.getByTestId('quote-deal').click()
  await page.locator('.n-base-select-option', { hasText: '仓库无线覆盖' }).first().click()
  await page.getByTestId('quote-finder').fill('Q-AP')
  await page.getByTestId('quote-finder-option-Q-AP-60').waitFor()
  await page.keyboard.press('Enter')
  await waitFocus('quote-line-1-qty')
  await page.keyboard.type('10')
  await page.keyboard.press('Enter')
  await page.getByTestId('quote-save-submit').click()

  const link = page.getByTestId('quote-deal-link').filter({ hasText: '仓库无线覆盖' })
  await link.waitFor()
  assert.equal(await link.getAttribute('data-status'), 'open')
  let q = await call(page, 'Quotes', 'Get', await page.evaluate(() => location.hash.split('/').pop()))
  assert.equal(q.dealId, deal.id)
  q = await call(page, 'Quotes', 'MarkSent', q.id, q.version)

  // The customer's yes wins the deal only once its checklists are done: the
  // refusal lists what is missing and leads to the deal.
  await page.reload()
  await page.getByTestId('quote-status-sent').first().waitFor()
  await page.getByTestId('quote-accept').click()
  await page.locator('[data-testid="quote-confirm-ok"][data-action="accept"]').click()
  const blocked = page.getByTestId('sales-blocked')
  await blocked.filter({ hasText: '合同已签订' }).waitFor()
  await settled('quote-accept-blocked-zh')
  await page.getByTestId('sales-blocked-open').click()
  await page.waitForURL(new RegExp(`#/sales/deals/${deal.id}$`))
  assert.equal((await call(page, 'Quotes', 'Get', q.id)).status, 'sent')
  await readyDeal(deal.id)

  q = await call(page, 'Quotes', 'Accept', q.id, q.version)
  const won = await call(page, 'Sales', 'Deal', deal.id)
  assert.equal(won.status, 'won')
  assert.equal(won.amountMinor, q.totals.totalMinor)
  await page.goto(page.url().replace(/#.*/, `#/quotes/${q.id}`))
  await page.locator('[data-testid="quote-deal-link"][data-status="won"]').waitFor()
  await settled('quote-deal-won-zh')
})

test('a deal closed while the quote was built is refused beside the picker; a quote accepted without a deal links the one made for it', async () => {
  const deal = await call(page, 'Sales', 'CreateDeal', {
    id: '', version: 0, customerId: ids.buyer, title: '监控系统升级', amountMinor: 0, currency: 'CNY', expectedCloseOn: '',
    ownerId: '', stageId: '', products: [], decisionMaker: '', purchaseTimeline: '', needs: '', notes: '',
  })
  await page.getByTestId('nav-quotes').click()
  await page.getByTestId('quote-new').click()
  await page.getByTestId('quote-builder').waitFor()
  await page.getByTestId('quote-customer').fill('甬信物流')
  await page.locator('.n-base-select-option', { hasText: '宁波甬信物流有限公司' }).first().click()
  await page.getByTestId('quote-deal').locator('.n-base-selection:not(.n-base-selection--disabled)').waitFor()
  await page.getByTestId('quote-deal').click()
  await page.locator('.n-base-select-option', { hasText: '监控系统升级' }).first().click()
  await page.getByTestId('quote-finder').fill('Q-AP')
  await page.getByTestId('quote-finder-option-Q-AP-60').waitFor()
  await page.keyboard.press('Enter')
  await waitFocus('quote-line-1-qty')
  await page.keyboard.type('4')
  await page.keyboard.press('Enter')

  // Someone loses the deal meanwhile: saving names a closed deal anew.
  await call(page, 'Sales', 'Lose', deal.id, { version: deal.version, reasonId: '0190b000-0000-7000-8000-000000000201', note: '' })
  await page.getByTestId('quote-save').click()
  const why = feedbackOf(page, 'quote-deal')
  await why.filter({ hasText: '该商机已关闭' }).waitFor()
  await settled('quote-deal-closed-zh')
  await language('en')
  await why.filter({ hasText: 'This deal is already closed' }).waitFor()
  await settled('quote-deal-closed-en')
  await language('zh-CN')

  // Without a deal, a customer on file's quote cannot be accepted: a deal
  // made on the spot would pass no checklist.
  await page.getByTestId('quote-deal').hover()
  await page.getByTestId('quote-deal').locator('.n-base-clear').click()
  await page.getByTestId('quote-save-submit').click()
  await page.getByTestId('quote-detail').waitFor()
  await page.getByTestId('quote-status-approved').first().waitFor()
  assert.equal(await page.getByTestId('quote-deal-link').count(), 0)
  await page.getByTestId('quote-send').click()
  await page.locator('[data-testid="quote-confirm-ok"][data-action="send"]').click()
  await page.getByTestId('quote-status-sent').first().waitFor()
  await page.getByTestId('quote-accept').click()
  await page.locator('[data-testid="quote-confirm-ok"][data-action="accept"]').click()
  await page.locator('.n-message', { hasText: '接受前请先为报价单选择该客户的商机' }).waitFor()
  await page.getByTestId('quote-status-sent').first().waitFor()
  await settled('quote-accept-needs-deal-zh')
  await language('zh-CN')
})

test('deleting a quote someone changed meanwhile says so and shows the quote as it now is; deleting again then works', async () => {
  const line = {
    id: '', productId: '', sku: '', name: '现场勘测', spec: '', unit: '次', qtyMilli: 1000, unitPriceMinor: 50000,
    catalogPrice: false, discountBp: 0, taxRateBp: 600,
  }
  const input = {
    id: '', version: 0, language: 'zh-CN', customerId: '', customerName: '绍兴柯桥锦程纺织有限公司', customerAddress: '',
    contactName: '', contactPhone: '', contactEmail: '', dealId: '', currency: '', priceListId: '', taxIncluded: true,
    discountBp: 0, charges: [], issueDate: '', validUntil: '', paymentTerms: '', deliveryTerms: '', warrantyTerms: '',
    notes: '', lines: [line],
  }
  const q = await call(page, 'Quotes', 'Create', input)
  await page.getByTestId('nav-quotes').click()
  await page.locator(`[data-testid="quote-row"][data-number="${q.number}"]`).getByTestId('quote-open').click()
  await page.getByTestId('quote-number').filter({ hasText: q.number }).waitFor()
  const before = await text('quote-detail-total')

  // Someone triples the quantity meanwhile; this page still shows the first version.
  const changed = await call(page, 'Quotes', 'Update', { ...input, id: q.id, version: q.version, lines: [{ ...line, qtyMilli: 3000 }] })
  const now = `¥${(changed.totals.totalMinor / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`
  assert.notEqual(now, before)
  await page.getByTestId('quote-delete').click()
  await page.locator('[data-testid="quote-confirm-ok"][data-action="delete"]').click()
  await page.locator('.n-message').filter({ hasText: '这张报价单已被他人修改' }).waitFor()
  await page.waitForFunction(
    (t) => document.querySelector('[data-testid="quote-detail-total"]')?.textContent.trim() === t,
    now,
  )
  assert.equal((await call(page, 'Quotes', 'Get', q.id)).version, changed.version, 'nothing was deleted')
  await page.getByTestId('quote-confirm').waitFor({ state: 'detached' })
  await shot(page, 'quote-delete-conflict-zh')

  // The page holds the version now saved, so deleting again goes through.
  await page.getByTestId('quote-delete').click()
  await page.locator('[data-testid="quote-confirm-ok"][data-action="delete"]').click()
  await page.getByTestId('quote-list').waitFor()
  await assert.rejects(call(page, 'Quotes', 'Get', q.id), /not_found/)
})

test('tidy up: back to the owner, in the language the suite had', async () => {
  await signOut()
  await signIn(owner)
  if (startLanguage === 'en' || startLanguage === 'zh-CN') await language(startLanguage)
})
