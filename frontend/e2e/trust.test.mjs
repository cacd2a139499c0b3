// Trust on screen (issue 12 items 13–15): the owner backs up now, checks a
// backup and restores one after seeing what it holds (a customer deleted
// since comes back); the screen locks after the company's idle time and a
// half-typed customer survives unlocking; failed sign-ins make the next one
// wait longer each time; a password the owner reset is changed before
// anything else. Each screen is looked at in Chinese and English.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, shot, feedbackOf, signInAsOwner, call, owner } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

const kept = '钱塘湾五金机电有限公司' // in the backup, deleted after it
const typed = '未保存的客户：西溪精密模具厂'
const rep = { name: '沈佳琪', login: 'shenjq', password: 'steady-pass1', reset: 'reset-pass22', own: 'my-own-pass33' }
let newest = '' // the backup made by "back up now"
let keptCustomer = null

async function language(lang) {
  await page.getByTestId('language-switch').click()
  await page.getByTestId(`language-${lang}`).click()
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
}

/** Lets toasts and transitions finish so a screenshot shows the resting state. */
async function settled(name) {
  await page.locator('.n-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
  await page.waitForTimeout(400)
  await shot(page, name)
}

async function openBackups() {
  await page.getByTestId('nav-settings').click()
  await page.getByTestId('settings-tab-backups').click()
  await page.getByTestId('backups-settings').waitFor()
}

async function signIn(login, password) {
  await page.getByTestId('login-view').waitFor()
  await page.getByTestId('login-login').fill(login)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
}

async function setIdleMinutes(minutes) {
  await page.getByTestId('nav-settings').click()
  await page.getByTestId('settings-tab-company').click()
  await page.getByTestId('company-form').waitFor()
  await page.getByTestId('company-idleLockMinutes').fill(String(minutes))
  await page.getByTestId('company-save').click()
  await page.locator('.n-message').filter({ hasText: /已保存|保存成功|Saved/ }).first().waitFor()
}

test('the owner backs up now, sees the backup listed and checks it', async () => {
  await signInAsOwner(page)
  keptCustomer = await call(page, 'Customers', 'Create', { kind: 'company', name: kept, stage: 'lead', tags: [], contacts: [] })
  await openBackups()
  await page.getByTestId('backups-now').click()
  await page.locator('.n-message').filter({ hasText: /备份已保存/ }).first().waitFor()
  const st = await call(page, 'Backups', 'Status')
  newest = st.entries[0].name
  await page.getByTestId(`backup-row-${newest}`).waitFor()
  assert.equal(await page.getByTestId('backups-stale').count(), 0, 'a backup made now is not stale')
  await page.getByTestId(`backup-verify-${newest}`).click()
  await page.getByTestId(`backup-verified-${newest}`).filter({ hasText: '完好' }).waitFor()
  await settled('trust-backups-zh')
})

test('the About tab has no second back-up button', async () => {
  await page.getByTestId('settings-tab-about').click()
  await page.getByTestId('about-settings').waitFor()
  assert.equal(await page.getByTestId('backup-now').count(), 0)
  await page.getByTestId('export-all').waitFor()
})

test('a restore shows what the backup holds and brings back a customer deleted since', async () => {
  await call(page, 'Customers', 'Delete', keptCustomer.id, keptCustomer.version)
  await openBackups()
  await page.getByTestId(`backup-restore-${newest}`).click()
  const dialog = page.getByTestId('backup-restore-dialog')
  await dialog.waitFor()
  await dialog.getByTestId('backup-preview-customers').filter({ hasText: /^1$/ }).waitFor()
  assert.equal(await dialog.getByTestId('backup-preview-users').innerText(), '1')
  assert.match(await dialog.getByTestId('backup-preview').innerText(), new RegExp(owner.company))
  await settled('trust-restore-preview-zh')
  await dialog.getByTestId('backup-restore-confirm').click()
  await signIn(owner.login, owner.password) // everyone signs in again after a restore
  await page.getByTestId('app-shell').waitFor()
  await page.getByTestId('nav-customers').click()
  await page.getByTestId('customer-list').getByText(kept).first().waitFor()
})

test('the screen locks after the idle time; what was typed survives unlocking', async () => {
  await setIdleMinutes(1)
  await page.getByTestId('nav-customers').click()
  await page.getByTestId('customer-add').click()
  await page.getByTestId('customer-drawer').waitFor()
  await page.getByTestId('customer-form-name').fill(typed)
  // no input for a minute: the check every 5 s locks the screen
  await page.getByTestId('lock-screen').waitFor({ timeout: 90000 })
  await settled('trust-lock-zh')
  // a person back at the desk just types: the keys go to the lock screen,
  // never into the form left open underneath
  await page.keyboard.type('not-my-password')
  await page.keyboard.press('Enter')
  await feedbackOf(page, 'lock-password').filter({ hasText: /登录名或密码不正确/ }).waitFor()
  assert.equal(await page.getByTestId('customer-form-name').inputValue(), typed)
  await page.keyboard.press('Escape') // closes nothing underneath
  await page.getByTestId('lock-password').fill(owner.password)
  await page.keyboard.press('Enter')
  await page.getByTestId('lock-screen').waitFor({ state: 'detached' })
  assert.equal(await page.getByTestId('customer-form-name').inputValue(), typed)
  await page.getByTestId('customer-form-cancel').click()
  await setIdleMinutes(0)
})

test('the lock screen and the backups in English', async () => {
  await language('en')
  await openBackups()
  const st = await call(page, 'Backups', 'Status')
  const name = st.entries[0].name
  await page.getByTestId(`backup-verify-${name}`).click()
  await page.getByTestId(`backup-verified-${name}`).filter({ hasText: 'Sound' }).waitFor()
  await settled('trust-backups-en')
  await page.getByTestId(`backup-restore-${name}`).click()
  await page.getByTestId('backup-restore-dialog').waitFor()
  await settled('trust-restore-preview-en')
  await page.keyboard.press('Escape')
  await page.getByTestId('backup-restore-dialog').waitFor({ state: 'detached' })
  await call(page, 'Session', 'Lock')
  await page.getByTestId('nav-customers').click() // the next call meets the lock
  await page.getByTestId('lock-screen').waitFor()
  await settled('trust-lock-en')
  await page.getByTestId('lock-password').fill(owner.password)
  await page.getByTestId('lock-submit').click()
  await page.getByTestId('lock-screen').waitFor({ state: 'detached' })
})

test('failed sign-ins make the next attempt wait longer each time', async () => {
  const base = { id: '', phone: '', email: '', active: true, version: 0, managerId: '', hireDate: '2025-03-01' }
  await call(page, 'Users', 'Create', { ...base, name: rep.name, login: rep.login, password: rep.password, role: 'rep', level: 'junior' })
  await page.getByTestId('sign-out').click()
  await language('zh-CN')
  // arrange: the free mistakes and the first waits, straight through the binding
  const guess = (i) => call(page, 'Session', 'Login', { login: rep.login, password: 'guess-' + i, remember: false }).catch((e) => String(e))
  for (let i = 0; i < 4; i++) assert.match(await guess(i), /auth.badCredentials/)
  await page.waitForTimeout(1200) // the first wait, 1 s
  assert.match(await guess(4), /auth.badCredentials/) // the fifth: 2 s
  const fb = feedbackOf(page, 'login-password')
  await signIn(rep.login, 'guess-5') // at once: too soon, the password is not even looked at
  await fb.filter({ hasText: /2 秒后再试/ }).waitFor()
  assert.equal(await page.getByTestId('login-submit').isDisabled(), true, 'the button waits too')
  await page.waitForTimeout(400) // the message has faded in
  await shot(page, 'trust-login-wait-zh')
  await fb.filter({ hasText: /秒后再试/ }).waitFor({ state: 'detached' }) // the count down ends
  await language('en')
  await signIn(rep.login, 'guess-6')
  await fb.filter({ hasText: /Wrong login or password/ }).waitFor() // the sixth: 4 s
  await page.getByTestId('login-submit').click()
  await fb.filter({ hasText: /Try again in [34] s/ }).waitFor()
  await page.waitForTimeout(400)
  await shot(page, 'trust-login-wait-en')
})

test('a password the owner reset is changed at the next sign-in', async () => {
  await page.getByTestId('login-submit').and(page.locator(':not([disabled])')).waitFor()
  await signIn(owner.login, owner.password)
  await page.getByTestId('app-shell').waitFor()
  await page.getByTestId('nav-settings').click()
  await page.getByTestId('settings-tab-users').click()
  await page.getByTestId(`user-edit-${rep.login}`).click()
  await page.getByTestId('user-drawer').waitFor()
  await page.getByTestId('user-password').fill(rep.reset)
  await settled('trust-reset-en')
  await page.getByTestId('user-save').click()
  await page.getByTestId('user-drawer').waitFor({ state: 'detached' })
  await page.getByTestId('sign-out').click()
  await signIn(rep.login, rep.reset)
  await page.getByTestId('change-password').waitFor()
  await settled('trust-change-password-en')
  await language('zh-CN')
  await settled('trust-change-password-zh')
  await page.getByTestId('change-current').fill(rep.reset)
  await page.getByTestId('change-next').fill(rep.own)
  await page.getByTestId('change-confirm').fill(rep.own)
  await page.getByTestId('change-submit').click()
  await page.getByTestId('app-shell').waitFor()
  await page.getByTestId('topbar-user').filter({ hasText: rep.name }).waitFor()
  // the rep sees no backups tab (a backup holds every customer)
  await page.getByTestId('nav-settings').click()
  await page.getByTestId('settings-tab-company').waitFor()
  assert.equal(await page.getByTestId('settings-tab-backups').count(), 0)
  // File → Back Up (kept in Linux's native menu, which cannot change) tells the rep whose it is
  await page.evaluate(() => window.runtime.EventsEmit('menu:backup'))
  await page.getByText(/备份和导出全部数据只有负责人可以操作。|Backing up and exporting everything are for the company owner\./).waitFor()
  assert.equal(await page.getByTestId('settings-tab-backups').count(), 0)
})

test('the owner is warned when the newest backup is more than three days old', async () => {
  await call(page, 'System', 'ShiftTestClock', 4 * 24) // four days without starting Steady
  await page.getByTestId('sign-out').click()
  await signIn(owner.login, owner.password)
  await page.getByTestId('app-shell').waitFor()
  await page.getByTestId('nav-dashboard').click()
  await page.getByTestId('backup-warning').filter({ hasText: /已超过三天/ }).waitFor()
  await settled('trust-backup-warning-zh')
  await page.getByTestId('backup-warning-open').click()
  await page.getByTestId('backups-stale').filter({ hasText: /已超过三天/ }).waitFor()
  await language('en')
  await page.getByTestId('backups-stale').filter({ hasText: /more than three days ago/ }).waitFor()
  await settled('trust-backups-stale-en')
  // the line under the current tab followed the English labels
  const bar = await page.locator('[data-testid="settings"] .n-tabs-bar').boundingBox()
  const current = await page.getByTestId('settings-tab-backups').boundingBox()
  assert.ok(bar.x >= current.x - 2 && bar.x + bar.width <= current.x + current.width + 2, `bar ${bar.x}+${bar.width}, tab ${current.x}+${current.width}`)
  await page.getByTestId('backups-now').click()
  await page.getByTestId('backups-stale').waitFor({ state: 'detached' })
})
