// Global search and quoting on a rep's 13-inch laptop (issue 13 items 4, 5):
// Ctrl+K finds a quote by its number from anywhere and opens it, keyboard
// only; at 1024×700 the sidebar folds itself and the builder's line table
// shows every column and each line's remove button; the product finder
// finds 电动升降办公桌 by "sjz"; typed text that is a catalog product is
// offered as the product first; the approval notice is one line that opens
// on demand.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, shot, signInAsOwner, call } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

const manager = { name: '郑国强', login: 'search.manager', password: 'steady-mgr1' }
const rep = { name: '许晓峰', login: 'search.rep', password: 'steady-rep1' }
const ids = {}

async function language(lang) {
  await page.getByTestId(`language-${lang}`).click()
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
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

async function waitFocus(testId) {
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, testId)
}

async function settled(name) {
  await page.locator('.n-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
  await page.waitForTimeout(400)
  await shot(page, name)
}

function quoteInput(customerName, lines) {
  return {
    id: '', version: 0, language: 'zh-CN', customerId: '', customerName, customerAddress: '', contactName: '',
    contactPhone: '', contactEmail: '', dealId: '', currency: '', priceListId: '', taxIncluded: true, discountBp: 0,
    charges: [], issueDate: '', validUntil: '', paymentTerms: '', deliveryTerms: '', warrantyTerms: '', notes: '', lines,
  }
}

test('arrange: a manager and their rep, a desk and a chair in the catalog, a quote of each person', async () => {
  await signInAsOwner(page)
  await language('zh-CN')
  const m = await call(page, 'Users', 'Create', {
    id: '', name: manager.name, login: manager.login, password: manager.password, role: 'manager', level: 'senior',
    managerId: '', hireDate: '', phone: '', email: '', active: true, version: 0,
  })
  const r = await call(page, 'Users', 'Create', {
    id: '', name: rep.name, login: rep.login, password: rep.password, role: 'rep', level: 'junior',
    managerId: m.id, hireDate: '', phone: '', email: '', active: true, version: 0,
  })
  ids.rep = r.id
  const product = (sku, nameZh, nameEn, list, floor, cost) => ({
    id: '', sku, nameZh, nameEn, spec: '1400×700 mm', unit: '张', category: '办公家具', currency: 'CNY',
    listPriceMinor: list, costMinor: cost, floorPriceMinor: floor, taxRateBp: 1300, active: true, imageDataUrl: '',
    keepImage: false, version: 0,
  })
  const desk = await call(page, 'Catalog', 'CreateProduct', product('DK-120', '电动升降办公桌', 'Electric standing desk', 329900, 280000, 180000))
  ids.desk = desk.id
  await call(page, 'Catalog', 'CreateProduct', product('CH-7', '人体工学办公椅（高靠背，带头枕和可调扶手）', 'Ergonomic chair', 159900, 120000, 80000))
  const line = { id: '', productId: desk.id, sku: '', name: '', spec: '', unit: '', qtyMilli: 2000, unitPriceMinor: 329900,
    catalogPrice: true, discountBp: 0, taxRateBp: 1300 }
  const q = await call(page, 'Quotes', 'Create', quoteInput('宁波海曙恒远贸易有限公司', [line]))
  ids.quote = q.id
  ids.number = q.number
  // Another quote, so the search has to pick the right one.
  await call(page, 'Quotes', 'Create', quoteInput('宁波江北新城家具有限公司', [line]))
})

test('Ctrl+K finds a quote by its number from anywhere and Enter opens it; Esc closes the search', async () => {
  await page.getByTestId('nav-customers').click()
  await page.waitForFunction(() => location.hash.startsWith('#/customers'))
  await page.keyboard.press('Control+k')
  await page.getByTestId('global-search').waitFor()
  await waitFocus('global-search-input')
  await page.keyboard.press('Escape')
  await page.getByTestId('global-search').waitFor({ state: 'detached' })

  // Typed as a person reads it off a printed quote: lower case, without the hyphens.
  await page.keyboard.press('Control+k')
  await waitFocus('global-search-input')
  await page.keyboard.type(ids.number.replaceAll('-', '').toLowerCase())
  const hit = page.locator(`[data-testid="global-search-hit"][data-kind="quote"][data-id="${ids.quote}"]`)
  await hit.waitFor()
  assert.equal(await hit.getAttribute('aria-selected'), 'true', 'the very number is the first row')
  await page.getByTestId('global-search-group-quote').filter({ hasText: '报价单' }).waitFor()
  await settled('search-quote-number-zh')
  await page.keyboard.press('Enter')
  await page.getByTestId('quote-number').filter({ hasText: ids.number }).waitFor()
  await page.getByTestId('global-search').waitFor({ state: 'detached' }) // it closes (after its leave transition)

  // The arrows walk the rows; a product opens the catalog on it.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('sjz')
  const desk = page.locator(`[data-testid="global-search-hit"][data-kind="product"][data-id="${ids.desk}"]`)
  await desk.waitFor()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  assert.equal(await desk.getAttribute('aria-selected'), 'true')
  await page.keyboard.press('Enter')
  await page.locator('[data-testid="catalog-row"][data-sku="DK-120"]').waitFor()
  assert.equal(await page.locator('[data-testid="catalog-row"]').count(), 1, 'the catalog opens on the product')
})

test('Shift+Enter on a customer found by Ctrl+K opens a new after-sales ticket for that customer', async () => {
  const c = await call(page, 'Customers', 'Create', {
    id: '', kind: 'company', name: '台州椒江海纳机电有限公司', ownerId: '', stage: 'customer', source: '', industry: '', region: '浙江',
    city: '台州', address: '', phone: '0576-8888 1234', email: '', wechat: '', tags: [], notes: '', contacts: [], version: 0,
  })
  await page.keyboard.press('Control+k')
  await waitFocus('global-search-input')
  await page.keyboard.type('海纳机电')
  const row = page.locator(`[data-testid="global-search-hit"][data-kind="customer"][data-id="${c.id}"]`)
  await row.waitFor()
  assert.equal(await row.getAttribute('aria-selected'), 'true')
  await page.keyboard.press('Shift+Enter')
  await page.getByTestId('customer-name').filter({ hasText: '台州椒江海纳机电有限公司' }).waitFor()
  await page.getByTestId('ticket-form').waitFor()
  assert.ok(!(await page.evaluate(() => location.hash)).includes('ticket=new'), 'the form opens once, not on every return')
  await page.keyboard.press('Escape') // nothing typed: the form closes without asking
  await page.getByTestId('ticket-form').waitFor({ state: 'detached' })
})

test('at 1024×700 the sidebar folds and every column of the line table stays in view; sjz finds the desk', async () => {
  await signOut()
  await signIn(rep)
  await page.setViewportSize({ width: 1024, height: 700 })
  await language('zh-CN')
  await page.waitForFunction(() => (document.querySelector('[data-testid="sidebar"]')?.getBoundingClientRect().width ?? 999) <= 65)
  await page.getByTestId('nav-quotes').click()
  await page.getByTestId('quote-new').click()
  await page.getByTestId('quote-builder').waitFor()
  await page.getByTestId('quote-customer').fill('宁波海曙恒远贸易有限公司')

  await page.getByTestId('quote-finder').fill('sjz')
  await page.getByTestId('quote-finder-option-DK-120').waitFor()
  await page.keyboard.press('Enter')
  await waitFocus('quote-line-1-qty')
  await page.keyboard.type('2')
  await page.keyboard.press('Enter')

  // The chair by its initials, then typed text the catalog has: asked first, Enter takes the product.
  await page.getByTestId('quote-finder').fill('rtgx')
  await page.getByTestId('quote-finder-option-CH-7').waitFor()
  await page.keyboard.press('Enter')
  await waitFocus('quote-line-2-qty')
  await page.keyboard.press('Enter')
  await page.getByTestId('quote-finder').fill('电动 升降办公桌')
  await page.getByTestId('quote-finder-free').waitFor()
  await page.getByTestId('quote-finder-free').dispatchEvent('mousedown')
  await page.getByTestId('quote-match').filter({ hasText: '电动升降办公桌（DK-120）' }).waitFor()
  await settled('search-quoting-match-zh')
  await waitFocus('quote-match-use')
  await page.keyboard.press('Enter')
  await waitFocus('quote-line-3-qty')
  assert.equal(await page.getByTestId('quote-line-3-name').inputValue(), '电动升降办公桌')
  // Text the catalog lacks goes in as typed, unasked.
  await page.getByTestId('quote-finder').fill('上门安装调试及旧家具搬运服务')
  await page.getByTestId('quote-finder-free').waitFor()
  await page.keyboard.press('ArrowUp') // the free-text row is the last
  await page.keyboard.press('Enter')
  await waitFocus('quote-line-4-price')
  await page.keyboard.type('300')
  assert.equal(await page.getByTestId('quote-match').count(), 0)

  // Two prices below the floor: the notice is one line until opened.
  await page.getByTestId('quote-line-1-price').fill('1000')
  await page.getByTestId('quote-line-2-price').fill('500')
  const notice = page.getByTestId('quote-guard-preview')
  await page.getByTestId('quote-guard-toggle').waitFor()
  const closed = await notice.boundingBox()
  assert.ok(closed.height <= 40, `the notice is one line (${closed.height} px)`)
  await page.getByTestId('quote-guard-toggle').click()
  await page.getByTestId('quote-guard-list').waitFor()
  assert.ok((await page.locator('[data-testid="quote-guard-list"] li').count()) >= 2, 'both lines below the floor')
  await page.getByTestId('quote-guard-toggle').click()
  await page.getByTestId('quote-guard-list').waitFor({ state: 'hidden' })

  await page.getByTestId('quote-lines').scrollIntoViewIfNeeded()
  const boxes = await page.evaluate(() => {
    const rect = (el) => {
      const r = el.getBoundingClientRect()
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, clipped: el.scrollWidth > el.clientWidth + 1, text: el.textContent.trim() }
    }
    return {
      width: window.innerWidth,
      heads: [...document.querySelectorAll('[data-testid="quote-lines"] .head > span')].filter((s) => s.textContent.trim()).map(rect),
      removes: [...document.querySelectorAll('[data-testid$="-remove"][data-testid^="quote-line-"]')].map(rect),
      amounts: [...document.querySelectorAll('[data-testid$="-amount"][data-testid^="quote-line-"]')].map(rect),
    }
  })
  assert.equal(boxes.heads.length, 9, 'every header cell')
  assert.equal(boxes.removes.length, 4, 'a remove button per line')
  for (const b of [...boxes.heads, ...boxes.removes, ...boxes.amounts]) {
    assert.ok(b.left >= 0 && b.right <= boxes.width, `${b.text || 'remove'} inside the window: ${b.left}–${b.right} of ${boxes.width}`)
    assert.ok(!b.clipped, `${b.text || 'remove'} is not cut off`)
  }
  await settled('search-quoting-builder-1024-zh')
  await language('en')
  await page.getByTestId('quote-builder-title').filter({ hasText: 'New quote' }).waitFor()
  const heads = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="quote-lines"] .head > span')].map((s) => {
      const r = s.getBoundingClientRect()
      return { right: r.right, clipped: s.scrollWidth > s.clientWidth + 1, text: s.textContent.trim() }
    }),
  )
  for (const h of heads) {
    assert.ok(h.right <= 1024 && !h.clipped, `${h.text} fits in English`)
  }
  await settled('search-quoting-builder-1024-en')
  await language('zh-CN')
  await page.getByTestId('quote-line-1-remove').click()
  assert.equal(await page.locator('[data-testid$="-remove"][data-testid^="quote-line-"]').count(), 3)
})
