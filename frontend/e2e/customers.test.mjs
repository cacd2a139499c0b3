// The customers path a rep walks many times a day: add a customer with a
// contact (a field error on the way), log a visit without leaving the
// keyboard, find the customer again by pinyin initials, and see the day's
// birthdays with a greeting to copy. The list and the customer page are
// looked at in both languages.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, shot, feedbackOf, signInAsOwner, call } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

// Initials qxwcyyxgs: nothing else the suite creates starts with "qxwcy".
const customer = '瞿溪湾茶业有限公司'
const contact = { name: '陆佳怡', title: '采购经理', phone: '138 0013 8000' }
const visit = {
  summary: '到店拜访，品鉴了今年的明前龙井，对礼盒装很感兴趣',
  outcome: '同意先试订 20 盒',
  nextStep: '寄送报价单和样品',
}
const birthdayContact = '庞海燕'
let startLanguage = 'zh-CN'
const ids = {}
const byId = (testId, id) => page.locator(`[data-testid="${testId}"][data-id="${id}"]`)

/** Local calendar day n days from today, as YYYY-MM-DD. */
function day(n) {
  const d = new Date()
  d.setDate(d.getDate() + n)
  const pad = (x) => String(x).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

async function language(lang) {
  await page.getByTestId(`language-${lang}`).click()
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
}

/** Nobody is typing anywhere: single-key shortcuts apply. */
async function blur() {
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur())
}

async function focused() {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '')
}

async function waitFocus(testId) {
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, testId)
}

