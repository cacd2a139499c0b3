// Sales reports, setup and the dashboard's sales cards: deals arranged
// through the bindings (won now and months ago, lost with a reason, moved on,
// one owned by a rep), then the funnel's table shows the counts they add, the
// trend names its forecast method, the workbook export reads back with a
// Chinese sheet name and the same number, the setup tab words SOP deadlines
// and refuses to delete a stage in use, and the owner's and the rep's
// dashboards show their sales cards — looked at in both languages.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launch, shot, signInAsOwner, call, owner } from './harness.mjs'
import { meetEveryChecklist } from './sales-arrange.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())
// ECharts reports a chart it cannot draw on the console only.
page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`))

// Seeded stages and reasons (backend/store/migrations/0005_sales.sql).
const LEAD = '0190b000-0000-7000-8000-000000000001'
const FIRST_CONTACT = '0190b000-0000-7000-8000-000000000002'
const PRICE = '0190b000-0000-7000-8000-000000000201'

const customer = '湖州安吉白茶合作社'
const rep = { name: '赵晓峰', login: 'zhao.xiaofeng', password: 'steady-rep1' }
const ids = { rules: [] }
let startLanguage = 'zh-CN'

const pad = (x) => String(x).padStart(2, '0')
const localDay = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
function daysAgo(n) {
  const d = new Date()
  d.setDate(d.getDate() - n)
  return localDay(d)
}
const now = new Date()
const year = { from: `${now.getFullYear()}-01-01`, to: `${now.getFullYear()}-12-31` }
const month = `${now.getFullYear()}-${pad(now.getMonth() + 1)}`
const everyone = { ownerId: '', teamId: '' }

async function language(lang) {
  await page.getByTestId(`language-${lang}`).click()
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
}

/** Scrolls the app's content so that the element starts at the top of the window. */
const toTop = (testId) => page.getByTestId(testId).first().evaluate((el) => el.scrollIntoView({ block: 'start' }))

/** Lets transitions, charts and toasts finish so a screenshot shows the resting state. */
async function settled(name, ready) {
  await page.locator('.n-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
  if (ready) await page.getByTestId(ready).first().waitFor({ timeout: 60000 })
  await page.waitForTimeout(800)
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

async function createDeal(title, amountMinor, ownerId = '') {
  return call(page, 'Sales', 'CreateDeal', {
    id: '', version: 0, customerId: ids.customer, title, amountMinor, currency: '', expectedCloseOn: '',
    ownerId, stageId: '', products: [], decisionMaker: '', purchaseTimeline: '', needs: '', notes: '',
  })
}

/** Ticks the lead stage's checklist so the deal may leave it. */
const fit = (d) => call(page, 'Sales', 'TickChecklist', d.id, d.version, 'lead.fit', true)

const reachedOf = (f, stageId) => f.stages.find((s) => s.stageId === stageId).reached

test('arrange: a rep, two SOP rules that fall due at once, and six deals won, lost, moved on and open', async () => {
  await signInAsOwner(page)
  startLanguage = await page.evaluate(() => document.documentElement.lang || 'zh-CN')
  await language('zh-CN')
  ids.before = await call(page, 'Sales', 'Funnel', { ...everyone, ...year })
  const u = await call(page, 'Users', 'Create', {
    id: '', name: rep.name, login: rep.login, password: rep.password, role: 'rep', level: 'junior',
    managerId: '', hireDate: daysAgo(200), phone: '', email: '', active: true, version: 0,
  })
  ids.rep = u.id
  const c = await call(page, 'Customers', 'Create', {
    id: '', kind: 'company', name: customer, ownerId: '', stage: 'prospect', source: '', industry: '茶叶',
    region: '浙江', city: '湖州', country: '', address: '', phone: '', email: '', wechat: '', tags: [], notes: '',
    contacts: [], version: 0,
  })
  ids.customer = c.id
  // Rules due at once and in two hours make tasks that are overdue and due today on the dashboards.
  for (const [title, hours] of [['当天电话确认采购意向', 0], ['两小时内发送公司介绍', 2]]) {
    const r = await call(page, 'Sales', 'SaveRule', {
      id: '', version: 0, stageId: LEAD, titleZh: title, titleEn: '', anchor: 'deal_created', offsetHours: hours, position: 9, active: true,
    })
    ids.rules.push(r)
  }

  const won = await meetEveryChecklist(page, await createDeal('安吉白茶礼盒年度采购', 12_800_000), localDay(now))
  await call(page, 'Sales', 'Win', won.id, { version: won.version, amountMinor: 12_800_000, wonOn: localDay(now) })
  const earlier = await meetEveryChecklist(page, await createDeal('茶园直播设备', 5_600_000), localDay(now))
  await call(page, 'Sales', 'Win', earlier.id, { version: earlier.version, amountMinor: 5_600_000, wonOn: daysAgo(40), backdateReason: '补录上月的成交' })
  const lost = await createDeal('茶叶包装设计', 900_000)
  await call(page, 'Sales', 'Lose', lost.id, { version: lost.version, reasonId: PRICE, note: '对方选了更便宜的方案' })
  const moved = await fit(await createDeal('春茶预售小程序', 3_000_000))
  await call(page, 'Sales', 'MoveDeal', moved.id, moved.version, FIRST_CONTACT)
  await createDeal('合作社仓储改造', 7_500_000)
  await createDeal('白茶品鉴会', 1_200_000, ids.rep)

  ids.after = await call(page, 'Sales', 'Funnel', { ...everyone, ...year })
  assert.equal(reachedOf(ids.after, LEAD) - reachedOf(ids.before, LEAD), 6)
  assert.equal(reachedOf(ids.after, FIRST_CONTACT) - reachedOf(ids.before, FIRST_CONTACT), 3)
})

test('the reports tab: the funnel table shows the counts, the trend names its method and marks this month', async () => {
  await page.getByTestId('nav-sales').click()
  await page.getByTestId('sales-tab-reports').click()
  await page.getByTestId('sales-reports').waitFor()
  for (const chart of ['funnel', 'pipeline', 'lostReasons', 'trend']) await page.getByTestId(`report-${chart}-chart`).locator('canvas').waitFor()
  await settled('sales-reports-zh', 'report-trend-chart')
  await page.getByTestId('report-pipeline').scrollIntoViewIfNeeded()
  await settled('sales-reports-middle-zh')
  await page.getByTestId('report-trend').scrollIntoViewIfNeeded()
  await settled('sales-reports-trend-zh')

  await page.getByTestId('report-funnel-table-view').click()
  const row = (name) => page.getByTestId('report-funnel-row').filter({ hasText: name })
  await row('潜在客户识别').waitFor()
  for (const [name, stageId] of [['潜在客户识别', LEAD], ['初步接触', FIRST_CONTACT]]) {
    assert.equal((await row(name).locator('td').nth(1).innerText()).trim(), String(reachedOf(ids.after, stageId)))
  }
  const lead = ids.after.stages.find((s) => s.stageId === LEAD)
  assert.equal((await row('潜在客户识别').locator('td').nth(6).innerText()).trim(), String(lead.lost))
  assert.match(await page.getByTestId('report-funnel-summary').innerText(), new RegExp(`创建的商机 ${ids.after.deals} 个`))

  await page.getByTestId('report-lostReasons-table-view').click()
  await page.getByTestId('report-lostReasons-row').filter({ hasText: '价格过高' }).filter({ hasText: '潜在客户识别' }).waitFor()

  const trend = await call(page, 'Sales', 'Trend', { ...everyone, months: 12 })
  const method = { linearTrend: '线性趋势', weightedMovingAverage: '加权移动平均' }[trend.method]
  const words = await page.getByTestId('report-trend-method').innerText()
  if (trend.methodMonths === 1) assert.match(words, /只有上个完整月份有赢单/)
  else assert.match(words, new RegExp(`${method}.*最近 ${trend.methodMonths} 个月`))
  await page.getByTestId('report-trend-partial').filter({ hasText: month }).waitFor()
  await page.getByTestId('report-trend-table-view').click()
  await page.getByTestId('report-trend-row').filter({ hasText: `${month} （本月至今）` }).waitFor()

  // SOP compliance (reps and managers): the rule due at once left the rep's task missed; the row opens to list it.
  const mine = page.getByTestId('report-compliance-row').filter({ hasText: rep.name })
  await mine.waitFor()
  await mine.locator('.n-data-table-expand-trigger').click()
  await page.getByTestId('report-compliance-missed').filter({ hasText: '当天电话确认采购意向' }).filter({ hasText: '白茶品鉴会' }).waitFor()
  await toTop('report-compliance')
  await settled('sales-reports-tables-zh', 'report-compliance-table')
})

test('the export holds every table: a Chinese sheet name and the funnel count read back from the file', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'steady-report-')), '销售报表.xlsx')
  const query = { ...everyone, ...year, month, trendMonths: 12, table: '' }
  await call(page, 'System', 'RegisterTestPath', path) // as the save dialog would have returned it (e2e builds only)
  assert.equal(await call(page, 'Sales', 'ExportReportTo', query, 'zh-CN', path), path)
  const book = JSON.parse(execFileSync('python3', ['-c', READ_XLSX, path], { encoding: 'utf8' }))
  assert.deepEqual(Object.keys(book), ['销售漏斗', '输单原因', '销售管道', '销售趋势', 'SOP 执行'])
  const leadRow = book['销售漏斗'].find((r) => r[0] === '潜在客户识别')
  assert.ok(leadRow, 'the funnel sheet has the lead stage')
  assert.equal(Number(leadRow[1]), reachedOf(ids.after, LEAD))
  assert.ok(book['销售趋势'].some((r) => r.some((c) => /预测方法/.test(c))), 'the trend sheet names the method')
})

test('the reports in English', async () => {
  await language('en')
  await page.getByTestId('report-funnel-chart-view').click()
  await page.getByTestId('report-trend-chart-view').click()
  await page.getByTestId('report-trend-method').filter({ hasText: /^Forecast method: / }).waitFor()
  await settled('sales-reports-trend-en', 'report-trend-chart')
  await page.getByTestId('report-funnel').scrollIntoViewIfNeeded()
  await settled('sales-reports-en')
  // The charts follow the dark theme with the rest of the page.
  await page.getByTestId('theme-dark').click()
  await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor !== 'rgb(255, 255, 255)')
  await settled('sales-reports-dark-en', 'report-funnel-chart')
  await page.getByTestId('theme-system').click()
  await language('zh-CN')
})

test('setup: deadlines in plain words, a stage in use cannot be deleted, a lost reason is added', async () => {
  await page.getByTestId('sales-tab-setup').click()
  await page.getByTestId('sales-setup').waitFor()
  await page.getByTestId('setup-stage-first_contact').click()
  await page.getByTestId('setup-rule-due').filter({ hasText: '首次通话后 24 小时内' }).waitFor()
  await page.getByTestId('setup-rule-due').filter({ hasText: '进入阶段后 2 天内' }).waitFor()

  await page.getByTestId('setup-stage-row').filter({ hasText: '潜在客户识别' }).getByTestId('setup-stage-delete').click()
  await page.getByTestId('setup-confirm-ok').click()
  await page.locator('.n-message').filter({ hasText: /还有 \d+ 个商机处于这个阶段，不能删除/ }).waitFor()

  await page.getByTestId('setup-reason-add').click()
  await page.getByTestId('setup-reason-save').click()
  await page.locator('.n-form-item', { has: page.getByTestId('setup-reason-nameZh') }).getByText('必填').waitFor()
  await page.getByTestId('setup-reason-nameZh').fill('交货期太长')
  await page.getByTestId('setup-reason-nameEn').fill('Lead time too long')
  await page.getByTestId('setup-reason-save').click()
  await page.getByTestId('setup-reason-row').filter({ hasText: '交货期太长' }).waitFor()
  await page.getByTestId('setup-stage-lead').click()
  await page.getByTestId('setup-rule-due').filter({ hasText: '商机创建后 立即' }).waitFor()
  await toTop('sales')
  await settled('sales-setup-zh', 'setup-rules')
  await toTop('setup-rules')
  await settled('sales-setup-rules-zh', 'setup-reasons')
})

test('the owner\'s dashboard: own tasks, the team\'s month, pipeline, overdue by person and funnel', async () => {
  await page.getByTestId('nav-dashboard').click()
  await page.getByTestId('dashboard-sales-task').filter({ hasText: '当天电话确认采购意向' }).first().waitFor()
  // The two-hour rule falls due today unless the file runs in the day's last two hours.
  if (new Date().getHours() < 22) await page.getByTestId('dashboard-sales-task').filter({ hasText: /今天 \d\d:\d\d 截止/ }).first().waitFor()
  await page.getByTestId('dashboard-sales-month-target').filter({ hasText: '尚未设定销售目标' }).waitFor()
  assert.match(await page.getByTestId('dashboard-sales-month-won').innerText(), /¥/)
  await page.getByTestId('dashboard-sales-pipeline-stage').first().waitFor()
  await page.getByTestId('dashboard-team-overdue-rep').filter({ hasText: rep.name }).waitFor()
  await page.getByTestId('dashboard-team-funnel').locator('canvas').waitFor()
  await page.getByTestId('customer-today-card').waitFor()
  await toTop('dashboard')
  await settled('dashboard-sales-owner-zh', 'dashboard-team-funnel')
  await language('en')
  await page.getByTestId('dashboard-sales-month-target').filter({ hasText: 'No sales target set yet' }).waitFor()
  await toTop('dashboard')
  await settled('dashboard-sales-owner-en', 'dashboard-team-funnel')
  await toTop('dashboard-sales-pipeline')
  await settled('dashboard-sales-team-en', 'dashboard-team-funnel')
  await language('zh-CN')
})

test('the rep\'s dashboard: their own tasks and pipeline, no team cards', async () => {
  await signIn(rep.login, rep.password)
  await page.getByTestId('dashboard-sales-task').filter({ hasText: '白茶品鉴会' }).first().waitFor()
  await page.getByTestId('dashboard-sales-pipeline-total').filter({ hasText: '进行中 1 个' }).waitFor()
  await page.getByTestId('dashboard-sales-month-target').filter({ hasText: '尚未设定销售目标' }).waitFor()
  assert.equal(await page.getByTestId('dashboard-team-funnel').count(), 0)
  await settled('dashboard-sales-rep-zh', 'dashboard-sales-pipeline')
  await language('en')
  await page.getByTestId('dashboard-sales-tasks').filter({ hasText: 'My SOP tasks' }).waitFor()
  await settled('dashboard-sales-rep-en', 'dashboard-sales-pipeline')
})

test('tidy up: the rules made for this file are retired, back as the owner in the first language', async () => {
  await signIn(owner.login, owner.password)
  for (const r of ids.rules) await call(page, 'Sales', 'DeleteRule', r.id, r.version)
  await language(startLanguage === 'en' ? 'en' : 'zh-CN')
})

// Reads an xlsx without third-party modules: each sheet's rows as text cells, by sheet name.
const READ_XLSX = String.raw`
import json, re, sys, zipfile
from xml.etree import ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
      'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}
z = zipfile.ZipFile(sys.argv[1])
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):
        shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))
rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
out = {}
for s in ET.fromstring(z.read('xl/workbook.xml')).find('m:sheets', ns):
    target = rels[s.get('{%s}id' % ns['r'])].lstrip('/')
    target = target if target.startswith('xl/') else 'xl/' + target
    rows = []
    for row in ET.fromstring(z.read(target)).iter('{%s}row' % ns['m']):
        cells = []
        for c in row.findall('m:c', ns):
            v = c.find('m:v', ns)
            t = c.get('t')
            if t == 's' and v is not None:
                cells.append(shared[int(v.text)])
            elif t == 'inlineStr':
                cells.append(''.join(x.text or '' for x in c.iter('{%s}t' % ns['m'])))
            else:
                cells.append(v.text if v is not None else '')
        rows.append(cells)
    out[s.get('name')] = rows
print(json.dumps(out, ensure_ascii=False))
`
