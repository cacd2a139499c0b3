// Customer files: a CSV from another system is imported with its columns
// mapped (one changed by hand), a few bad rows are refused with their line
// and reason while the rest land in one go, an imported customer is found
// by search, and a duplicate the import brought in is merged into the
// customer that was already there, keeping the better name. The import
// screens are looked at in both languages.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launch, shot, signInAsOwner, call } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

let startLanguage = 'zh-CN'
const ids = {}

// Line 1 is the header; lines 5–7 are bad (no name, a phone that is words, a broken e-mail).
const csv = [
  '公司名称,电话,联系人,手机,邮箱,城市,来源,内部编号,备注',
  '苏州澜舟精密机械有限公司,0512-6688 1201,沈嘉禾,139 1234 5671,sales@lanzhou-jm.cn,苏州,展会,K-0101,年初展会上留的名片',
  '无锡启衡电子科技有限公司,0510-8123 4567,顾思远,138 1234 5672,,无锡,官网,K-0102,',
  '宁波海曙恒达五金有限公司,0574-8765 1234,,,,宁波,,K-0103,老客户补充资料',
  ',0571-8000 1111,赵某,,,,,K-0104,',
  '温州瓯越鞋业有限公司,电话待定,林晓,,,温州,,K-0105,',
  '台州椒江明辉塑业有限公司,,,,mh@@taizhou,台州,,K-0106,',
  '绍兴柯桥锦程纺织有限公司,0575-8456 7788,孙雅琴,137 5555 6666,,绍兴,转介绍,K-0107,',
].join('\r\n')

const person = (name, city, phone) => ({
  id: '', kind: 'company', name, ownerId: '', stage: '', source: 'referral', industry: '', region: '', city,
  country: '', address: '', phone, email: '', wechat: '', tags: [], notes: '', contacts: [], version: 0,
})

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

async function statValue(key) {
  return (await page.getByTestId(`customer-import-stat-${key}`).locator('.n-statistic-value__content').innerText()).trim()
}

test('arrange: signed in as the owner, two customers already there, and the file on disk', async () => {
  await signInAsOwner(page)
  startLanguage = await page.evaluate(() => document.documentElement.lang || 'zh-CN')
  await language('zh-CN')
  ids.hengda = (await call(page, 'Customers', 'Create', person('宁波海曙恒达五金有限公司', '宁波', '0574-87651234'))).id
  ids.jincheng = (await call(page, 'Customers', 'Create', person('柯桥锦程纺织', '绍兴', '0575-8456 0000'))).id
  ids.file = join(mkdtempSync(join(tmpdir(), 'steady-import-')), '客户名单.csv')
  writeFileSync(ids.file, '\ufeff' + csv, 'utf8')
  await call(page, 'System', 'RegisterTestPath', ids.file) // as the open dialog would have returned it (e2e builds only)
})

test('the list offers import; the file’s columns are guessed, one is mapped by hand, and the preview says what each row will do', async () => {
  await page.getByTestId('nav-customers').click()
  await page.getByTestId('customer-list').waitFor()
  await page.getByTestId('customer-import-open').click()
  await page.getByTestId('customer-import-file').waitFor()
  // The native dialog cannot be driven: the wizard takes the path the dialog would have given.
  await page.getByTestId('customer-import-leave').click()
  await page.getByTestId('customer-list').waitFor()
  await page.evaluate((f) => (location.hash = `#/customers/import?file=${encodeURIComponent(f)}`), ids.file)
  await page.getByTestId('customer-import-mapping').waitFor()
  assert.match(await page.getByTestId('customer-import-total').innerText(), /7/)
  assert.match(await page.getByTestId('customer-import-encoding').innerText(), /UTF-8/)

  const field = (header) => page.locator(`[data-testid="customer-import-map-row"][data-header="${header}"]`).getAttribute('data-field')
  const guessed = {
    公司名称: 'name', 电话: 'phone', 联系人: 'contactName', 手机: 'contactPhone', 邮箱: 'email', 城市: 'city',
    来源: 'source', 内部编号: '', 备注: 'notes',
  }
  for (const [header, key] of Object.entries(guessed)) assert.equal(await field(header), key, header)

  // 内部编号 has no field of its own: keep it as a tag.
  await page.getByTestId('customer-import-map-7').click()
  await page.keyboard.type('标签')
  await page.locator('.n-base-select-option', { hasText: '标签' }).first().click()
  await page.locator('[data-testid="customer-import-map-row"][data-header="内部编号"][data-field="tags"]').waitFor()

  const action = (line) => page.locator(`[data-testid="customer-import-preview-row"][data-line="${line}"]`).getAttribute('data-action')
  await page.locator('[data-testid="customer-import-preview-row"][data-line="8"]').waitFor()
  const actions = []
  for (let line = 2; line <= 8; line++) actions.push(await action(line))
  assert.deepEqual(actions, ['create', 'create', 'update', 'reject', 'reject', 'reject', 'create'])
  assert.match(await page.getByTestId('customer-import-preview-counts').innerText(), /拒绝 3/)
  await page.getByTestId('customer-import-mapping').scrollIntoViewIfNeeded()
  await settled('customers-import-mapping-zh')
})

