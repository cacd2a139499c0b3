import { describe, expect, it } from 'vitest'
import {
  amountInput,
  computeTotals,
  divRound,
  formatAmount,
  formatMoney,
  formatQty,
  formatRate,
  guardPreview,
  lineGrossFits,
  minorDigits,
  parseAmount,
  parseQty,
  parseRate,
  qtyInput,
  rateInput,
  taxTerms,
  type Totals,
  type TotalsInput,
} from './money'

// Expected totals were produced by running backend/money.ComputeTotals on the
// same inputs (a throwaway `go run`), so this table pins the TypeScript port
// to the Go arithmetic, line figures included.
const GO_CASES: { name: string; input: TotalsInput; want: Totals }[] = [
  {
    name: 'tax added, fractions, line and quote discounts, charges',
    input: { discountBp: 500, taxIncluded: false, charges: [5000, 1234], lines: [
      { qtyMilli: 2500, priceMinor: 129900, discountBp: 1000, taxRateBp: 1300 },
      { qtyMilli: 1000, priceMinor: 33333, discountBp: 0, taxRateBp: 1300 },
      { qtyMilli: 333, priceMinor: 1999, discountBp: 250, taxRateBp: 600 },
    ] },
    want: {"lines": [{"grossMinor": 324750, "lineDiscountMinor": 32475, "amountMinor": 292275, "quoteDiscountMinor": 14614, "netMinor": 277661, "taxMinor": 36096}, {"grossMinor": 33333, "lineDiscountMinor": 0, "amountMinor": 33333, "quoteDiscountMinor": 1667, "netMinor": 31666, "taxMinor": 4117}, {"grossMinor": 666, "lineDiscountMinor": 17, "amountMinor": 649, "quoteDiscountMinor": 32, "netMinor": 617, "taxMinor": 37}], "subtotalMinor": 326257, "discountMinor": 16313, "netMinor": 309944, "taxMinor": 40250, "chargesMinor": 6234, "totalMinor": 356428},
  },
  {
    name: 'tax included, per-line rates',
    input: { discountBp: 1250, taxIncluded: true, charges: [], lines: [
      { qtyMilli: 3000, priceMinor: 11300, discountBp: 333, taxRateBp: 1300 },
      { qtyMilli: 1750, priceMinor: 10600, discountBp: 0, taxRateBp: 600 },
      { qtyMilli: 1000, priceMinor: 9999, discountBp: 5000, taxRateBp: 0 },
    ] },
    want: {"lines": [{"grossMinor": 33900, "lineDiscountMinor": 1129, "amountMinor": 32771, "quoteDiscountMinor": 4096, "netMinor": 25376, "taxMinor": 3299}, {"grossMinor": 18550, "lineDiscountMinor": 0, "amountMinor": 18550, "quoteDiscountMinor": 2319, "netMinor": 15312, "taxMinor": 919}, {"grossMinor": 9999, "lineDiscountMinor": 5000, "amountMinor": 4999, "quoteDiscountMinor": 625, "netMinor": 4374, "taxMinor": 0}], "subtotalMinor": 56320, "discountMinor": 7040, "netMinor": 45062, "taxMinor": 4218, "chargesMinor": 0, "totalMinor": 49280},
  },
  {
    name: 'at the exact-arithmetic bound',
    input: { discountBp: 9999, taxIncluded: true, charges: [900000000000], lines: [
      { qtyMilli: 1000, priceMinor: 900000000000, discountBp: 1, taxRateBp: 1300 },
      { qtyMilli: 123456789, priceMinor: 7290000, discountBp: 9999, taxRateBp: 1700 },
    ] },
    want: {"lines": [{"grossMinor": 900000000000, "lineDiscountMinor": 90000000, "amountMinor": 899910000000, "quoteDiscountMinor": 899820009000, "netMinor": 79638053, "taxMinor": 10352947}, {"grossMinor": 899999991810, "lineDiscountMinor": 899909991811, "amountMinor": 89999999, "quoteDiscountMinor": 89990999, "netMinor": 7692, "taxMinor": 1308}], "subtotalMinor": 899999999999, "discountMinor": 899909999999, "netMinor": 79645745, "taxMinor": 10354255, "chargesMinor": 900000000000, "totalMinor": 900090000000},
  },
  {
    name: 'half-way rounding everywhere',
    input: { discountBp: 3333, taxIncluded: false, charges: [], lines: [
      { qtyMilli: 1500, priceMinor: 33, discountBp: 0, taxRateBp: 1300 },
      { qtyMilli: 2500, priceMinor: 1, discountBp: 2000, taxRateBp: 5000 },
      { qtyMilli: 1, priceMinor: 500, discountBp: 10000, taxRateBp: 10000 },
    ] },
    want: {"lines": [{"grossMinor": 50, "lineDiscountMinor": 0, "amountMinor": 50, "quoteDiscountMinor": 17, "netMinor": 33, "taxMinor": 4}, {"grossMinor": 3, "lineDiscountMinor": 1, "amountMinor": 2, "quoteDiscountMinor": 1, "netMinor": 1, "taxMinor": 1}, {"grossMinor": 1, "lineDiscountMinor": 1, "amountMinor": 0, "quoteDiscountMinor": 0, "netMinor": 0, "taxMinor": 0}], "subtotalMinor": 52, "discountMinor": 18, "netMinor": 34, "taxMinor": 5, "chargesMinor": 0, "totalMinor": 39},
  },  {
    name: 'the e2e quote: tax included, 3 % off, a fractional quantity, shipping',
    input: { discountBp: 300, taxIncluded: true, charges: [5000], lines: [
      { qtyMilli: 2000, priceMinor: 280000, discountBp: 0, taxRateBp: 1300 },
      { qtyMilli: 305500, priceMinor: 450, discountBp: 0, taxRateBp: 1300 },
      { qtyMilli: 1000, priceMinor: 80000, discountBp: 0, taxRateBp: 600 },
    ] },
    want: {"lines":[{"grossMinor":560000,"lineDiscountMinor":0,"amountMinor":560000,"quoteDiscountMinor":16800,"netMinor":480708,"taxMinor":62492},{"grossMinor":137475,"lineDiscountMinor":0,"amountMinor":137475,"quoteDiscountMinor":4124,"netMinor":118010,"taxMinor":15341},{"grossMinor":80000,"lineDiscountMinor":0,"amountMinor":80000,"quoteDiscountMinor":2400,"netMinor":73208,"taxMinor":4392}],"subtotalMinor":777475,"discountMinor":23324,"netMinor":671926,"taxMinor":82225,"chargesMinor":5000,"totalMinor":759151},
  },
]

