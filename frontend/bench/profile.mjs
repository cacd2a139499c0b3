// Where a slow screen spends its time (an aid to bench/ui.mjs, run by hand
// against an app bench-ui.sh or e2e.sh started): signs in as the demo owner,
// goes to FROM, records a CPU profile across a click on TESTID until ROWS
// show, and prints the functions that took the most time themselves, with
// the long tasks and the calls to the Go side.
//   E2E_URL=http://localhost:PORT node bench/profile.mjs '#/sales' sales-tab-list '[data-testid="deal-row"]'
import { chromium } from 'playwright-core'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const [from, testid, rows] = process.argv.slice(2)
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'steady-prof-')), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, locale: 'zh-CN',
  viewport: { width: 1280, height: 800 }, args: ['--no-sandbox', '--disable-gpu'],
})
const page = browser.pages()[0] ?? (await browser.newPage())
page.setDefaultTimeout(120_000)
try {
  await page.goto(process.env.E2E_URL ?? 'http://localhost:34115')
  await page.getByTestId('login-view').or(page.getByTestId('app-shell')).first().waitFor()
  if (await page.getByTestId('login-view').isVisible()) {
    await page.getByTestId('login-login').fill('owner')
    await page.getByTestId('login-password').fill('steady-demo')
    await page.getByTestId('login-submit').click()
  }
  await page.getByTestId('app-shell').waitFor()
  for (let i = 0; i < 3; i++) {
    // warm-up rounds, then the profiled one
    await page.evaluate((h) => (location.hash = h), '#/settings/about')
    await page.waitForTimeout(800)
    await page.evaluate((h) => (location.hash = h), from)
    await page.waitForTimeout(2500)
    const cdp = await page.context().newCDPSession(page)
    const last = i === 2
    const events = []
    if (last && process.env.TRACE) {
      cdp.on('Tracing.dataCollected', (d) => events.push(...d.value))
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' })
    }
    if (last) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }
    await page.evaluate(() => {
      window.__long = []
      new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask' })
      window.__t0 = 0
      document.addEventListener('click', (e) => (window.__t0 = e.timeStamp), { capture: true, once: true })
    })
    await page.getByTestId(testid).first().click()
    await page.locator(rows).first().waitFor()
    const ms = await page.evaluate(() => performance.now() - window.__t0)
    const long = await page.evaluate(() => window.__long.filter(([s]) => s >= window.__t0 - 5).map(([s, d]) => `${Math.round(s - window.__t0)}+${d}`))
    console.log(`click to rows ${Math.round(ms)} ms; long tasks (start+ms after the click): ${long.join(' ')}`)
    if (!last) continue
    if (process.env.TRACE) {
      const ended = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
      await cdp.send('Tracing.end')
      await ended
      const by = new Map()
      for (const e of events) if (e.ph === 'X' && e.dur) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000)
      const top = [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14)
      console.log('trace (inclusive ms by event):\n' + top.map(([k, v]) => `${v.toFixed(1).padStart(8)}  ${k}`).join('\n'))
    }
    const { profile } = await cdp.send('Profiler.stop')
    const self = new Map()
    const dt = profile.timeDeltas
    const byId = new Map(profile.nodes.map((n) => [n.id, n]))
    profile.samples.forEach((id, k) => {
      const n = byId.get(id)
      const f = n.callFrame
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`
      self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0) / 1000)
    })
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)
    for (const [k, v] of top) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`)
  }
} finally {
  await browser.close()
}
