// Money, quantities and rates as the backend keeps them: integer minor units
// (fen, cents), integer thousandths and integer basis points. Text typed by a
// person is turned into those integers digit by digit, never through floating
// point, and computeTotals is a faithful port of backend/money/totals.go
// (BigInt inside, so no intermediate product can lose precision).

/** Currencies whose minor unit is not two digits (ISO 4217, as money/currency.go). */
const ZERO_DIGITS = new Set([
  'BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF',
])
const THREE_DIGITS = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'])

/** Digits of the currency's minor unit: CNY → 2, JPY → 0, KWD → 3. */
export function minorDigits(currency: string): number {
  const code = currency.trim().toUpperCase()
  if (ZERO_DIGITS.has(code)) return 0
  if (THREE_DIGITS.has(code)) return 3
  return 2
}

/** The bound of one line's qty × price ÷ 1000 (money.MaxLineGross). */
export const MAX_LINE_GROSS = 900_000_000_000

function group(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** Integer text with `digits` implied decimals: ("123456", 2) → "1234.56". */
function placeDecimals(abs: string, digits: number): [string, string] {
  if (digits === 0) return [abs, '']
  const padded = abs.padStart(digits + 1, '0')
  return [padded.slice(0, -digits), padded.slice(-digits)]
}

/** 1234567 (CNY) → "12,345.67"; -5 → "-0.05"; JPY 1200 → "1,200". */
export function formatAmount(minor: number | bigint, currency: string): string {
  const n = BigInt(minor)
  const sign = n < 0n ? '-' : ''
  const [whole, frac] = placeDecimals((n < 0n ? -n : n).toString(), minorDigits(currency))
  return sign + group(whole) + (frac ? '.' + frac : '')
}

const symbolCache = new Map<string, string>()

/**
 * "¥" for CNY (in every language: the users are businesses in China), "US$"
 * or "$" for USD by the UI language…; the code itself when the platform
 * knows no symbol.
 */
export function currencySymbol(currency: string, locale = 'zh-CN'): string {
  if (currency === 'CNY') return '¥'
  const key = `${locale}:${currency}`
  const cached = symbolCache.get(key)
  if (cached !== undefined) return cached
  let symbol = currency
  try {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0)
    symbol = parts.find((p) => p.type === 'currency')?.value ?? currency
  } catch {
    symbol = currency
  }
  symbolCache.set(key, symbol)
  return symbol
}

/** 1234567 (CNY) → "¥12,345.67"; negative amounts keep the sign in front. */
export function formatMoney(minor: number | bigint, currency: string, locale = 'zh-CN'): string {
  const text = formatAmount(minor, currency)
  const symbol = currencySymbol(currency, locale)
  const spacer = /^[A-Z]{3}$/.test(symbol) ? ' ' : ''
  return text.startsWith('-') ? `-${symbol}${spacer}${text.slice(1)}` : `${symbol}${spacer}${text}`
}

/** Minor units as an editable text without grouping: 123450 (CNY) → "1234.50". */
export function amountInput(minor: number, currency: string): string {
  const [whole, frac] = placeDecimals(Math.abs(Math.trunc(minor)).toString(), minorDigits(currency))
  return (minor < 0 ? '-' : '') + whole + (frac ? '.' + frac : '')
}

/**
 * A typed amount as minor units: "1,234.5" → 123450 (CNY). Accepts grouping
 * commas, a leading ¥/￥/$ and spaces; refuses negatives, more decimals than
 * the currency has, and amounts past the exact-arithmetic bound. null = not an amount.
 */
export function parseAmount(text: string, currency: string): number | null {
  const s = text.replace(/[\s,，¥￥$]/g, '')
  const digits = minorDigits(currency)
  const m = /^(\d+)?(?:\.(\d*))?$/.exec(s)
  if (!m || s === '' || s === '.' || (m[1] === undefined && !m[2])) return null
  const frac = m[2] ?? ''
  if (frac.length > digits) return null
  const minor = BigInt(m[1] ?? '0') * 10n ** BigInt(digits) + BigInt(frac.padEnd(digits, '0') || '0')
  if (minor > BigInt(MAX_LINE_GROSS)) return null
  return Number(minor)
}

