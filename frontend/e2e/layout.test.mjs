// The layout check (issue 13, "Done means"): at 1280×800 and 1024×700, in
// zh-CN and en, over the main screens, no two pieces of visible text are
// drawn over each other and no table header is cut off. Measured from the
// boxes the browser lays the text out in (text ranges, not element boxes, so
// a wide block with short text does not count), as far as each piece is
// visible: clipped by an ancestor that hides overflow on purpose (an
// ellipsis cell), scrolled out of the pane, or under a sticky bar, it counts
// only where it shows. At 1280 every table column fits; in the narrow window
// a table may scroll sideways (its first column staying put) if every header
// it hides can be scrolled into view. Screenshots go to a temporary folder,
// printed at the end, to be looked at.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launch, signInAsOwner, call } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
const shots = process.env.E2E_LAYOUT_SHOTS ?? mkdtempSync(join(tmpdir(), 'steady-layout-'))
after(() => {
  console.log(`layout screenshots: ${shots}`)
  return browser.close()
})

const ids = {}

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]
const LANGUAGES = ['zh-CN', 'en']

/** The main screens: where each is and what shows it has drawn its data. */
const screens = () => [
  { name: 'dashboard', hash: '#/dashboard', ready: 'dashboard' },
  { name: 'customer-list', hash: '#/customers', ready: 'customer-table', rows: '[data-testid="customer-table"] tbody tr' },
  { name: 'customer-page', hash: `#/customers/${ids.customer}`, ready: 'customer-page' },
  { name: 'deal-board', hash: '#/sales', ready: 'sales-board' },
  { name: 'deal-list', hash: '#/sales/list', ready: 'deal-list', rows: '[data-testid="deal-list"] tbody tr' },
  { name: 'quote-list', hash: '#/quotes', ready: 'quote-list', rows: '[data-testid="quote-list"] tbody tr' },
  { name: 'quote-builder', hash: `#/quotes/${ids.quote}/edit`, ready: 'quote-line-2-remove' },
  { name: 'training', hash: '#/training', ready: 'training' },
  { name: 'appraisal', hash: '#/appraisal', ready: 'appraisal' },
  { name: 'after-sales', hash: '#/service', ready: 'service' },
]

async function language(lang) {
  await page.getByTestId(`language-${lang}`).click()
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
}

