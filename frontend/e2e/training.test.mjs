// The training path: a course with an assessment (and a field error on the
// way), materials, a plan assigned to reps, a session whose attendance holds
// a failing score, a role-play scored on the rubric, and the rep's profile
// and the team matrix that follow — looked at in both languages.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, shot, feedbackOf, signInAsOwner, call } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

/** Local calendar day n days from today, as YYYY-MM-DD. */
function day(n) {
  const d = new Date()
  d.setDate(d.getDate() + n)
  const pad = (x) => String(x).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

const reps = {
  lin: { name: '林小雨', login: 'lin.xiaoyu', level: 'new_hire', hireDate: day(-30) },
  chen: { name: '陈建国', login: 'chen.jianguo', level: 'new_hire', hireDate: day(-2) },
  wang: { name: '王思远', login: 'wang.siyuan', level: 'junior', hireDate: day(-400) },
}
const ids = {}

const course = '产品基础知识'
const process = '销售流程与拜访礼仪'
const scenario = '客户嫌价格太高，要求再降 15%'
const action = '复盘三个价格异议案例并写下应对话术'

/** Opens a Naive UI select and picks the option showing text. */
async function choose(testId, text) {
  await page.getByTestId(testId).click()
  await page.locator('.n-base-select-option:visible').filter({ hasText: text }).first().click()
}

/** Lets tab, radio and message transitions finish so a screenshot shows the resting state. */
async function settled(name, { quiet = false, ready = null } = {}) {
  if (quiet) await page.locator('.n-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
  await page.waitForTimeout(500)
  // wails dev reloads the page when the Go side is rebuilt: shoot what a person would see once it is back.
  if (ready) await page.getByTestId(ready).first().waitFor({ timeout: 60000 })
  await shot(page, name)
}

async function language(lang, navText) {
  await page.getByTestId(`language-${lang}`).click()
  await page.getByTestId('nav-training').filter({ hasText: navText }).waitFor()
}

test('arrange: three reps, a second course already attended by one of them', async () => {
  await signInAsOwner(page)
  const status = await call(page, 'Session', 'Status')
  ids.owner = status.user.id
  for (const [key, r] of Object.entries(reps)) {
    const u = await call(page, 'Users', 'Create', {
      id: '', name: r.name, login: r.login, password: 'steady-rep1', role: 'rep', level: r.level,
      managerId: '', hireDate: r.hireDate, phone: '', email: '', active: true, version: 0,
    })
    ids[key] = u.id
  }
  const c = await call(page, 'Training', 'CreateCourse', {
    id: '', title: process, kind: 'sales_skills', level: 'new_hire', minutes: 90, description: '',
    assessmentRequired: false, passMark: 0, certificateMonths: 24, version: 0,
  })
  const s = await call(page, 'Training', 'CreateSession', {
    id: '', courseId: c.id, heldOn: day(-20), minutes: 0, trainerId: ids.owner, mode: 'online',
    location: '', note: '', inviteeIds: [ids.lin], version: 0, backdateReason: '补录上月的培训',
  })
  await call(page, 'Training', 'RecordAttendance', s.id, [
    { userId: ids.lin, status: 'present', version: s.attendees[0].version },
  ])
})

test('a course with an assessment: a missing title is shown under it, then it saves with materials', async () => {
  await page.getByTestId('nav-training').click()
  await page.getByTestId('training').waitFor()
  await page.getByTestId('training-tab-courses').click()
  await page.getByTestId('training-courses').waitFor()
  await page.getByTestId('training-course-add').click()
  await page.getByTestId('training-course-drawer').waitFor()
  await page.getByTestId('training-materials-save-first').waitFor()

  await page.getByTestId('training-course-save').click()
  await feedbackOf(page, 'training-course-title').filter({ hasText: /必填|Required/ }).waitFor()

  await page.getByTestId('training-course-title').fill(course)
  await page.getByTestId('training-course-hours').fill('2')
  await page.getByTestId('training-course-assessment').click()
  await page.getByTestId('training-course-passMark').fill('80')
  await page.getByTestId('training-course-certificateMonths').fill('12')
  await page.getByTestId('training-course-description').fill('主打产品的功能、参数与典型应用场景，结业笔试 80 分及格。')
  await page.getByTestId('training-course-save').click()
  // Saved: the drawer stays open so that materials can be attached.
  await page.getByTestId('training-material-url').waitFor()
  await assertGone(feedbackOf(page, 'training-course-title'), /必填|Required/)

  await page.getByTestId('training-material-title').fill('产品手册（在线版）')
  await page.getByTestId('training-material-url').fill('https://example.com/manual')
  await page.getByTestId('training-material-add-link').click()
  await page.getByTestId('training-material-row').filter({ hasText: '产品手册（在线版）' }).waitFor()
  await page.getByTestId('training-material-file').setInputFiles({
    name: '价格表.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('型号,单价\nA100,1280\n', 'utf8'),
  })
  await page.getByTestId('training-material-row').filter({ hasText: '价格表.txt' }).waitFor()
  assert.equal(await page.getByTestId('training-material-row').count(), 2)
  await settled('training-course-drawer')
  await page.getByTestId('training-course-cancel').click()

  const row = page.getByTestId('training-course-row').filter({ hasText: course })
  await row.waitFor()
  assert.match(await row.innerText(), /80/)
})

test('a plan by level: courses in order with due days, assigned to the new hires', async () => {
  await page.getByTestId('training-tab-plans').click()
  await page.getByTestId('training-plans').waitFor()
  await page.getByTestId('training-plan-add').click()
  await page.getByTestId('training-plan-drawer').waitFor()
  await page.getByTestId('training-plan-name').fill('新人入职培训')
  await page.getByTestId('training-plan-add-item').click()
  await choose('training-plan-item-0-course', process)
  await page.getByTestId('training-plan-add-item').click()
  await choose('training-plan-item-1-course', course)
  // The product course goes first: move it up, then set the due days.
  await page.getByTestId('training-plan-item-1-up').click()
  await page.getByTestId('training-plan-item-0-dueDays').fill('7')
  await page.getByTestId('training-plan-item-1-dueDays').fill('14')
  await settled('training-plan-drawer')
  await page.getByTestId('training-plan-save').click()

  const card = page.getByTestId('training-plan-card').filter({ hasText: '新人入职培训' })
  await card.waitFor()
  const items = card.getByTestId('training-plan-card-item')
  assert.match(await items.nth(0).innerText(), new RegExp(course))
  assert.match(await items.nth(1).innerText(), new RegExp(process))

  await card.getByTestId('training-plan-assign').click()
  await page.getByTestId('training-assign-modal').waitFor()
  // The plan's level preselects the new hires.
  const chosen = page.getByTestId('training-assign-reps')
  await chosen.filter({ hasText: reps.lin.name }).waitFor()
  assert.match(await chosen.innerText(), new RegExp(reps.chen.name))
  assert.doesNotMatch(await chosen.innerText(), new RegExp(reps.wang.name))
  await page.getByTestId('training-assign-submit').click()
  await page.getByTestId('training-assign-modal').waitFor({ state: 'detached' })
  await settled('training-plans')
})

test('a session inviting a rep; attendance with a failing score, saved all at once', async () => {
  await page.getByTestId('training-tab-sessions').click()
  await page.getByTestId('training-sessions').waitFor()
  await page.getByTestId('training-session-add').click()
  await page.getByTestId('training-session-drawer').waitFor()
  await choose('training-session-course', course)
  await page.getByTestId('training-session-location').fill('公司三楼培训室')
  await choose('training-session-invitees', reps.lin.name)
  await page.getByTestId('training-session-location').click() // closes the menu; Escape would close the drawer
  await page.getByTestId('training-session-save').click()
  await page.getByTestId('training-session-drawer').waitFor({ state: 'detached' })

  const row = page.getByTestId('training-session-row').filter({ hasText: course })
  await row.waitFor()
  await row.getByTestId('training-session-attendance').click()
  await page.getByTestId('training-attendance-drawer').waitFor()
  await page.getByTestId('training-attendance-row-0').filter({ hasText: reps.lin.name }).waitFor()
  await page.getByTestId('training-attendance-0-present').click()
  await page.getByTestId('training-attendance-0-score').fill('65')
  await page.locator('[data-testid="training-attendance-0-result"][data-result="fail"]').waitFor()
  await settled('training-attendance')
  await page.getByTestId('training-attendance-save').click()
  await page.getByTestId('training-attendance-drawer').waitFor({ state: 'detached' })
  await row.filter({ hasText: /0\/1/ }).waitFor()
})

test('a role-play scored on the rubric, with an improvement action', async () => {
  await page.getByTestId('training-tab-roleplays').click()
  await page.getByTestId('training-roleplays').waitFor()
  await page.getByTestId('training-roleplay-add').click()
  await page.getByTestId('training-roleplay-drawer').waitFor()
  await choose('training-roleplay-rep', reps.lin.name)
  await page.getByTestId('training-roleplay-scenario').fill(scenario)
  const scores = [3, 4, 3, 2, 4]
  await page.getByTestId('training-roleplay-criterion-4-score').waitFor()
  for (const [i, s] of scores.entries()) {
    await page.getByTestId(`training-roleplay-criterion-${i}-score`).fill(String(s))
  }
  await page.getByTestId('training-roleplay-total').filter({ hasText: '16 / 25' }).waitFor()
  await page.getByTestId('training-roleplay-feedback').fill('开场自然，需求挖掘到位；面对降价要求过早让步，没有先强调价值。')
  await page.getByTestId('training-roleplay-add-action').click()
  await page.getByTestId('training-roleplay-action-0-title').fill(action)
  await settled('training-roleplay-drawer')
  await page.getByTestId('training-roleplay-save').click()
  await page.getByTestId('training-roleplay-drawer').waitFor({ state: 'detached' })
  const row = page.getByTestId('training-roleplay-row').filter({ hasText: scenario })
  await row.waitFor()
  assert.match(await row.getByTestId('training-roleplay-score').innerText(), /16 \/ 25/)
})

test("the rep's profile: the failed course is still required and overdue, scores and role-play shown", async () => {
  await page.getByTestId('training-tab-profile').click()
  await page.getByTestId('training-profile').waitFor()
  await choose('training-profile-rep', reps.lin.name)
  await page.getByTestId('training-profile-name').filter({ hasText: reps.lin.name }).waitFor()

  assert.match(await page.getByTestId('training-profile-required').innerText(), /\b2\b/)
  assert.match(await page.getByTestId('training-profile-completed').innerText(), /\b1\b/)
  assert.match(await page.getByTestId('training-profile-overdue').innerText(), /\b1\b/)
  assert.match(await page.getByTestId('training-profile-average').innerText(), /65\.0/)
  const failed = page.getByTestId('training-profile-required-row').filter({ hasText: course })
  assert.equal(await failed.getAttribute('data-status'), 'overdue')
  const done = page.getByTestId('training-profile-required-row').filter({ hasText: process })
  assert.equal(await done.getAttribute('data-status'), 'done')
  await page.getByTestId('training-profile-roleplay-row').filter({ hasText: scenario }).waitFor()
  await page.getByTestId('training-profile-history-row').filter({ hasText: course }).waitFor()
  await page.getByTestId('training-profile-task').filter({ hasText: action }).waitFor()
  await page.getByTestId('training-profile-certificate').filter({ hasText: process }).waitFor()

  await language('zh-CN', '培训')
  await page.getByTestId('training-profile-overdue').filter({ hasText: '已逾期' }).waitFor()
  await settled('training-profile-zh', { quiet: true, ready: 'training-profile-name' })
  await language('en', 'Training')
  await page.getByTestId('training-profile-overdue').filter({ hasText: 'Overdue' }).waitFor()
  await settled('training-profile-en', { quiet: true, ready: 'training-profile-name' })
})

test('the team matrix colours each rep × course, in both languages', async () => {
  await page.getByTestId('training-tab-matrix').click()
  await page.getByTestId('training-matrix-table').waitFor()
  const cell = (rep, title) =>
    page.locator(`[data-testid="training-matrix-row"][data-name="${rep}"]`).locator(`[data-testid="training-matrix-cell"][data-course="${title}"]`)
  assert.equal(await cell(reps.lin.name, course).getAttribute('data-status'), 'overdue')
  assert.equal(await cell(reps.lin.name, process).getAttribute('data-status'), 'done')
  assert.equal(await cell(reps.chen.name, course).getAttribute('data-status'), 'due')
  assert.equal(await cell(reps.wang.name, course).getAttribute('data-status'), 'none')
  await settled('training-matrix-en', { quiet: true, ready: 'training-matrix-table' })
  await language('zh-CN', '培训')
  await page.getByTestId('training-matrix-legend').filter({ hasText: '已逾期' }).waitFor()
  await settled('training-matrix-zh', { quiet: true, ready: 'training-matrix-table' })

  // Filtering by level keeps only that level's reps.
  await page.getByTestId('training-matrix-level-junior').click()
  await page.getByTestId('training-matrix-empty').or(page.getByTestId('training-matrix-table')).first().waitFor()
  await page.getByTestId('training-matrix-row').filter({ hasText: reps.lin.name }).waitFor({ state: 'detached' })
  await page.getByTestId('training-matrix-level-all').click()
  await page.getByTestId('training-matrix-row').filter({ hasText: reps.lin.name }).waitFor()
})

test('a rep sees their own training read-only and ticks off their follow-up task', async () => {
  await signIn(reps.lin.login, 'steady-rep1')
  await page.getByTestId('nav-training').click()
  // A rep lands on their own profile; there is nobody else to pick.
  await page.getByTestId('training-profile-name').filter({ hasText: reps.lin.name }).waitFor()
  assert.equal(await page.getByTestId('training-profile-rep').count(), 0)
  assert.equal(await page.getByTestId('training-tab-plans').count(), 0)
  assert.equal(await page.getByTestId('training-tab-matrix').count(), 0)
  assert.equal(await page.getByTestId('training-profile-add-roleplay').count(), 0)
  await settled('training-rep-own-profile', { quiet: true, ready: 'training-profile-name' })

  const task = page.getByTestId('training-profile-task').filter({ hasText: action })
  await task.getByTestId('training-profile-task-done').click()
  await task.waitFor({ state: 'detached' })

  await page.getByTestId('training-tab-courses').click()
  await page.getByTestId('training-course-row').filter({ hasText: course }).waitFor()
  assert.equal(await page.getByTestId('training-course-add').count(), 0)
  await page.getByTestId('training-tab-sessions').click()
  await page.getByTestId('training-session-row').filter({ hasText: course }).waitFor()
  assert.equal(await page.getByTestId('training-session-add').count(), 0)
  assert.equal(await page.getByTestId('training-session-attendance').count(), 0)
})

test('back as the owner, the matrix link opens the rep with no open tasks left', async () => {
  await signIn('owner', 'steady-pass1')
  await page.getByTestId('nav-training').click()
  await page.getByTestId('training-tab-matrix').click()
  await page.getByTestId('training-matrix-row').filter({ hasText: reps.lin.name }).getByTestId('training-matrix-rep').click()
  await page.getByTestId('training-profile-name').filter({ hasText: reps.lin.name }).waitFor()
  await page.getByTestId('training-profile-tasks').waitFor()
  assert.equal(await page.getByTestId('training-profile-task').count(), 0)
})

async function signIn(login, password) {
  await page.getByTestId('sign-out').click()
  await page.getByTestId('login-view').waitFor()
  await page.getByTestId('login-login').fill(login)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('app-shell').waitFor()
}

async function assertGone(locator, pattern) {
  await locator.filter({ hasText: pattern }).first().waitFor({ state: 'detached' })
}