/** Lets transitions and toasts finish so a screenshot shows the resting state. */
async function settled(name, ready) {
  await page.locator('.n-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
  await page.waitForTimeout(400)
  // wails dev reloads the page when the Go side is rebuilt: shoot what a person would see once it is back.
  if (ready) await page.getByTestId(ready).first().waitFor({ timeout: 60000 })
  await shot(page, name)
}

test('arrange: signed in as the owner, in Chinese', async () => {
  await signInAsOwner(page)
  startLanguage = await page.evaluate(() => document.documentElement.lang || 'zh-CN')
  await language('zh-CN')
  await browser.grantPermissions(['clipboard-read', 'clipboard-write'])
})

test('a new customer with its first contact: a bad email is shown under the field, then it saves', async () => {
  await page.getByTestId('nav-customers').click()
  await page.getByTestId('customer-list').waitFor()
  await page.getByTestId('customer-add').click()
  await page.getByTestId('customer-drawer').waitFor()
  await waitFocus('customer-form-name')

  await page.getByTestId('customer-form-name').fill(customer)
  await page.getByTestId('customer-form-industry').fill('茶叶零售')
  await page.getByTestId('customer-form-region').fill('浙江')
  await page.getByTestId('customer-form-city').fill('杭州')
  await page.getByTestId('customer-form-phone').fill('0571-8888 6666')
  await page.getByTestId('customer-form-email').fill('chaye@')
  await page.getByTestId('customer-form-tags').fill('茶叶，礼盒 华东')
  await page.getByTestId('customer-form-contact-name').fill(contact.name)
  await page.getByTestId('customer-form-contact-title').fill(contact.title)
  await page.getByTestId('customer-form-contact-phone').fill(contact.phone)
  await page.getByTestId('customer-form-contact-birthday').fill('05-20')
  await page.getByTestId('customer-form-save').click()

  // The backend's code, in the user's language, under the field it belongs to.
  await feedbackOf(page, 'customer-form-email').filter({ hasText: '邮箱格式不正确' }).waitFor()
  assert.equal(await page.getByTestId('customer-drawer').isVisible(), true)
  await settled('customer-form-error-zh', 'customer-drawer')

  await page.getByTestId('customer-form-email').fill('chaye@qxw-tea.cn')
  await feedbackOf(page, 'customer-form-email').filter({ hasText: '邮箱格式不正确' }).waitFor({ state: 'detached' })
  await page.getByTestId('customer-form-save').click()

  await page.getByTestId('customer-page').waitFor()
  await page.getByTestId('customer-name').filter({ hasText: customer }).waitFor()
  ids.customer = await customerId()
  await page.getByTestId('customer-stage-tag').filter({ hasText: '线索' }).first().waitFor()
  const row = page.getByTestId('customer-contact').filter({ hasText: contact.name })
  await row.waitFor()
  await row.getByTestId('customer-contact-primary-tag').waitFor()
  assert.match(await row.innerText(), new RegExp(contact.title))
  // Its creation is already on the timeline.
  await page.getByTestId('customer-timeline-entry').filter({ hasText: '创建了客户' }).waitFor()
})

test('a visit is logged from the keyboard and lands on top of the timeline', async () => {
  // The closing drawer hands focus back to the button that opened it; wait for that first.
  await page.getByTestId('customer-drawer').waitFor({ state: 'detached' })
  await blur()
  await page.keyboard.press('l')
  await waitFocus('customer-activity-summary')
  await page.keyboard.press('Alt+2')
  await page.locator('[data-testid="customer-activity-kind-visit"].n-radio-button--checked').waitFor()
  await page.keyboard.type(visit.summary)
  await page.keyboard.press('Tab')
  assert.equal(await focused(), 'customer-activity-outcome')
  await page.keyboard.type(visit.outcome)
  await page.keyboard.press('Tab')
  assert.equal(await focused(), 'customer-activity-nextStep')
  await page.keyboard.type(visit.nextStep)
  await page.keyboard.press('Tab')
  assert.equal(await focused(), 'customer-activity-nextStepOn')
  await page.keyboard.type(day(3))
  await page.keyboard.press('Control+Enter')

  const entry = page.getByTestId('customer-timeline-entry').first()
  await entry.filter({ hasText: visit.summary }).waitFor()
  assert.equal(await entry.getAttribute('data-kind'), 'activity')
  assert.equal(await entry.getAttribute('data-activity-kind'), 'visit')
  const text = await entry.innerText()
  assert.match(text, /拜访/)
  assert.match(text, new RegExp(visit.outcome))
  assert.match(text, new RegExp(visit.nextStep))
  assert.match(text, new RegExp(day(3)))
  // The form is ready for the next one, cursor back in the summary.
  assert.equal(await page.getByTestId('customer-activity-summary').inputValue(), '')
  await waitFocus('customer-activity-summary')
  // Logging counts as contact.
  await page.getByTestId('customer-owner').filter({ hasText: '最近联系：今天' }).waitFor()

  const saved = await call(page, 'Customers', 'Timeline', ids.customer, 5, '')
  const a = saved.entries.find((e) => e.kind === 'activity')
  assert.equal(a.activity.kind, 'visit')
  assert.equal(a.activity.nextStepOn, day(3))
})

async function customerId() {
  return page.evaluate(() => location.hash.split('/').pop())
}

test('the customer is found by pinyin initials as you type, and Enter opens it', async () => {
  await page.getByTestId('customer-back').click()
  await page.getByTestId('customer-list').waitFor()
  await blur()
  await page.keyboard.press('/')
  await waitFocus('customer-search')
  await page.keyboard.type('qxwcy')
  const hit = byId('customer-search-hit', ids.customer)
  await hit.filter({ hasText: customer }).waitFor()
  assert.equal(await hit.getAttribute('data-matched'), 'initials')
  await hit.getByTestId('customer-search-matched').filter({ hasText: '拼音首字母' }).waitFor()
  await settled('customers-search-zh', 'customer-search-hit')
  // Arrows walk the results (down and back up), Enter opens the one chosen.
  const order = await page.getByTestId('customer-search-hit').evaluateAll((els) => els.map((e) => e.dataset.id))
  const at = order.indexOf(ids.customer)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await page.getByTestId('customer-name').filter({ hasText: customer }).waitFor()
  assert.equal(await customerId(), ids.customer)

  // Ctrl+K opens the global search from anywhere in the area, even while typing elsewhere; it finds the contact.
  await page.keyboard.press('l')
  await waitFocus('customer-activity-summary')
  await page.keyboard.press('Control+k')
  await waitFocus('global-search-input')
  await page.keyboard.type('陆佳')
  const byContact = page.locator(`[data-testid="global-search-hit"][data-kind="contact"]`).filter({ hasText: customer }).first()
  await byContact.waitFor()
  assert.match(await byContact.innerText(), new RegExp(contact.name))
  await page.keyboard.press('Escape')
  await page.getByTestId('global-search').waitFor({ state: 'detached' })
})

test('today: a contact’s birthday today comes with a greeting to copy', async () => {
  const c = await call(page, 'Customers', 'Create', {
    id: '', kind: 'person', name: '庞海燕', ownerId: '', stage: 'customer', source: 'referral', industry: '',
    region: '', city: '宁波', country: '', address: '', phone: '', email: '', wechat: '', tags: [], notes: '',
    contacts: [{ id: '', customerId: '', name: birthdayContact, title: '', phone: '13900001111', email: '', wechat: '',
      birthday: `1990-${day(0).slice(5)}`, primary: true, version: 0 }],
    version: 0,
  })
  ids.birthday = c.id
  await page.getByTestId('nav-customers').click()
  await page.getByTestId('customer-tab-today').click()
  await page.getByTestId('customer-today').waitFor()
  await page.getByTestId('customer-today-refresh').click()
  const row = page.locator(`[data-testid="customer-today-birthday"][data-customer-id="${ids.birthday}"]`)
  await row.waitFor()
  assert.match(await row.innerText(), /今天生日/)
  const greeting = (await row.getByTestId('customer-today-greeting').innerText()).trim()
  assert.match(greeting, new RegExp(birthdayContact))
  await row.getByTestId('customer-today-copy').click()
  await page.locator('.n-message').filter({ hasText: '已复制' }).waitFor()
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), greeting)

  // The dashboard shows the same day.
  await page.getByTestId('nav-dashboard').click()
  await page.getByTestId('customer-today-card').locator(`[data-testid="customer-today-birthday"][data-customer-id="${ids.birthday}"]`).waitFor()
  await settled('customers-dashboard-today-zh', 'customer-today-card')
})

