// The UI hides what a role cannot use (issue 12, item 11): the owner, a
// manager and a rep in the manager's team each walk every screen, and each
// control the backend refuses to a role is absent for that role — and
// present for the roles that may use it, so the check cannot pass by a
// control having been renamed.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, signInAsOwner, call, owner } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

const password = 'steady-role1'
const manager = { name: '孙丽华', login: 'ui.manager', role: 'manager', level: 'senior' }
const rep = { name: '何佳怡', login: 'ui.rep', role: 'rep', level: 'junior' }
const ids = {}

async function createUser(u, managerId) {
  const made = await call(page, 'Users', 'Create', {
    id: '', name: u.name, login: u.login, password, role: u.role, level: u.level,
    managerId, hireDate: '2025-01-06', phone: '', email: '', active: true, version: 0,
  })
  return made.id
}

async function signIn(login, pw) {
  await page.getByTestId('sign-out').click()
  await page.getByTestId('login-view').waitFor()
  await page.getByTestId('login-login').fill(login)
  await page.getByTestId('login-password').fill(pw)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('app-shell').waitFor()
}

// Each screen, and a control it shows (one of a|b: the owner has no
// appraisal of their own), so the walk waits for the screen, not a fixed time.
const screens = [
  ['/customers', 'customer-add'], ['/customers/pool', 'customer-tab-pool'], ['CUSTOMER', 'customer-edit'],
  ['/sales', 'sales-tab-board'], ['/sales/setup', 'sales-tab-board'], ['DEAL', 'deal-edit'],
  ['/quotes', 'quote-new'], ['/quotes/catalog', 'catalog-export'], ['/quotes/price-lists', 'quote-tab-list'],
  ['/quotes/terms', 'quote-tab-list'], ['/training/courses', 'training-tab-courses'], ['/training/plans', 'training-tab-courses'],
  ['/training/sessions', 'training-tab-courses'], ['/appraisal/list', 'appraisal-tab-mine|appraisal-tab-list'], ['/appraisal/targets', 'appraisal-tab-mine|appraisal-tab-list'],
  ['/service', 'ticket-new'], ['/settings/company', 'settings-tab-company'], ['/settings/about', 'settings-tab-about'],
]

// control → who sees it: owner, manager, rep.
const expected = {
  'customer-assign': [true, true, false], 'customer-delete': [true, true, false],
  'customer-tab-duplicates': [true, true, false], 'customer-tab-rules': [true, false, false],
  'sales-tab-setup': [true, false, false],
  'catalog-add': [true, true, false], 'catalog-import': [true, true, false], 'catalog-price-list-add': [true, true, false],
  'quote-term-add': [true, true, false], 'quote-tab-limits': [true, true, false],
  'training-course-add': [true, true, false], 'training-plan-add': [true, true, false], 'training-session-add': [true, true, false],
  'training-tab-matrix': [true, true, false],
  'appraisal-generate': [true, true, false], 'appraisal-tab-targets': [true, true, false],
  'service-tab-settings': [true, true, false],
  'settings-tab-users': [true, true, false], 'settings-tab-audit': [true, false, false], 'settings-tab-backups': [true, false, false],
  'export-all': [true, false, false],
}

async function seen() {
  const found = new Set()
  for (const [route, ready] of screens) {
    const path = route === 'CUSTOMER' ? `/customers/${ids.customer}` : route === 'DEAL' ? `/sales/deals/${ids.deal}` : route
    await page.evaluate((p) => (window.location.hash = p), `#${path}`)
    await page.locator(ready.split('|').map((id) => `[data-testid="${id}"]`).join(', ')).first().waitFor()
    await page.waitForTimeout(300) // let the role-dependent parts of the screen settle
    const here = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid]')]
        .filter((e) => { const b = e.getBoundingClientRect(); return b.width > 0 && b.height > 0 })
        .map((e) => e.dataset.testid))
    here.forEach((x) => found.add(x))
  }
  return found
}

function check(found, column, who) {
  const wrong = Object.entries(expected)
    .filter(([control, roles]) => found.has(control) !== roles[column])
    .map(([control, roles]) => `${control} ${roles[column] ? 'missing' : 'shown'}`)
  assert.deepEqual(wrong, [], `${who}: controls shown against the role table`)
}

test('the owner sees every control the table names', async () => {
  await signInAsOwner(page)
  ids.manager = await createUser(manager, '')
  ids.rep = await createUser(rep, ids.manager)
  const c = await call(page, 'Customers', 'Create', {
    id: '', kind: 'company', name: '嘉兴禾田粮油有限公司', ownerId: ids.rep, stage: 'prospect', source: '', industry: '', region: '浙江',
    city: '', address: '', phone: '', email: '', wechat: '', tags: [], notes: '', contacts: [], version: 0,
  })
  ids.customer = c.id
  const d = await call(page, 'Sales', 'CreateDeal', {
    id: '', version: 0, customerId: c.id, title: '禾田粮油仓储温控系统', amountMinor: 6_800_000, currency: '', expectedCloseOn: '',
    ownerId: ids.rep, stageId: '', products: [], decisionMaker: '', purchaseTimeline: '', needs: '', notes: '',
  })
  ids.deal = d.id
  check(await seen(), 0, 'owner')
})

test('the manager does not see the owner\'s controls', async () => {
  await signIn(manager.login, password)
  check(await seen(), 1, 'manager')
})

test('the rep does not see what reps may not do', async () => {
  await signIn(rep.login, password)
  check(await seen(), 2, 'rep')
})

test('tidy up: the owner signed in again', async () => {
  await signIn(owner.login, owner.password)
})
