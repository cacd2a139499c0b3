// Exchange rates and the month against target: the owner keeps the dollar's
// rate in the settings pane (copies last month's, corrects it, a bad rate is
// refused under its row), then the dashboard adds a dollar win at that rate
// to the month so far, shows the completion of the rep's target ("62 % of
// 300,000.00") and says which rate converted what, and lists an open deal in
// yen, which has no rate, as not converted — looked at in zh-CN and en.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, shot, signInAsOwner, call } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

const pad = (x) => String(x).padStart(2, '0')
const now = new Date()
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
const month = `${now.getFullYear()}-${pad(now.getMonth() + 1)}`
const last = new Date(now.getFullYear(), now.getMonth() - 1, 1)
const lastMonth = `${last.getFullYear()}-${pad(last.getMonth() + 1)}`
const ids = {}
let startLanguage = 'zh-CN'

async function language(lang) {
  await page.getByTestId(`language-${lang}`).click()
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
}

async function settled(name, ready) {
  await page.locator('.n-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
  if (ready) await page.getByTestId(ready).first().waitFor({ timeout: 60000 })
  await page.waitForTimeout(800)
  await shot(page, name)
}

/** A deal of the rep's in currency, every checklist met so it can be won at once. */
async function readyDeal(title, amountMinor, currency) {
  let d = await call(page, 'Sales', 'CreateDeal', {
    id: '', version: 0, customerId: ids.customer, title, amountMinor, currency, expectedCloseOn: '',
    ownerId: ids.rep, stageId: '', products: [], decisionMaker: '', purchaseTimeline: '', needs: '', notes: '',
  })
  d = await call(page, 'Sales', 'UpdateDeal', {
    ...d, stageId: '', expectedCloseOn: today, products: [{ productId: '', name: '样品' }], budgetMinor: amountMinor * 2,
    decisionMaker: '采购部 王经理', purchaseTimeline: '本季度', needs: '年度采购',
  })
  for (const key of ['lead.fit', 'first_contact.talked', 'proposal.sent', 'quotation.sent', 'negotiation.signed']) {
    d = await call(page, 'Sales', 'TickChecklist', d.id, d.version, key, true)
  }
  return d
}

test('arrange: a rep with a 300,000.00 target, wins in yuan and dollars, an open deal in yen', async () => {
  await signInAsOwner(page)
  startLanguage = await page.evaluate(() => document.documentElement.lang || 'zh-CN')
  await language('zh-CN')
  const u = await call(page, 'Users', 'Create', {
    id: '', name: '孙海燕', login: 'sun.haiyan', password: 'steady-rep1', role: 'rep', level: 'senior',
    managerId: '', hireDate: '2024-03-01', phone: '', email: '', active: true, version: 0,
  })
  ids.rep = u.id
  const c = await call(page, 'Customers', 'Create', {
    id: '', kind: 'company', name: '宁波港湾进出口有限公司', ownerId: u.id, stage: 'prospect', source: '', industry: '外贸',
    region: '浙江', city: '宁波', country: '', address: '', phone: '', email: '', wechat: '', tags: [], notes: '',
    contacts: [], version: 0,
  })
  ids.customer = c.id
  await call(page, 'Appraisal', 'SaveTargets', month, [{ userId: u.id, code: 'sales_amount', value: 30_000_000, clear: false, version: 0 }])
  await call(page, 'Company', 'SaveRates', lastMonth, [{ currency: 'USD', rateMicro: 7_100_000, clear: false, version: 0 }])
  const yuan = await readyDeal('港口设备年度维保', 15_000_000, '')
  await call(page, 'Sales', 'Win', yuan.id, { version: yuan.version, amountMinor: 15_000_000, wonOn: today })
  const dollars = await readyDeal('Export order: 40 printers', 500_000, 'USD')
  await call(page, 'Sales', 'Win', dollars.id, { version: dollars.version, amountMinor: 500_000, wonOn: today })
  await readyDeal('日本客户 样机试用', 1_000_000, 'JPY')
})

test('the owner keeps the rates: copy last month, a bad rate refused under its row, the corrected one saved', async () => {
  await page.getByTestId('nav-settings').click()
  await page.getByTestId('settings-tab-rates').click()
  await page.getByTestId('settings-rates').waitFor()
  await page.getByTestId('rates-none').waitFor()
  await page.getByTestId('rates-copy').click()
  const usd = page.getByTestId('rates-row').filter({ hasText: 'USD' })
  await usd.waitFor()
  assert.equal(await page.getByTestId('rates-input-USD').inputValue(), '7.100000')
  await page.getByTestId('rates-input-USD').fill('7.2.1')
  await page.getByTestId('rates-save').click()
  await page.getByTestId('rates-error-USD').filter({ hasText: '最多 6 位小数' }).waitFor()
  await settled('rates-refused-zh', 'rates-error-USD')
  await page.getByTestId('rates-input-USD').fill('７.２')
  await page.getByTestId('rates-save').click()
  await page.locator('.n-message').filter({ hasText: '汇率已保存' }).waitFor()
  assert.equal(await page.getByTestId('rates-input-USD').inputValue(), '7.200000')
  const saved = await call(page, 'Company', 'Rates', month)
  assert.deepEqual(saved.rates.map((r) => [r.currency, r.rateMicro]), [['USD', 7_200_000]])
  await settled('rates-zh', 'rates-row')
})

test('the dashboard: the month so far with the dollar win converted, 62 % of the target, rates and what was not converted', async () => {
  await page.getByTestId('nav-dashboard').click()
  // 150,000.00 + USD 5,000.00 × 7.2 = 186,000.00 of 300,000.00
  await page.getByTestId('dashboard-sales-month-won').filter({ hasText: '186,000.00' }).waitFor()
  await page.getByTestId('dashboard-sales-month-completion').filter({ hasText: /已完成 62%（目标 ¥300,000\.00）/ }).waitFor()
  await page.getByTestId('dashboard-sales-month-conversion-rates').filter({ hasText: `USD ${month} 汇率 7.200000` }).waitFor()
  // the open yen deal has no rate this month: listed, not added
  await page.getByTestId('dashboard-sales-pipeline-conversion-not-converted').filter({ hasText: /JP¥|¥1,000,000|1,000,000/ }).waitFor()
  await page.getByTestId('dashboard-team-funnel').locator('canvas').waitFor()
  const team = await call(page, 'Sales', 'ManagerDashboard', { ownerId: '', teamId: '' })
  assert.equal(team.monthToDate.wonMinor, 18_600_000)
  assert.equal(team.monthToDate.targetMinor, 30_000_000)
  await page.getByTestId('dashboard-sales-month').scrollIntoViewIfNeeded()
  await settled('dashboard-target-rates-zh', 'dashboard-sales-month-completion')

  await language('en')
  await page.getByTestId('dashboard-sales-month-completion').filter({ hasText: /^\s*62 % of ¥300,000\.00\s*$/ }).waitFor()
  await page.getByTestId('dashboard-sales-month-conversion-rates').filter({ hasText: `USD ${month} at 7.200000` }).waitFor()
  await page.getByTestId('dashboard-sales-pipeline-conversion-not-converted').filter({ hasText: /^Not converted/ }).waitFor()
  await page.getByTestId('dashboard-sales-month').scrollIntoViewIfNeeded()
  await settled('dashboard-target-rates-en', 'dashboard-sales-month-completion')
})

test('the rep reads the rates and sees their own target on their dashboard', async () => {
  await page.getByTestId('sign-out').click()
  await page.getByTestId('login-view').waitFor()
  await page.getByTestId('login-login').fill('sun.haiyan')
  await page.getByTestId('login-password').fill('steady-rep1')
  await page.getByTestId('login-submit').click()
  await page.getByTestId('app-shell').waitFor()
  await page.getByTestId('dashboard-sales-month-completion').filter({ hasText: /62 % of ¥300,000\.00/ }).waitFor()
  await page.getByTestId('nav-settings').click()
  await page.getByTestId('settings-tab-rates').click()
  await page.getByTestId('rates-row').filter({ hasText: '7.200000' }).waitFor()
  assert.equal(await page.getByTestId('rates-save').count(), 0)
  await settled('rates-rep-en', 'rates-row')
  await language(startLanguage === 'en' ? 'en' : 'zh-CN')
})