describe('computeTotals', () => {
  it.each(GO_CASES)('matches money.ComputeTotals: $name', ({ input, want }) => {
    expect(computeTotals(input)).toEqual(want)
  })

  it('follows the documented steps (totals_test.go cases)', () => {
    const t = (input: Partial<TotalsInput>) =>
      computeTotals({ lines: [], discountBp: 0, taxIncluded: false, charges: [], ...input })
    expect(t({ lines: [{ qtyMilli: 2000, priceMinor: 10000, discountBp: 0, taxRateBp: 1300 }] }).totalMinor).toBe(22600)
    const incl = t({ taxIncluded: true, lines: [{ qtyMilli: 1000, priceMinor: 11300, discountBp: 0, taxRateBp: 1300 }] })
    expect([incl.netMinor, incl.taxMinor, incl.totalMinor]).toEqual([10000, 1300, 11300])
    const shares = t({
      discountBp: 1000,
      lines: [
        { qtyMilli: 1000, priceMinor: 5, discountBp: 0, taxRateBp: 0 },
        { qtyMilli: 1000, priceMinor: 5, discountBp: 0, taxRateBp: 0 },
      ],
    })
    expect(shares.discountMinor).toBe(2)
    expect(t({}).totalMinor).toBe(0)
  })
})

describe('divRound', () => {
  it('rounds half away from zero', () => {
    expect(divRound(5n, 10n)).toBe(1n)
    expect(divRound(4n, 10n)).toBe(0n)
    expect(divRound(-5n, 10n)).toBe(-1n)
    expect(divRound(15n, 10n)).toBe(2n)
    expect(divRound(-14n, 10n)).toBe(-1n)
  })
})