test('the run lands the good rows in one go and reports each refused row with its line and reason', async () => {
  await page.getByTestId('customer-import-start').click()
  await page.getByTestId('customer-import-report').waitFor()
  assert.equal(await page.getByTestId('customer-import-report').getAttribute('data-cancelled'), 'false')
  assert.equal(await statValue('rows'), '7')
  assert.equal(await statValue('created'), '3')
  assert.equal(await statValue('updated'), '1')
  assert.equal(await statValue('rejected'), '3')
  const reasons = {
    5: [/公司名称/, /必填/],
    6: [/电话/, /电话号码格式不正确/],
    7: [/邮箱/, /邮箱格式不正确/],
  }
  for (const [line, [column, reason]] of Object.entries(reasons)) {
    const row = page.locator(`[data-testid="customer-import-rejected-row"][data-line="${line}"]`)
    const text = await row.innerText()
    assert.match(text, column, `line ${line}`)
    assert.match(text, reason, `line ${line}`)
  }
  assert.equal(await page.getByTestId('customer-import-rejected-row').count(), 3)
  await settled('customers-import-summary-zh')
  await language('en')
  await page.getByTestId('customer-import-stat-created').filter({ hasText: 'Created' }).waitFor()
  await page.locator('[data-testid="customer-import-rejected-row"][data-line="6"]').filter({ hasText: 'not a valid phone' }).waitFor()
  await settled('customers-import-summary-en')
  await language('zh-CN')

  // The row that matched by phone updated the customer that was there.
  const hengda = await call(page, 'Customers', 'Get', ids.hengda)
  assert.equal(hengda.notes, '老客户补充资料')
  assert.deepEqual(hengda.tags, ['K-0103'])
})

test('an imported customer is found by search, with its contact', async () => {
  await page.getByTestId('customer-import-view').click()
  await page.getByTestId('customer-list').waitFor()
  await page.getByTestId('customer-search').fill('澜舟')
  const hit = page.getByTestId('customer-search-hit').filter({ hasText: '苏州澜舟精密机械有限公司' }).first()
  await hit.waitFor()
  await hit.click()
  await page.getByTestId('customer-name').filter({ hasText: '苏州澜舟精密机械有限公司' }).waitFor()
  await page.getByTestId('customer-contact').filter({ hasText: '沈嘉禾' }).waitFor()
})

test('the duplicate the import brought in is merged into the customer already there, keeping the fuller name', async () => {
  const hits = await call(page, 'Customers', 'Search', '锦程纺织', 10)
  ids.imported = hits.find((h) => h.name === '绍兴柯桥锦程纺织有限公司')?.customerId
  assert.ok(ids.imported, 'the imported 锦程纺织 is searchable')

  await page.getByTestId('nav-customers').click()
  await page.getByTestId('customer-tab-duplicates').click()
  await page.getByTestId('customer-duplicates').waitFor()
  const pair = page.locator(`[data-testid="customer-duplicate-pair"][data-a="${ids.jincheng}"][data-b="${ids.imported}"]`)
  await pair.waitFor()
  assert.match(await pair.getByTestId('customer-duplicate-reason').first().innerText(), /名称相同/)
  await settled('customers-duplicates-zh')

  await pair.getByTestId('customer-duplicate-compare').click()
  await page.getByTestId('customer-merge-modal').waitFor()
  await page.getByTestId('customer-merge-name-b').filter({ hasText: '绍兴柯桥锦程纺织有限公司' }).click()
  assert.equal(await page.getByTestId('customer-merge-name-b').getAttribute('aria-pressed'), 'true')
  assert.equal(await page.getByTestId('customer-merge-phone-a').getAttribute('aria-pressed'), 'true')
  await settled('customers-merge-zh')
  await page.getByTestId('customer-merge-submit').click()
  await page.locator('.n-message').filter({ hasText: '已合并' }).waitFor()
  await pair.waitFor({ state: 'detached' })

  // The duplicate's old link leads to the customer that stayed, which now has its contact.
  await page.evaluate((id) => (location.hash = `#/customers/${id}`), ids.imported)
  await page.waitForFunction((id) => location.hash.endsWith(`/customers/${id}`), ids.jincheng)
  await page.getByTestId('customer-name').filter({ hasText: '绍兴柯桥锦程纺织有限公司' }).waitFor()
  await page.getByTestId('customer-contact').filter({ hasText: '孙雅琴' }).waitFor()
  const kept = await call(page, 'Customers', 'Get', ids.jincheng)
  assert.equal(kept.phone, '0575-8456 0000')
})

test('export offers the filtered list', async () => {
  await page.getByTestId('nav-customers').click()
  await page.getByTestId('customer-list').waitFor()
  await page.getByTestId('customer-filter-city').fill('苏州')
  await page.getByTestId('customer-row').filter({ hasText: '苏州澜舟精密机械有限公司' }).waitFor()
  await page.getByTestId('customer-export-open').click()
  const scope = page.getByTestId('customer-export-scope')
  await scope.waitFor()
  assert.match(await scope.innerText(), /当前筛选条件/)
  await settled('customers-export-zh')
  await page.keyboard.press('Escape')
  await page.getByTestId('customer-filter-city').fill('')
})

test('tidy up: the language the suite had', async () => {
  if (startLanguage === 'en' || startLanguage === 'zh-CN') await language(startLanguage)
})
