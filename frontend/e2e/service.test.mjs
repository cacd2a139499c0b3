// After-sales, end to end: the owner opens a complaint received an hour ago
// with a 30-minute target, resolves it late, closes it and records the
// customer's score of 2; the rep's manager finds the follow-up in their
// list; the month's appraisal of the rep shows the satisfaction number
// (2 of 5 = 40 %). The ticket list and the report are looked at in both
// languages at 1280×800 and 1024×700.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, shot, signInAsOwner, call } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

const manager = { name: '钱立新', login: 'svc.manager', password: 'steady-mgr1' }
const rep = { name: '李强', login: 'svc.li', password: 'steady-rep1' }
const customer = '宁波海曙恒达五金有限公司'
let month = ''

async function language(lang) {
  await page.getByTestId(`language-${lang}`).dispatchEvent('click')
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
}
async function look(name) {
  for (const lang of ['zh-CN', 'en']) {
    await language(lang)
    for (const [w, h] of [[1280, 800], [1024, 700]]) {
      await page.setViewportSize({ width: w, height: h })
      await page.locator('.n-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
      await page.waitForTimeout(500)
      await shot(page, `service-${name}-${lang}-${w}`)
    }
  }
  await language('zh-CN')
  await page.setViewportSize({ width: 1280, height: 800 })
}
const pad = (n) => String(n).padStart(2, '0')
const local = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:00`

test('arrange: a manager, their rep holding a customer, every hour a working hour, urgent tickets due in 30 minutes', async () => {
  await signInAsOwner(page)
  month = await call(page, 'Appraisal', 'CurrentMonth')
  const base = { id: '', phone: '', email: '', active: true, version: 0 }
  const mg = await call(page, 'Users', 'Create', { ...base, name: manager.name, login: manager.login, password: manager.password,
    role: 'manager', level: 'senior', managerId: '', hireDate: '2020-01-06' })
  const li = await call(page, 'Users', 'Create', { ...base, name: rep.name, login: rep.login, password: rep.password,
    role: 'rep', level: 'junior', managerId: mg.id, hireDate: '2024-03-01' })
  const c = await call(page, 'Customers', 'Create', { kind: 'company', name: customer, stage: 'customer', tags: [], contacts: [] })
  await call(page, 'Customers', 'Assign', [{ id: c.id, version: c.version }], li.id, '')
  const hours = await call(page, 'ServiceDesk', 'Hours')
  await call(page, 'ServiceDesk', 'SaveHours', { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00', version: hours.version })
  const st = await call(page, 'ServiceDesk', 'Settings')
  await call(page, 'ServiceDesk', 'SaveSettings', { ...st, resolveMin: { ...st.resolveMin, urgent: 30 } })
  // a template that weighs satisfaction (the standard one does not)
  const metrics = [
    { code: 'sales_amount', name: '', weight: 80, rule: 'linear', targetBp: 0, capBp: 12000, steps: [], rubric: [] },
    { code: 'satisfaction', name: '', weight: 20, rule: 'linear', targetBp: 8000, capBp: 10000, steps: [], rubric: [] },
  ]
  await call(page, 'Appraisal', 'SaveTemplate', { id: '', name: '售后考核', role: 'rep', level: '', gradeA: 9000, gradeB: 7500,
    gradeC: 6000, metrics, version: 0 })
})

test('the owner opens a complaint received an hour ago', async () => {
  await page.getByTestId('nav-service').click()
  await page.getByTestId('service').waitFor()
  await page.getByTestId('ticket-new').click()
  await page.getByTestId('ticket-form').waitFor()
  await page.getByTestId('ticket-customer').fill('恒达')
  await page.locator('.n-base-select-option', { hasText: customer }).first().click()
  await page.getByTestId('ticket-priority').click()
  await page.locator('.n-base-select-option', { hasText: '紧急' }).click()
  await page.getByTestId('ticket-subject').fill('五金件批次生锈，客户要求退换')
  const received = page.getByTestId('ticket-received').locator('input')
  await received.fill(local(new Date(Date.now() - 60 * 60 * 1000)))
  await received.press('Enter')
  await page.getByTestId('ticket-save').click()
  await page.getByTestId('ticket-drawer').waitFor()
  assert.match(await page.getByTestId('ticket-drawer').innerText(), /五金件批次生锈/)
})

test('it is resolved late, and closing asks for the survey: a 2 opens a follow-up', async () => {
  const drawer = page.getByTestId('ticket-drawer')
  await drawer.getByText('创建工单').waitFor() // the drawer has settled on the ticket read back
  const resolution = page.getByTestId('ticket-resolution')
  await resolution.fill('已补发 200 件新货，旧件退回')
  assert.equal(await resolution.inputValue(), '已补发 200 件新货，旧件退回')
  await page.getByTestId('ticket-to-resolved').click()
  await page.getByTestId('ticket-late').waitFor()
  await page.getByTestId('ticket-to-closed').click()
  await page.getByTestId('survey-modal').waitFor()
  assert.match(await page.getByTestId('survey-text').innerText(), /1–5 分/)
  await page.getByTestId('survey-score-2').click()
  await page.getByTestId('survey-reply').fill('2分，等了太久才处理')
  await page.getByTestId('survey-save').click()
  await page.getByTestId('survey-modal').waitFor({ state: 'detached' })
  assert.match(await drawer.innerText(), /已关闭/)
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'detached' })
  await page.getByTestId('tickets-filter-all').click()
  await page.getByTestId('ticket-row').filter({ hasText: '超时解决' }).waitFor()
  await look('tickets')
})

test("the rep's manager finds the follow-up in their list", async () => {
  await page.getByTestId('sign-out').click()
  await page.getByTestId('login-login').fill(manager.login)
  await page.getByTestId('login-password').fill(manager.password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('app-shell').waitFor()
  await page.getByTestId('nav-service').click()
  await page.getByTestId('service-tab-followups').click()
  const row = page.getByTestId('followups-table').locator('tr', { hasText: customer })
  await row.waitFor()
  assert.match(await row.innerText(), /2\/5/)
  assert.match(await row.innerText(), /李强/)
  await page.getByTestId('service-tab-report').click()
  await page.getByTestId('service-report-table').locator('tr', { hasText: '李强' }).waitFor()
  await look('report')
})

test('the appraisal shows the satisfaction number', async () => {
  await call(page, 'Appraisal', 'Generate', month)
  await page.getByTestId('nav-appraisal').click()
  await page.getByTestId('appraisal').waitFor()
  await page.getByTestId('appraisal-tab-list').click()
  // the survey was answered this month; the appraisal opens on the last full one
  const picker = page.getByTestId('appraisal-month').locator('input')
  await picker.fill(month)
  await picker.press('Enter')
  await page.getByTestId('appraisal-row').filter({ hasText: rep.name }).getByTestId('appraisal-open').click()
  await page.getByTestId('appraisal-detail').waitFor()
  const row = page.getByTestId('appraisal-metric-row').and(page.locator('[data-code="satisfaction"]'))
  await row.waitFor()
  assert.match(await row.innerText(), /40/)
  await shot(page, 'service-appraisal-zh-CN-1280')
})
