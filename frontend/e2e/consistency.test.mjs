// The consistency pass of issue 13 (item 7), on the real app: the dashboard
// loads and reloads without a page error of ours and shows each role only the
// cards it can act on; a toast stays below the top bar; time zones read by
// name; the company form is read-only for a rep; a drawer with typed input
// asks before Esc drops it; the duplicates tab of an empty database says so;
// a role-play score out of range is flagged as typed; a price-list price
// below the floor warns. Screenshots in zh-CN and en.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, shot, signInAsOwner, call, owner } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

// Every page error, with where it was thrown.
const errors = []
page.on('pageerror', (e) => errors.push({ message: e.message, stack: e.stack ?? '' }))
// Wails v2.17.1's development runtime (/wails/ipc.js, served only by `wails dev`
// to a browser, never to the desktop window) mounts its reconnect overlay with
// Svelte 4's `new Component()` on a Svelte 5 build, which throws at every page
// load. It is not the app's; anything else is.
const wailsDevOnly = (e) => /reading 'nodes'/.test(e.message) && /\/wails\/ipc\.js/.test(e.stack) && !/\/assets\//.test(e.stack)
const ours = () => errors.filter((e) => !wailsDevOnly(e))

const rep = { name: '何佳怡', login: 'he.jiayi', password: 'steady-cons1' }

async function language(lang) {
  await page.getByTestId(`language-${lang}`).click()
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
}

async function visit(path) {
  await page.evaluate((p) => (window.location.hash = p), `#${path}`)
}

async function settled(name) {
  await page.waitForTimeout(500)
  await shot(page, name)
}

async function signIn(login, password) {
  await page.getByTestId('sign-out').click()
  await page.getByTestId('login-view').waitFor()
  await page.getByTestId('login-login').fill(login)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('app-shell').waitFor()
}

test('the dashboard loads and reloads without a page error of its own', async () => {
  await signInAsOwner(page)
  await page.getByTestId('dashboard').waitFor()
  await page.getByTestId('dashboard-sales-pipeline').waitFor()
  await page.waitForTimeout(1500)
  await page.reload()
  await page.getByTestId('dashboard').waitFor()
  await page.getByTestId('dashboard-sales-pipeline').waitFor()
  await page.waitForTimeout(1500)
  assert.deepEqual(ours(), [], 'no page error from the app')
  // The owner completes the company profile, so the owner is asked to.
  await page.getByTestId('dashboard-profile-card').waitFor()
  // An empty board says what to do next.
  assert.match(await page.getByTestId('dashboard-sales-pipeline-none').innerText(), /新建商机/)
  assert.match(await page.getByTestId('dashboard-sales-tasks-none').innerText(), /SOP 规则/)
  await settled('consistency-dashboard-owner-zh')
})

test('time zones read by name, the id in the tooltip; a toast stays below the top bar', async () => {
  await visit('/settings/company')
  const zone = page.getByTestId('company-timezone')
  await zone.waitFor()
  await page.waitForFunction(() => /中国标准时间 \(上海\)/.test(document.querySelector('[data-testid="company-timezone"]')?.textContent ?? ''))
  assert.equal(await zone.getAttribute('title'), 'Asia/Shanghai')
  await zone.click()
  await page.locator('.n-base-select-option:visible', { hasText: '香港标准时间 (香港)' }).waitFor()
  await settled('consistency-timezones-zh')
  // No zone keeps a Latin name in Chinese (some ICU builds lack one: the city and offset stand in).
  const shown = await page.locator('.n-base-select-option:visible').allInnerTexts()
  for (const label of shown) assert.doesNotMatch(label.replace(/GMT[+-][\d:]+/, ''), /[A-Za-z]{3,}/, label)
  await page.keyboard.type('东京')
  await page.locator('.n-base-select-option:visible', { hasText: '日本标准时间 (东京)' }).waitFor()
  for (let i = 0; i < 2; i++) await page.keyboard.press('Backspace')
  await page.keyboard.type('new york')
  await page.locator('.n-base-select-option:visible', { hasText: '北美东部时间 (纽约)' }).waitFor()
  await page.keyboard.press('Escape')
  assert.equal(await page.getByTestId('company-read-only').count(), 0, 'the owner edits the profile')

  await page.getByTestId('company-phone').fill('0571-8888 6666')
  await page.getByTestId('company-save').click()
  const toast = page.locator('.n-message').filter({ hasText: '公司资料已保存' })
  await toast.waitFor()
  const bar = await page.locator('.topbar').boundingBox()
  const box = await toast.boundingBox()
  assert.ok(box.y >= bar.y + bar.height, `the toast (top ${box.y}) starts below the top bar (bottom ${bar.y + bar.height})`)
  await settled('consistency-toast-zh')

  await language('en')
  await page.waitForFunction(() => /China Standard Time \(Shanghai\)/.test(document.querySelector('[data-testid="company-timezone"]')?.textContent ?? ''))
  await settled('consistency-timezones-en')
  await language('zh-CN')
})

test('Esc asks before a drawer drops what was typed, and closes an untouched one at once', async () => {
  await visit('/customers')
  await page.getByTestId('customer-add').click()
  const drawer = page.getByTestId('customer-drawer')
  await drawer.waitFor()
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'detached' })

  await page.getByTestId('customer-add').click()
  await drawer.waitFor()
  await page.getByTestId('customer-form-name').fill('嘉兴禾田粮油有限公司')
  await page.keyboard.press('Escape')
  const keep = page.getByTestId('discard-keep')
  await keep.waitFor()
  await settled('consistency-discard-zh')
  await keep.click()
  await keep.waitFor({ state: 'detached' })
  assert.equal(await page.getByTestId('customer-form-name').inputValue(), '嘉兴禾田粮油有限公司', 'keeping on editing keeps the text')
  // Esc on the question is "keep editing" too.
  await page.keyboard.press('Escape')
  await keep.waitFor()
  await page.keyboard.press('Escape')
  await keep.waitFor({ state: 'detached' })
  await drawer.waitFor()
  await page.keyboard.press('Escape')
  await page.getByTestId('discard-confirm').click()
  await drawer.waitFor({ state: 'detached' })
})

