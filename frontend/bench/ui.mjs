// The UI benchmark (issue 13 item 8; `make bench-ui`, see .ci/bench-ui.sh):
// the production build against a 100,000-customer database, driven in
// Debian's Chromium as the end-to-end suite drives it. For each screen it
// clicks what a person clicks and times the click to the first rows drawn
// (the row in the DOM and a frame painted after it), once cold, then after a
// warm-up several times, and prints the median.
//
//   node bench/ui.mjs prepare   releases customers to the pool (the database build's last step)
//   node bench/ui.mjs           measures and prints the figures
import { chromium } from 'playwright-core'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const baseURL = process.env.E2E_URL ?? 'http://localhost:34115'
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const POOL = Number(process.env.BENCH_POOL ?? 15000) // customers in the pool, as a company with a pool rule has

const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'steady-bench-')), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  locale: 'zh-CN',
  timezoneId: process.env.TZ || undefined,
  viewport: { width: 1280, height: 800 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
})
const page = browser.pages()[0] ?? (await browser.newPage())
page.setDefaultTimeout(120_000)
page.on('pageerror', (err) => console.error(`page error: ${err.message}`))

const call = (type, method, ...args) => page.evaluate(([t, m, a]) => window.go.app[t][m](...a), [type, method, args])

async function signIn() {
  await page.goto(baseURL)
  await page.waitForFunction(() => Boolean(window.go?.app?.Session?.Status), null, { timeout: 120_000 })
  await page.getByTestId('login-view').or(page.getByTestId('app-shell')).first().waitFor()
  if (await page.getByTestId('login-view').isVisible()) {
    await page.getByTestId('login-login').fill('owner')
    await page.getByTestId('login-password').fill('steady-demo') // the demo's password (backend/demo)
    await page.getByTestId('login-submit').click()
  }
  await page.getByTestId('app-shell').waitFor()
}

// prepare gives the pool its customers the way an owner does, through
// Release (an import cannot create pool customers): the oldest of each
// rep's customers in turn.
async function prepare() {
  const reps = (await call('Users', 'List')).filter((u) => u.role === 'rep')
  const inPool = async () => (await call('Customers', 'List', { ownerId: 'pool', sort: 'name', limit: 1 })).total
  let pooled = await inPool()
  for (let i = 0; pooled < POOL; i++) {
    const rep = reps[i % reps.length]
    const page1 = await call('Customers', 'List', { ownerId: rep.id, sort: 'created', desc: false, limit: 100 })
    if (page1.items.length === 0) break
    await page.evaluate(async (rows) => {
      for (const r of rows) await window.go.app.Customers.Release(r.id, r.version, '基准测试：放回公海')
    }, page1.items)
    pooled += page1.items.length
    if (i % 20 === 0) console.log(`pool: ${pooled} of ${POOL}`)
  }
  console.log(`pool: ${await inPool()} customers`)
}

/**
 * Clicks the element with testid as a person does (Playwright's click, at
 * its centre) and returns the milliseconds from the click event to an
 * element matching rows in the DOM with a frame painted after it (two
 * animation frames: the one that lays it out, and the next).
 */
async function clickToRows(testid, rows) {
  await page.evaluate(([sel, diagnose]) => {
    const b = { t0: 0, calls: [] }
    window.__bench = b
    // Diagnosis only (it costs the page some work): when the rows entered the DOM, against the Go calls' answers.
    if (diagnose) new MutationObserver((_, o) => {
      if (b.t0 && document.querySelector(sel)) {
        b.calls.push(`rows inserted at ${Math.round(performance.now() - b.t0)} ms`)
        o.disconnect()
      }
    }).observe(document.body, { childList: true, subtree: true })
    document.addEventListener('click', (e) => (b.t0 = e.timeStamp), { capture: true, once: true })
    b.done = new Promise((resolve, reject) => {
      const deadline = performance.now() + 60_000
      const poll = () => {
        if (b.t0 && document.querySelector(sel)) {
          b.calls.push(`rows in the DOM at ${Math.round(performance.now() - b.t0)} ms`)
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - b.t0)))
        } else if (performance.now() > deadline) {
          reject(new Error(`no ${sel} within a minute of the click`))
        } else {
          requestAnimationFrame(poll)
        }
      }
      poll()
    })
  }, [rows, Boolean(process.env.BENCH_CALLS)])
  await page.getByTestId(testid).first().click()
  const ms = await page.evaluate(() => window.__bench.done)
  if (process.env.BENCH_CALLS) console.log(await page.evaluate(() => window.__bench.calls.map((c) => `    ${c}`).join('\n')))
  return ms
}

