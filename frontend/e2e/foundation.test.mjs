// The foundation path: first-run wizard → sign-in → company settings with a
// field error shown under its field, fixed and saved → language switch →
// reload, and everything is still there.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, open, shot, feedbackOf } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

test('first run creates the company and its owner', async () => {
  await open(page)
  await page.getByTestId('setup-wizard').waitFor()
  await shot(page, 'wizard-zh')
  await page.getByTestId('setup-companyName').fill('杭州明远智能科技有限公司')
  await page.getByTestId('setup-next').click()
  await page.getByTestId('setup-ownerName').fill('周明远')
  await page.getByTestId('setup-login').fill('owner')
  await page.getByTestId('setup-password').fill('steady-pass1')
  await page.getByTestId('setup-passwordConfirm').fill('steady-pass1')
  await page.getByTestId('setup-submit').click()
  await page.getByTestId('app-shell').waitFor()
  await page.getByTestId('topbar-company').filter({ hasText: '杭州明远智能科技有限公司' }).waitFor()
  await page.getByTestId('topbar-user').filter({ hasText: '周明远' }).waitFor()
  await shot(page, 'dashboard-zh')
})

test('a wrong password is refused under its field, the right one signs in', async () => {
  await page.getByTestId('sign-out').click()
  await page.getByTestId('login-view').waitFor()
  await page.getByTestId('login-login').fill('owner')
  await page.getByTestId('login-password').fill('wrong-password')
  await page.getByTestId('login-submit').click()
  await assertText(feedbackOf(page, 'login-password'), /用户名或密码|登录名或密码|密码不正确/)
  await shot(page, 'login-error-zh')
  await page.getByTestId('login-password').fill('steady-pass1')
  await page.getByTestId('login-remember').click()
  await page.getByTestId('login-submit').click()
  await page.getByTestId('app-shell').waitFor()
})

test('company settings show a bad field under it, then save once fixed', async () => {
  await page.getByTestId('nav-settings').click()
  await page.getByTestId('company-form').waitFor()
  await page.getByTestId('company-phone').fill('请回电')
  await page.getByTestId('company-address').fill('浙江省杭州市西湖区文三路 478 号')
  await page.getByTestId('company-save').click()
  await assertText(feedbackOf(page, 'company-phone'), /电话号码格式不正确/)
  await shot(page, 'settings-error-zh')
  await page.getByTestId('company-phone').fill('0571-8765 4321')
  await page.getByTestId('company-save').click()
  await assertGone(feedbackOf(page, 'company-phone'), /电话号码格式不正确/)
  await page.locator('.n-message').filter({ hasText: /已保存|保存成功/ }).first().waitFor()
})

test('switching language relabels the app live', async () => {
  await page.getByTestId('language-switch').click()
  await page.getByTestId('language-en').click()
  await page.getByTestId('nav-customers').filter({ hasText: 'Customers' }).waitFor()
  await shot(page, 'settings-en')
})

test('after a reload the settings and the language are still there', async () => {
  await page.reload()
  await page.getByTestId('app-shell').waitFor()
  await page.getByTestId('nav-settings').click()
  await page.getByTestId('company-form').waitFor()
  await page.waitForFunction(() => document.querySelector('[data-testid="company-phone"]')?.value === '0571-8765 4321')
  assert.equal(await page.getByTestId('company-address').inputValue(), '浙江省杭州市西湖区文三路 478 号')
  assert.match(await page.getByTestId('nav-customers').innerText(), /Customers/)
  await page.getByTestId('nav-service').click()
  await page.getByTestId('service').waitFor()
  await shot(page, 'service-area-en')
})

async function assertText(locator, pattern) {
  await locator.filter({ hasText: pattern }).first().waitFor()
}

async function assertGone(locator, pattern) {
  await locator.filter({ hasText: pattern }).first().waitFor({ state: 'detached' })
}
