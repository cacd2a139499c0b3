// Quote discipline: a rep who types a catalog product as free text, priced
// under its floor, is held for approval exactly as if they had picked it from
// the catalog. The rep is told the line is below its floor, never the floor;
// sending the quote without approval is refused. The product finder matches
// the way the guard does (a SKU typed in full width finds the product).
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, shot, signInAsOwner, call, owner } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

const manager = { name: '钱丽华', login: 'discipline.manager', password: 'steady-mgr1' }
const rep = { name: '孙浩然', login: 'discipline.rep', password: 'steady-rep1' }
let startLanguage = 'zh-CN'

async function text(testId) {
  return (await page.getByTestId(testId).innerText()).trim()
}

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

test('arrange: a manager, their rep and a 4,200.00 printer with a 3,800.00 floor', async () => {
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
  await call(page, 'Catalog', 'CreateProduct', {
    id: '', sku: 'LP-4200', nameZh: '激光打印机', nameEn: 'Laser printer', spec: 'A4 黑白 42 页/分钟', unit: '台',
    category: '办公设备', currency: 'CNY', listPriceMinor: 420000, costMinor: 300000, floorPriceMinor: 380000,
    taxRateBp: 1300, active: true, imageDataUrl: '', keepImage: false, version: 0,
  })
})

test('a free-text line named like a catalog product priced under its floor is held for approval', async () => {
  await signOut()
  await signIn(rep)
  await language('zh-CN')
  await page.getByTestId('nav-quotes').click()
  await page.getByTestId('quote-new').click()
  await page.getByTestId('quote-builder').waitFor()
  await page.getByTestId('quote-customer').fill('绍兴柯桥锦程纺织有限公司')

  // The finder matches as the guard does: the SKU in full width finds the printer.
  await page.getByTestId('quote-finder').fill('ＬＰ－４２００')
  await page.getByTestId('quote-finder-option-LP-4200').waitFor()
  await page.getByTestId('quote-finder').fill('')

  // The rep passes the catalog by: the printer's name as a free-text line at 1.00.
  await page.getByTestId('quote-finder').fill('激光打印机')
  await page.getByTestId('quote-finder-free').waitFor()
  await page.getByTestId('quote-finder-free').dispatchEvent('mousedown')
  // The builder offers the catalog's printer first; the rep insists on the typed line.
  await page.getByTestId('quote-match').waitFor()
  await page.getByTestId('quote-match-keep').click()
  await page.getByTestId('quote-line-1-price').waitFor()
  assert.equal(await page.getByTestId('quote-line-1-name').inputValue(), '激光打印机')
  await page.getByTestId('quote-line-1-price').fill('1')

  // Told it is below the floor and needs approval, never told the floor.
  await page.getByTestId('quote-line-1-floor').filter({ hasText: '低于底价，提交后需要经理审批' }).waitFor()
  await page.getByTestId('quote-guard-preview').filter({ hasText: '第 1 行「激光打印机」折后单价 ¥1.00，低于底价' }).waitFor()
  const page1 = await page.getByTestId('quote-builder').innerText()
  assert.doesNotMatch(page1, /3,800|3800/, 'the rep never sees the floor price')
  await settled('quote-discipline-builder-zh')
  await language('en')
  await page.getByTestId('quote-line-1-floor').filter({ hasText: "Below the floor price: needs a manager's approval" }).waitFor()
  await settled('quote-discipline-builder-en')
  await language('zh-CN')

  // Saved, the quote says it needs approval, and it cannot be sent.
  await page.getByTestId('quote-save').click()
  await page.getByTestId('quote-detail').waitFor()
  await page.getByTestId('quote-needs-approval').waitFor()
  assert.match(await text('quote-reasons'), /第 1 行「激光打印机」折后单价 ¥1\.00，低于底价/)
  assert.doesNotMatch(await text('quote-reasons'), /3,800/)
  assert.equal(await page.getByTestId('quote-send').count(), 0, 'no send button on a quote held for approval')
  const id = await page.evaluate(() => location.hash.split('/').pop())
  const number = await text('quote-number')
  const q = await call(page, 'Quotes', 'Get', id)
  assert.equal(q.needsApproval, true)
  assert.deepEqual(q.approvalReasons.map((r) => r.kind), ['belowFloor', 'discountOverLimit'])
  assert.equal(q.lines[0].listPriceMinor, 420000, 'held to the printer\'s list price')
  assert.equal(q.lines[0].floorPriceMinor, 0, 'the rep is not sent the floor')
  await assert.rejects(call(page, 'Quotes', 'MarkSent', q.id, q.version), /quoteStatus/)
  await settled('quote-discipline-held-zh')

  // Submitted, it waits for the manager, who sees the floor.
  await page.getByTestId('quote-submit').click()
  await page.getByTestId('quote-pending-banner').waitFor()
  await signOut()
  await signIn(manager)
  await page.getByTestId('nav-quotes').click()
  await page.locator(`[data-testid="quote-row"][data-number="${number}"]`).getByTestId('quote-open').click()
  await page.getByTestId('quote-pending-banner').waitFor()
  assert.match(await text('quote-reasons'), /低于底价 ¥3,800\.00/)
  await settled('quote-discipline-manager-zh')
})

test('tidy up: back to the owner, in the language the suite had', async () => {
  await signOut()
  await signIn(owner)
  if (startLanguage === 'en' || startLanguage === 'zh-CN') await language(startLanguage)
})
