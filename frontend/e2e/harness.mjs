// Shared helpers for the end-to-end suite: one headless Debian Chromium
// against the real app served by `wails dev` (see .ci/e2e.sh).
import { afterEach } from 'node:test'
import { chromium } from 'playwright-core'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const baseURL = process.env.E2E_URL ?? 'http://localhost:34115'
const shotsDir = process.env.E2E_SHOTS ?? join(process.cwd(), '..', 'build', 'e2e')

export async function launch(locale) {
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'steady-e2e-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    locale,
    timezoneId: process.env.TZ || undefined, // .ci/e2e.sh sets the company's zone
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  })
  const page = browser.pages()[0] ?? (await browser.newPage())
  page.setDefaultTimeout(30000) // a loaded 2-core CI machine can be slow to rebuild a view
  page.on('pageerror', (err) => console.error(`page error: ${err.message}`))
  // A failing step leaves a picture of what the user would have seen.
  afterEach(async (t) => {
    if (!t.passed) await shot(page, `failed-${t.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}`).catch(() => {})
  })
  return { browser, page }
}

// open loads the app and waits until the Go bindings are there.
export async function open(page) {
  await page.goto(baseURL)
  await page.waitForFunction(() => Boolean(window.go?.app?.Session?.Status), null, { timeout: 60000 })
}

export async function shot(page, name) {
  await page.screenshot({ path: join(shotsDir, `${name}.png`) })
}

// feedbackOf returns the message Naive UI shows under the form item holding testId.
export function feedbackOf(page, testId) {
  return page.locator('.n-form-item', { has: page.getByTestId(testId) }).locator('.n-form-item-feedback-wrapper')
}

// The owner every e2e file signs in as; each file's fresh database gets them
// through the first-run wizard (signInAsOwner).
export const owner = { company: '杭州明远智能科技有限公司', name: '周明远', login: 'owner', password: 'steady-pass1' }

// signInAsOwner opens the app and gets past the wizard or the sign-in screen.
export async function signInAsOwner(page) {
  await open(page)
  const first = page.getByTestId('setup-wizard').or(page.getByTestId('login-view')).or(page.getByTestId('app-shell'))
  await first.first().waitFor()
  if (await page.getByTestId('setup-wizard').isVisible()) {
    await page.getByTestId('setup-companyName').fill(owner.company)
    await page.getByTestId('setup-next').click()
    await page.getByTestId('setup-ownerName').fill(owner.name)
    await page.getByTestId('setup-login').fill(owner.login)
    await page.getByTestId('setup-password').fill(owner.password)
    await page.getByTestId('setup-passwordConfirm').fill(owner.password)
    await page.getByTestId('setup-submit').click()
  } else if (await page.getByTestId('login-view').isVisible()) {
    await page.getByTestId('login-login').fill(owner.login)
    await page.getByTestId('login-password').fill(owner.password)
    await page.getByTestId('login-submit').click()
  }
  await page.getByTestId('app-shell').waitFor()
}

// call invokes a bound Go method directly, to arrange data a test needs
// but does not test (e.g. a rep to train).
export function call(page, type, method, ...args) {
  return page.evaluate(([t, m, a]) => window.go.app[t][m](...a), [type, method, args])
}