/** Thousandths as a quantity: 1500 → "1.5", 2000 → "2", 1234 → "1.234". */
export function formatQty(milli: number): string {
  const [whole, frac] = placeDecimals(Math.abs(Math.trunc(milli)).toString(), 3)
  const trimmed = frac.replace(/0+$/, '')
  return (milli < 0 ? '-' : '') + group(whole) + (trimmed ? '.' + trimmed : '')
}

/** Thousandths as an editable text without grouping: 1500 → "1.5". */
export function qtyInput(milli: number): string {
  return formatQty(milli).replace(/,/g, '')
}

/** A typed quantity as thousandths: "2.5" → 2500, "0.125" → 125; null past 3 decimals or ≤ 0. */
export function parseQty(text: string): number | null {
  const s = text.replace(/[\s,，]/g, '')
  const m = /^(\d+)?(?:\.(\d{0,3}))?$/.exec(s)
  if (!m || s === '' || s === '.' || (m[1] === undefined && !m[2])) return null
  const milli = BigInt(m[1] ?? '0') * 1000n + BigInt((m[2] ?? '').padEnd(3, '0'))
  if (milli <= 0n || milli > BigInt(MAX_LINE_GROSS) * 1000n) return null
  return Number(milli)
}

/** Basis points as a short percent: 1300 → "13%", 650 → "6.5%", 5 → "0.05%". */
export function formatRate(bp: number): string {
  const [whole, frac] = placeDecimals(Math.abs(Math.trunc(bp)).toString(), 2)
  const trimmed = frac.replace(/0+$/, '')
  return (bp < 0 ? '-' : '') + whole + (trimmed ? '.' + trimmed : '') + '%'
}

/** Basis points as an editable percent without the sign: 1300 → "13", 650 → "6.5". */
export function rateInput(bp: number): string {
  return formatRate(bp).slice(0, -1)
}

/** A typed percent (0–100, at most two decimals) as basis points; null otherwise. */
export function parseRate(text: string): number | null {
  const s = text.trim().replace(/%$/, '').trim()
  if (s === '') return 0
  const m = /^(\d{1,3})?(?:\.(\d{0,2}))?$/.exec(s)
  if (!m || s === '.' || (m[1] === undefined && !m[2])) return null
  const bp = Number(m[1] ?? '0') * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return bp <= 10000 ? bp : null
}

// ---------------------------------------------------------------------------
// Totals: the one rule (backend/money/totals.go), step for step.

export interface TotalsLine {
  qtyMilli: number
  priceMinor: number
  discountBp: number
  taxRateBp: number
}

export interface TotalsInput {
  lines: TotalsLine[]
  discountBp: number
  taxIncluded: boolean
  charges: number[]
}

/** Named like the backend's JSON (money.LineTotals). */
export interface LineTotals {
  grossMinor: number
  lineDiscountMinor: number
  amountMinor: number
  quoteDiscountMinor: number
  netMinor: number
  taxMinor: number
}

/** Named like the backend's JSON (money.Totals). */
export interface Totals {
  lines: LineTotals[]
  subtotalMinor: number
  discountMinor: number
  netMinor: number
  taxMinor: number
  chargesMinor: number
  totalMinor: number
}

/** a ÷ b (b > 0) rounded half away from zero, like ROUND(a/b, 0): money.DivRound. */
export function divRound(a: bigint, b: bigint): bigint {
  if (a < 0n) return -divRound(-a, b)
  return (2n * a + b) / (2n * b)
}

function lineTotals(l: TotalsLine, quoteBp: bigint, taxIncluded: boolean) {
  const rate = BigInt(l.taxRateBp)
  const gross = divRound(BigInt(l.qtyMilli) * BigInt(l.priceMinor), 1000n)
  const lineDiscount = divRound(gross * BigInt(l.discountBp), 10000n)
  const amount = gross - lineDiscount
  const quoteDiscount = divRound(amount * quoteBp, 10000n)
  const due = amount - quoteDiscount
  let net: bigint
  let tax: bigint
  if (taxIncluded) {
    net = divRound(due * 10000n, 10000n + rate)
    tax = due - net
  } else {
    net = due
    tax = divRound(due * rate, 10000n)
  }
  return { gross, lineDiscount, amount, quoteDiscount, net, tax }
}