describe('amounts', () => {
  it('knows the minor digits', () => {
    expect(minorDigits('CNY')).toBe(2)
    expect(minorDigits('jpy')).toBe(0)
    expect(minorDigits('KWD')).toBe(3)
  })

  it('formats without float drift', () => {
    expect(formatAmount(1234567, 'CNY')).toBe('12,345.67')
    expect(formatAmount(5, 'CNY')).toBe('0.05')
    expect(formatAmount(-5, 'CNY')).toBe('-0.05')
    expect(formatAmount(1200, 'JPY')).toBe('1,200')
    expect(formatAmount(1234, 'KWD')).toBe('1.234')
    expect(formatAmount(900_000_000_000, 'CNY')).toBe('9,000,000,000.00')
    expect(formatAmount(0, 'USD')).toBe('0.00')
    // 0.1 + 0.2 style values stay exact
    expect(formatAmount(30, 'CNY')).toBe('0.30')
  })

  it('puts the currency symbol in front', () => {
    expect(formatMoney(1234567, 'CNY', 'zh-CN')).toBe('¥12,345.67')
    expect(formatMoney(-150, 'CNY', 'zh-CN')).toBe('-¥1.50')
    expect(formatMoney(150, 'CNY', 'en')).toBe('¥1.50')
    expect(formatMoney(150, 'USD', 'en')).toBe('$1.50')
  })

  it('parses typed amounts digit by digit', () => {
    expect(parseAmount('1,234.5', 'CNY')).toBe(123450)
    expect(parseAmount('¥ 0.29', 'CNY')).toBe(29)
    expect(parseAmount('4.35', 'CNY')).toBe(435)
    expect(parseAmount('1.005', 'CNY')).toBeNull()
    expect(parseAmount('12', 'JPY')).toBe(12)
    expect(parseAmount('12.5', 'JPY')).toBeNull()
    expect(parseAmount('.5', 'CNY')).toBe(50)
    expect(parseAmount('7.', 'CNY')).toBe(700)
    expect(parseAmount('-1', 'CNY')).toBeNull()
    expect(parseAmount('abc', 'CNY')).toBeNull()
    expect(parseAmount('', 'CNY')).toBeNull()
    expect(parseAmount('9000000001', 'CNY')).toBeNull()
  })

  it('round-trips edit text', () => {
    for (const minor of [0, 1, 29, 435, 123450, 900_000_000_000]) {
      expect(parseAmount(amountInput(minor, 'CNY'), 'CNY')).toBe(minor)
    }
    expect(amountInput(123450, 'CNY')).toBe('1234.50')
    expect(amountInput(1200, 'JPY')).toBe('1200')
  })
})

describe('quantities', () => {
  it('parses and formats thousandths', () => {
    expect(parseQty('2.5')).toBe(2500)
    expect(parseQty('0.125')).toBe(125)
    expect(parseQty('1,000')).toBe(1_000_000)
    expect(parseQty('1.2345')).toBeNull()
    expect(parseQty('0')).toBeNull()
    expect(parseQty('')).toBeNull()
    expect(formatQty(1500)).toBe('1.5')
    expect(formatQty(2000)).toBe('2')
    expect(formatQty(1_234_500)).toBe('1,234.5')
    expect(qtyInput(1_234_500)).toBe('1234.5')
    expect(formatQty(1)).toBe('0.001')
  })
})

describe('rates', () => {
  it('parses percents as basis points', () => {
    expect(parseRate('13')).toBe(1300)
    expect(parseRate('6.5%')).toBe(650)
    expect(parseRate('0.29')).toBe(29)
    expect(parseRate('')).toBe(0)
    expect(parseRate('100')).toBe(10000)
    expect(parseRate('100.01')).toBeNull()
    expect(parseRate('1.234')).toBeNull()
    expect(formatRate(1300)).toBe('13%')
    expect(formatRate(650)).toBe('6.5%')
    expect(formatRate(5)).toBe('0.05%')
    expect(rateInput(1250)).toBe('12.5')
  })
})

describe('lineGrossFits and taxTerms', () => {
  it('bounds a line like the backend', () => {
    expect(lineGrossFits(1000, 900_000_000_000)).toBe(true)
    expect(lineGrossFits(1001, 900_000_000_000)).toBe(false)
    expect(lineGrossFits(5, 0)).toBe(true)
  })

  it('converts catalog prices between tax terms', () => {
    expect(taxTerms(11300, 1300, true, false)).toBe(10000)
    expect(taxTerms(10000, 1300, false, true)).toBe(11300)
    expect(taxTerms(9999, 1300, true, false)).toBe(8849)
    expect(taxTerms(9999, 1300, true, true)).toBe(9999)
  })
})

describe('guardPreview', () => {
  const input: TotalsInput = {
    discountBp: 0,
    taxIncluded: false,
    charges: [],
    lines: [
      { qtyMilli: 2000, priceMinor: 8000, discountBp: 0, taxRateBp: 1300 },
      { qtyMilli: 1000, priceMinor: 10000, discountBp: 0, taxRateBp: 1300 },
    ],
  }
  const lines = [
    { position: 1, qtyMilli: 2000, listPriceMinor: 10000, floorPriceMinor: 9000 },
    { position: 2, qtyMilli: 1000, listPriceMinor: 10000, floorPriceMinor: 0 },
  ]

  it('finds a line under its floor and a discount over the limit', () => {
    const found = guardPreview(lines, computeTotals(input), 500)
    expect(found.map((f) => f.kind)).toEqual(['belowFloor', 'discountOverLimit'])
    expect(found[0]).toMatchObject({ position: 1, priceMinor: 8000, limitMinor: 9000 })
    // (30000 − 26000) / 30000 = 13.33 %
    expect(found[1]).toMatchObject({ discountBp: 1333, limitBp: 500 })
  })

  it('is quiet within the limits', () => {
    expect(guardPreview(lines.map((l) => ({ ...l, floorPriceMinor: 0 })), computeTotals(input), 2000)).toEqual([])
  })
})
