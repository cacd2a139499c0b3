import { describe, expect, it } from 'vitest'
import { formatRateMicro, parseRateMicro } from './exchangeRate'

describe('exchange rates in millionths', () => {
  it('shows six decimals', () => {
    expect(formatRateMicro(7_123_456)).toBe('7.123456')
    expect(formatRateMicro(45_000)).toBe('0.045000')
    expect(formatRateMicro(150_500_000)).toBe('150.500000')
  })
  it('reads what people type, exactly', () => {
    expect(parseRateMicro('7.123456')).toBe(7_123_456)
    expect(parseRateMicro(' 7.1 ')).toBe(7_100_000)
    expect(parseRateMicro('７．２')).toBe(7_200_000)
    expect(parseRateMicro('0.045')).toBe(45_000)
    expect(parseRateMicro('150')).toBe(150_000_000)
    // 0.1 + 0.2 style drift cannot happen: no floating point on the fraction
    expect(parseRateMicro('0.300001')).toBe(300_001)
  })
  it('refuses what is not a positive rate of six decimals', () => {
    for (const bad of ['', '0', '0.000000', '-1', '7.1234567', 'abc', '1.2.3', '2000000']) {
      expect(parseRateMicro(bad)).toBeNull()
    }
  })
})
