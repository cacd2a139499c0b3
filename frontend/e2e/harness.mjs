// Shared helpers for the end-to-end suite: one headless Debian Chromium
// against the real app served by `wails dev` (see .ci/e2e.sh).
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
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  })
  const page = browser.pages()[0] ?? (await browser.newPage())
  page.setDefaultTimeout(15000)
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