test('the duplicates tab of an empty database shows its empty state', async () => {
  const before = ours().length
  await visit('/customers/duplicates')
  await page.getByTestId('customer-duplicates-none').waitFor()
  assert.equal(ours().length, before, 'no page error')
  await settled('consistency-duplicates-empty-zh')
})

test('a price below the floor warns in the price list', async () => {
  await call(page, 'Catalog', 'CreateProduct', {
    id: '', sku: 'LP-4200', nameZh: '激光打印机', nameEn: 'Laser printer', spec: 'A4 黑白', unit: '台',
    category: '办公设备', currency: 'CNY', listPriceMinor: 420000, costMinor: 300000, floorPriceMinor: 380000,
    taxRateBp: 1300, active: true, imageDataUrl: '', keepImage: false, version: 0,
  })
  await visit('/quotes/price-lists')
  await page.getByTestId('catalog-price-list-add').click()
  await page.getByTestId('catalog-price-list-drawer').waitFor()
  await page.getByTestId('catalog-price-list-name').fill('经销商价')
  await page.getByTestId('catalog-price-list-item-add').click()
  await page.getByTestId('catalog-price-list-item-1-product').click()
  await page.keyboard.type('LP-42')
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => document.querySelector('[data-testid="catalog-price-list-item-1-price"]')?.value === '4200.00')
  assert.equal(await page.getByTestId('catalog-price-list-item-1-below-floor').count(), 0)
  await page.getByTestId('catalog-price-list-item-1-price').fill('3500')
  const warn = page.getByTestId('catalog-price-list-item-1-below-floor')
  await warn.waitFor()
  assert.match(await warn.innerText(), /低于底价 ¥3,800\.00/)
  await settled('consistency-below-floor-zh')
  await page.getByTestId('catalog-price-list-item-1-price').fill('3800')
  await warn.waitFor({ state: 'detached' })
  await page.getByTestId('catalog-price-list-cancel').click()
  await page.getByTestId('catalog-price-list-drawer').waitFor({ state: 'detached' })
})

test('a role-play score above its maximum is flagged where it is typed', async () => {
  const users = await call(page, 'Users', 'List')
  const me = users.find((u) => u.login === owner.login)
  await call(page, 'Users', 'Create', {
    id: '', name: rep.name, login: rep.login, password: rep.password, role: 'rep', level: 'junior',
    managerId: me.id, hireDate: '', phone: '', email: '', active: true, version: 0,
  })
  await visit('/training/roleplays')
  await page.getByTestId('training-roleplay-add').click()
  await page.getByTestId('training-roleplay-drawer').waitFor()
  const score = page.getByTestId('training-roleplay-criterion-0-score')
  await score.fill('9')
  const item = page.locator('.n-form-item', { has: score }).locator('.n-form-item-feedback-wrapper')
  await item.filter({ hasText: '分数须是 0 到 5 之间的整数' }).waitFor()
  await settled('consistency-score-range-zh')
  await score.fill('4')
  await item.filter({ hasText: '分数须是' }).waitFor({ state: 'detached' }).catch(() => {})
  assert.doesNotMatch(await item.innerText(), /分数须是/)
  await page.getByTestId('training-roleplay-cancel').click()
  await page.getByTestId('training-roleplay-drawer').waitFor({ state: 'detached' })
})

test('a rep with no SOP task due reads as no data in compliance, never 100 %', async () => {
  await visit('/sales/reports')
  const row = page.getByTestId('report-compliance-row').filter({ hasText: rep.name })
  await row.waitFor()
  await row.getByTestId('report-compliance-no-data').waitFor()
  assert.doesNotMatch(await row.innerText(), /%/)
  await row.scrollIntoViewIfNeeded()
  await settled('consistency-compliance-no-data-zh')
})

test('a rep sees the company profile read-only, and no card they cannot act on', async () => {
  await signIn(rep.login, rep.password)
  await page.getByTestId('dashboard').waitFor()
  await page.getByTestId('dashboard-sales-pipeline').waitFor()
  assert.equal(await page.getByTestId('dashboard-profile-card').count(), 0, 'no company-profile card for a rep')
  assert.equal(await page.getByTestId('getting-started').count(), 0)
  await settled('consistency-dashboard-rep-zh')
  await visit('/settings/company')
  await page.getByTestId('company-read-only').waitFor()
  assert.match(await page.getByTestId('company-read-only').innerText(), /负责人维护/)
  assert.equal(await page.getByTestId('company-save').count(), 0, 'no save button')
  assert.ok(await page.getByTestId('company-phone').isDisabled(), 'fields are disabled')
  assert.equal(await page.getByTestId('company-logo-choose').count(), 0, 'no logo to choose')
  await settled('consistency-company-readonly-zh')
  await language('en')
  await page.getByTestId('company-read-only').filter({ hasText: 'Only the owner' }).waitFor()
  await settled('consistency-company-readonly-en')
  await visit('/dashboard')
  await page.getByTestId('dashboard-sales-pipeline-none').filter({ hasText: 'Open one under Sales' }).waitFor()
  await settled('consistency-dashboard-rep-en')
  await language('zh-CN')
  assert.deepEqual(ours(), [], 'no page error from the app')
})
