import { describe, expect, it } from 'vitest'
import { MAX_LINE_GROSS, amountInput, parseAmount, parseQty, parseRate, qtyInput, rateInput } from './money'

// The typed-number parsers are the frontend's only readers of a quantity,
// amount or percent a person types (the backend receives integers and checks
// their bounds). Like Go's fuzz targets for the importers, these feed them
// thousands of hostile strings from a fixed seed: a parser never throws,
// answers null or an integer inside its bounds, and reads back what the
// editor writes for any value.

/** A small deterministic generator (mulberry32), so a failure replays. */
function rng(seed: number): () => number {
  let a = seed
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pieces = ['0', '1', '9', '.', ',', '，', ' ', '-', '+', 'e', 'E', '%', '¥', '￥', '$', '１', '٣', '\u0000', '\u200b',
  'Infinity', 'NaN', '0x1F', '1e309', '999999999999999999999', '.5', '5.', '..', '١٢', '😀', '\t', '\n', '½']

function hostile(next: () => number): string {
  const n = Math.floor(next() * 8)
  let s = ''
  for (let i = 0; i < n; i++) s += pieces[Math.floor(next() * pieces.length)]
  return s
}

const ROUNDS = 20000
// A loaded 2-core CI machine runs the rounds slowly; time is not what is tested.
const SLOW = { timeout: 60000 }

describe('typed numbers under hostile input', () => {
  it('parseQty answers null or positive thousandths within the line bound', SLOW, () => {
    const next = rng(12)
    for (let i = 0; i < ROUNDS; i++) {
      const text = hostile(next)
      const got = parseQty(text)
      if (got === null) continue
      expect(Number.isSafeInteger(got), text).toBe(true)
      expect(got > 0 && got <= MAX_LINE_GROSS * 1000, text).toBe(true)
    }
  })

  it('parseAmount answers null or whole minor units within the line bound', SLOW, () => {
    const next = rng(34)
    for (let i = 0; i < ROUNDS; i++) {
      const text = hostile(next)
      for (const currency of ['CNY', 'JPY', 'USD']) {
        const got = parseAmount(text, currency)
        if (got === null) continue
        expect(Number.isSafeInteger(got), text).toBe(true)
        expect(got >= 0 && got <= MAX_LINE_GROSS, text).toBe(true)
      }
    }
  })

  it('parseRate answers null or basis points from 0 to 100 %', SLOW, () => {
    const next = rng(56)
    for (let i = 0; i < ROUNDS; i++) {
      const text = hostile(next)
      const got = parseRate(text)
      if (got === null) continue
      expect(Number.isInteger(got) && got >= 0 && got <= 10000, text).toBe(true)
    }
  })

  it('reads back what the editor writes, for any value', SLOW, () => {
    const next = rng(78)
    for (let i = 0; i < ROUNDS / 4; i++) {
      const milli = 1 + Math.floor(next() * 1e12)
      expect(parseQty(qtyInput(milli))).toBe(milli)
      const minor = Math.floor(next() * MAX_LINE_GROSS)
      expect(parseAmount(amountInput(minor, 'CNY'), 'CNY')).toBe(minor)
      expect(parseAmount(amountInput(minor, 'JPY'), 'JPY')).toBe(minor)
      const bp = Math.floor(next() * 10001)
      expect(parseRate(rateInput(bp))).toBe(bp)
    }
  })
})