test('the list and the customer page, looked at in both languages', async () => {
  await page.getByTestId('nav-customers').click()
  await page.getByTestId('customer-list').waitFor()
  await byId('customer-row', ids.customer).waitFor()
  await settled('customers-list-zh', 'customer-row')
  await language('en')
  await page.getByTestId('customer-tab-list').filter({ hasText: 'All customers' }).waitFor()
  await settled('customers-list-en', 'customer-row')

  await byId('customer-row', ids.customer).getByTestId('customer-row-open').click()
  await page.getByTestId('customer-page').waitFor()
  await page.getByTestId('customer-timeline-entry').filter({ hasText: visit.summary }).waitFor()
  await page.getByTestId('customer-log-card').filter({ hasText: 'Log activity' }).waitFor()
  await settled('customer-page-en', 'customer-timeline-entry')
  await language('zh-CN')
  await page.getByTestId('customer-log-card').filter({ hasText: '记录跟进' }).waitFor()
  await settled('customer-page-zh', 'customer-timeline-entry')
})

test('release to the pool with a reason, then claim it back from the pool tab', async () => {
  await page.getByTestId('customer-release').click()
  await page.getByTestId('customer-release-modal').waitFor()
  await page.getByTestId('customer-release-save').click()
  await feedbackOf(page, 'customer-release-reason').filter({ hasText: '必填' }).waitFor()
  await page.getByTestId('customer-release-reason').fill('客户暂停采购，半年后再联系')
  await page.getByTestId('customer-release-save').click()
  await page.getByTestId('customer-in-pool').waitFor()
  await page.getByTestId('customer-timeline-entry').filter({ hasText: '释放到公海' }).first().waitFor()

  await page.getByTestId('nav-customers').click()
  await page.getByTestId('customer-tab-pool').click()
  const row = byId('customer-pool-row', ids.customer)
  await row.waitFor()
  await settled('customers-pool-zh', 'customer-pool-row')
  await row.getByTestId('customer-pool-claim').click()
  await page.locator('.n-message').filter({ hasText: '已领取' }).waitFor()
  await row.waitFor({ state: 'detached' })
})

test('the rules tab puts a rule that contradicts another under its field', async () => {
  await page.getByTestId('customer-tab-rules').click()
  await page.getByTestId('customer-rules').waitFor()
  const dormant = await page.getByTestId('customer-rules-dormantAfterDays').inputValue()
  await page.getByTestId('customer-rules-churnedAfterDays').fill(dormant)
  await page.getByTestId('customer-rules-save').click()
  await feedbackOf(page, 'customer-rules-churnedAfterDays').filter({ hasText: '流失天数须大于沉睡天数' }).waitFor()
  await page.getByTestId('customer-rules-churnedAfterDays').scrollIntoViewIfNeeded()
  await settled('customers-rules-zh', 'customer-rules')
  await page.getByTestId('customer-rules-reset').click()
  await feedbackOf(page, 'customer-rules-churnedAfterDays').filter({ hasText: '流失天数须大于沉睡天数' }).waitFor({ state: 'detached' })
})

test('tidy up: the language the suite had', async () => {
  if (startLanguage === 'en' || startLanguage === 'zh-CN') await language(startLanguage)
})