/** The quote's totals exactly as money.ComputeTotals computes them. */
export function computeTotals(input: TotalsInput): Totals {
  const quoteBp = BigInt(input.discountBp)
  let subtotal = 0n
  let discount = 0n
  let net = 0n
  let tax = 0n
  let charges = 0n
  const lines: LineTotals[] = input.lines.map((l) => {
    const lt = lineTotals(l, quoteBp, input.taxIncluded)
    subtotal += lt.amount
    discount += lt.quoteDiscount
    net += lt.net
    tax += lt.tax
    return {
      grossMinor: Number(lt.gross),
      lineDiscountMinor: Number(lt.lineDiscount),
      amountMinor: Number(lt.amount),
      quoteDiscountMinor: Number(lt.quoteDiscount),
      netMinor: Number(lt.net),
      taxMinor: Number(lt.tax),
    }
  })
  for (const c of input.charges) charges += BigInt(c)
  return {
    lines,
    subtotalMinor: Number(subtotal),
    discountMinor: Number(discount),
    netMinor: Number(net),
    taxMinor: Number(tax),
    chargesMinor: Number(charges),
    totalMinor: Number(net + tax + charges),
  }
}

/** Whether qty × price stays within the exact-arithmetic bound (money.LineGrossFits). */
export function lineGrossFits(qtyMilli: number, priceMinor: number): boolean {
  if (qtyMilli < 0 || priceMinor < 0) return false
  return priceMinor === 0 || BigInt(qtyMilli) <= (BigInt(MAX_LINE_GROSS) * 1000n) / BigInt(priceMinor)
}

/**
 * A catalog price moved between "tax included" and "tax added" terms, as the
 * quote backend does for lines taken from the catalog (quote.taxTerms).
 */
export function taxTerms(minor: number, rateBp: number, fromIncluded: boolean, toIncluded: boolean): number {
  if (fromIncluded === toIncluded || rateBp < 0 || rateBp > 10000) return minor
  if (fromIncluded) return Number(divRound(BigInt(minor) * 10000n, 10000n + BigInt(rateBp)))
  return Number(divRound(BigInt(minor) * (10000n + BigInt(rateBp)), 10000n))
}

export interface GuardLine {
  position: number
  qtyMilli: number
  listPriceMinor: number
  floorPriceMinor: number
}

export interface GuardFinding {
  kind: 'belowFloor' | 'discountOverLimit'
  position: number
  priceMinor: number
  limitMinor: number
  discountBp: number
  limitBp: number
}

/**
 * A preview of the backend's discount guard (quote.guard) for the builder:
 * lines whose price after all discounts is under their floor, and a total
 * discount against list prices above limitBp. The saved quote's reasons are
 * the backend's; this only warns while typing.
 */
export function guardPreview(lines: GuardLine[], totals: Totals, limitBp: number): GuardFinding[] {
  const out: GuardFinding[] = []
  let reference = 0n
  let due = 0n
  lines.forEach((l, i) => {
    const lt = totals.lines[i]
    if (!lt) return
    const lineDue = BigInt(lt.amountMinor - lt.quoteDiscountMinor)
    const qty = BigInt(l.qtyMilli)
    reference += divRound(qty * BigInt(l.listPriceMinor), 1000n)
    due += lineDue
    if (l.floorPriceMinor > 0 && qty > 0n && lineDue < divRound(qty * BigInt(l.floorPriceMinor), 1000n)) {
      out.push({
        kind: 'belowFloor',
        position: l.position,
        priceMinor: Number(divRound(lineDue * 1000n, qty)),
        limitMinor: l.floorPriceMinor,
        discountBp: 0,
        limitBp: 0,
      })
    }
  })
  if (reference > 0n && due < reference) {
    const bp = Number(divRound((reference - due) * 10000n, reference))
    if (bp > limitBp) {
      out.push({ kind: 'discountOverLimit', position: 0, priceMinor: 0, limitMinor: 0, discountBp: bp, limitBp })
    }
  }
  return out
}