// Runs in the page: every problem with the layout as it stands.
function layoutProblems({ sideScroll }) {
  const MIN = 2 // px of overlap in both directions that count (anti-aliasing and line boxes touch)
  const inter = (a, b) => ({
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  })
  const empty = (r) => r.right - r.left <= 0.5 || r.bottom - r.top <= 0.5
  const view = { left: 0, top: 0, right: innerWidth, bottom: innerHeight }

  // The part of rect r inside every ancestor of el that clips what overflows it.
  const visiblePart = (el, r) => {
    let out = inter(r, view)
    for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
      const s = getComputedStyle(a)
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.contain.includes('paint')) {
        const b = a.getBoundingClientRect()
        out = inter(out, {
          left: s.overflowX === 'visible' ? -1e6 : b.left,
          right: s.overflowX === 'visible' ? 1e6 : b.right,
          top: s.overflowY === 'visible' ? -1e6 : b.top,
          bottom: s.overflowY === 'visible' ? 1e6 : b.bottom,
        })
      }
    }
    return out
  }
  const shown = (el) => {
    for (let a = el; a; a = a.parentElement) {
      const s = getComputedStyle(a)
      if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) return false
    }
    return true
  }
  // Bars that stay put over scrolling content (the builder's footer, sticky table heads).
  const bars = [...document.querySelectorAll('body *')].filter((e) => ['sticky', 'fixed'].includes(getComputedStyle(e).position))
  const underABar = (el, r) =>
    bars.some((b) => !b.contains(el) && !el.contains(b) && !empty(inter(r, b.getBoundingClientRect())) &&
      (() => {
        const i = inter(r, b.getBoundingClientRect())
        return (i.right - i.left) * (i.bottom - i.top) >= 0.5 * (r.right - r.left) * (r.bottom - r.top)
      })())

  const pieces = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent.trim()
    const el = n.parentElement
    if (!text || !el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName) || !shown(el)) continue
    const range = document.createRange()
    range.selectNodeContents(n)
    for (const r of range.getClientRects()) {
      const v = visiblePart(el, r)
      if (empty(v) || underABar(el, v)) continue
      pieces.push({ node: n, el, text: text.slice(0, 40), rect: v, full: r })
    }
  }
  // Inputs show their value as text too.
  for (const el of document.querySelectorAll('input, textarea')) {
    if (!el.value || !shown(el) || ['hidden', 'checkbox', 'radio'].includes(el.type)) continue
    const v = visiblePart(el, el.getBoundingClientRect())
    if (!empty(v) && !underABar(el, v)) pieces.push({ node: el, el, text: `[${el.value.slice(0, 38)}]`, rect: v, full: v, box: true })
  }

  const problems = []
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const a = pieces[i]
      const b = pieces[j]
      if (a.node === b.node) continue
      // A field and the text inside it (a prefix, a suffix, a placeholder, a tag in a select) share a box on purpose.
      if ((a.box && (a.el.contains(b.el) || a.el.parentElement?.parentElement?.contains(b.el))) ||
          (b.box && (b.el.contains(a.el) || b.el.parentElement?.parentElement?.contains(a.el)))) continue
      const o = inter(a.rect, b.rect)
      if (o.right - o.left > MIN && o.bottom - o.top > MIN) problems.push(`overlap: "${a.text}" × "${b.text}"`)
    }
  }
  // Header cells: their whole title shows (not cut by the cell or the window).
  // A table that scrolls sideways on purpose (all its columns do not fit a
  // narrow window) is fine only when each header it hides can be scrolled
  // fully into view, clear of the columns that stay put, inside a scroller
  // that is itself whole in the window: the check scrolls there, measures
  // and scrolls back. Only in a narrow window (sideScroll): at 1280 every
  // column fits. A page that overflows the window is never fine.
  const sideScroller = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a)
      if (['auto', 'scroll'].includes(s.overflowX) && a.scrollWidth > a.clientWidth + 1) return a
    }
    return null
  }
  const whole = (el, r) => {
    const v = visiblePart(el, r)
    return v.right - v.left >= r.right - r.left - 1
  }
  const clearOfStickies = (el, r) =>
    !bars.some((b) => !b.contains(el) && !el.contains(b) && (() => {
      const i = inter(r, b.getBoundingClientRect())
      return i.right - i.left > 1 && i.bottom - i.top > 1
    })())
  const reachable = (n) => {
    const s = sideScroll && sideScroller(n.parentElement)
    if (!s || !whole(s, s.getBoundingClientRect())) return false
    const was = s.scrollLeft
    try {
      const range = document.createRange()
      range.selectNodeContents(n)
      const r = range.getBoundingClientRect()
      const box = s.getBoundingClientRect()
      s.scrollLeft = was + (r.right - (box.left + s.clientWidth)) // its right edge to the scroller's
      const after = range.getBoundingClientRect()
      return whole(n.parentElement, after) && clearOfStickies(n.parentElement, after)
    } finally {
      s.scrollLeft = was
    }
  }
  const heads = document.querySelectorAll('th, [role="columnheader"], [data-testid="quote-lines"] .head > span')
  for (const th of heads) {
    if (!shown(th) || !th.textContent.trim()) continue
    const walker2 = document.createTreeWalker(th, NodeFilter.SHOW_TEXT)
    for (let n = walker2.nextNode(); n; n = walker2.nextNode()) {
      if (!n.textContent.trim() || !shown(n.parentElement)) continue
      const range = document.createRange()
      range.selectNodeContents(n)
      for (const r of range.getClientRects()) {
        if (r.top >= innerHeight || r.bottom <= 0) continue // scrolled out of sight vertically
        if (!whole(n.parentElement, r) && !reachable(n)) problems.push(`header cut off: "${n.textContent.trim()}"`)
      }
      const cell = n.parentElement
      if (cell.scrollWidth > cell.clientWidth + 1 && getComputedStyle(cell).textOverflow === 'ellipsis') {
        problems.push(`header ellipsised: "${n.textContent.trim()}"`)
      }
    }
  }
  return [...new Set(problems)]
}