// With BENCH_CALLS set, every call to the Go side is timed (from the click):
// what the wait was made of, the backend's part against the page's.
async function timeCalls() {
  await page.evaluate(() => {
    for (const [type, methods] of Object.entries(window.go.app)) {
      for (const [name, fn] of Object.entries(methods)) {
        methods[name] = async (...args) => {
          const b = window.__bench
          const t = performance.now()
          try {
            return await fn(...args)
          } finally {
            if (b?.t0) b.calls.push(`${type}.${name} ${Math.round(t - b.t0)}→${Math.round(performance.now() - b.t0)} ms`)
          }
        }
      }
    }
  })
}

const go = async (hash, ready) => {
  await page.evaluate((h) => (location.hash = h), hash)
  await page.locator(ready).first().waitFor()
  await page.waitForTimeout(1500) // what the screen loads after its rows comes to rest
}

// Each screen: where a person starts, what they click, and its first rows.
const screens = [
  {
    name: 'customer list (from the dashboard)',
    from: ['#/dashboard', '[data-testid="dashboard"]'],
    click: 'nav-customers',
    rows: '[data-testid="customer-row"]',
  },
  {
    name: 'pool (tab, from the customer list)',
    from: ['#/customers', '[data-testid="customer-row"]'],
    click: 'customer-tab-pool',
    rows: '[data-testid="customer-pool-row"]',
  },
  {
    name: 'deal list (tab, from the deal board)',
    from: ['#/sales', '[data-testid="sales-board"]'],
    click: 'sales-tab-list',
    rows: '[data-testid="deal-row"]',
  },
  {
    name: 'quote builder (edit, from the quote list)',
    from: ['#/quotes', '[data-testid="quote-row-edit"]'],
    click: 'quote-row-edit',
    rows: '[data-testid="quote-line-1"]',
  },
]

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

async function measure() {
  const n = (await call('Customers', 'List', { sort: 'name', limit: 1 })).total
  const more = (await call('Customers', 'List', { sort: 'name', limit: 1 })).totalMore ? '+' : ''
  console.log(`database: ${n}${more} customers in the owner's list; ${RUNS} clicks per screen after one cold click and one warm-up`)
  const out = []
  for (const s of screens.filter((x) => x.name.includes(process.env.BENCH_ONLY ?? ''))) {
    const times = []
    for (let i = 0; i < RUNS + 2; i++) {
      await go(...s.from)
      times.push(await clickToRows(s.click, s.rows))
    }
    const [cold, , ...warm] = times
    const line = `${s.name.padEnd(44)} first ${String(Math.round(cold)).padStart(5)} ms   median ${String(Math.round(median(warm))).padStart(5)} ms   (min ${Math.round(Math.min(...warm))}, max ${Math.round(Math.max(...warm))})`
    console.log(line)
    out.push({ screen: s.name, coldMs: Math.round(cold), medianMs: Math.round(median(warm)) })
  }
  return out
}

try {
  await signIn()
  if (process.env.BENCH_CALLS) await timeCalls()
  if (process.argv[2] === 'prepare') await prepare()
  else await measure()
} finally {
  await browser.close()
}