test('arrange: long names where lists are narrow — customers, a deal, quotes, products', async () => {
  await signInAsOwner(page)
  const customer = (name, city, phone) =>
    call(page, 'Customers', 'Create', {
      id: '', kind: 'company', name, ownerId: '', stage: 'lead', source: '', industry: '制造业', region: '', city,
      country: '', address: '浙江省宁波市鄞州区首南街道天童南路 588 号宁波商会国贸中心 A 座 18 楼', phone,
      email: '', wechat: '', tags: ['重点客户', '展会线索'], notes: '',
      contacts: [{ id: '', name: '欧阳晓明', title: '采购部副总经理兼供应链负责人', phone: '', email: '', wechat: '', primary: true, version: 0 }],
      version: 0,
    })
  const k = await customer('宁波市鄞州区恒远国际贸易与供应链管理有限公司（华东区域总部）', '宁波', '0574-87654321')
  ids.customer = k.id
  await customer('杭州明远智能科技有限公司', '杭州', '0571-88886666')
  const d = await call(page, 'Sales', 'CreateDeal', {
    id: '', version: 0, customerId: k.id, title: '2027 年度全厂区电动升降办公桌与人体工学椅集中采购及安装项目', amountMinor: 128_000_00,
    currency: '', expectedCloseOn: '2027-03-31', ownerId: '', stageId: '', products: [], notes: '',
  })
  ids.deal = d.id
  const product = (sku, nameZh, nameEn) => ({
    id: '', sku, nameZh, nameEn, spec: '1400×700 mm，双电机，记忆高度', unit: '张', category: '办公家具', currency: 'CNY',
    listPriceMinor: 329900, costMinor: 180000, floorPriceMinor: 280000, taxRateBp: 1300, active: true, imageDataUrl: '',
    keepImage: false, version: 0,
  })
  const desk = await call(page, 'Catalog', 'CreateProduct', product('DK-120-PRO-2027', '电动升降办公桌（双电机记忆款，含理线槽）', 'Electric standing desk, dual motor with memory presets'))
  const line = (p, qty) => ({ id: '', productId: p.id, sku: '', name: '', spec: '', unit: '', qtyMilli: qty, unitPriceMinor: 329900,
    catalogPrice: true, discountBp: 0, taxRateBp: 1300 })
  const q = await call(page, 'Quotes', 'Create', {
    id: '', version: 0, language: 'zh-CN', customerId: k.id, customerName: k.name, customerAddress: '', contactName: '',
    contactPhone: '', contactEmail: '', dealId: d.id, currency: '', priceListId: '', taxIncluded: true, discountBp: 0,
    charges: [], issueDate: '', validUntil: '', paymentTerms: '', deliveryTerms: '', warrantyTerms: '', notes: '',
    lines: [line(desk, 120_000), { ...line(desk, 1000), productId: '', name: '上门安装调试、旧家具拆除搬运及三年上门维保服务', unitPriceMinor: 50000, catalogPrice: false, taxRateBp: 600 }],
  })
  ids.quote = q.id
})

for (const lang of LANGUAGES) {
  for (const size of SIZES) {
    test(`${lang} at ${size.width}×${size.height}: no text over other text, no header cut off`, async () => {
      await page.setViewportSize(size)
      if ((await page.evaluate(() => document.documentElement.lang)) !== lang) await language(lang)
      const found = []
      for (const s of screens()) {
        await page.evaluate((h) => (location.hash = h), s.hash)
        await page.getByTestId(s.ready).first().waitFor()
        if (s.rows) await page.locator(s.rows).first().waitFor()
        await page.locator('.n-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
        await page.waitForTimeout(500) // transitions and charts come to rest
        await page.screenshot({ path: join(shots, `${s.name}-${lang}-${size.width}.png`) })
        for (const p of await page.evaluate(layoutProblems, { sideScroll: size.width < 1200 })) found.push(`${s.name}: ${p}`)
      }
      assert.deepEqual(found, [], `layout problems in ${lang} at ${size.width}×${size.height}:\n${found.join('\n')}`)
    })
  }
}

test('a name cut with an ellipsis shows whole in a tooltip on hover (customer and deal lists)', async () => {
  await page.setViewportSize(SIZES[0])
  for (const [hash, link, whole] of [
    ['#/customers', 'customer-row-open', '宁波市鄞州区恒远国际贸易与供应链管理有限公司（华东区域总部）'],
    ['#/sales/list', 'deal-row-open', '2027 年度全厂区电动升降办公桌与人体工学椅集中采购及安装项目'],
  ]) {
    await page.evaluate((h) => (location.hash = h), hash)
    const cut = page.getByTestId(link).filter({ hasText: whole.slice(0, 8) }).first()
    assert.ok(await cut.locator('.n-ellipsis').evaluate((e) => e.scrollWidth > e.clientWidth), `${whole} is cut`)
    await cut.hover()
    await page.locator('.n-tooltip, .n-popover').filter({ hasText: whole }).first().waitFor()
    await page.mouse.move(0, 0)
  }
})
