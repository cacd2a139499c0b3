import { describe, expect, it } from 'vitest'
import { MAX_OFFSET_HOURS, offsetHours, offsetParts, offsetWording } from './offset'

describe('offsetParts', () => {
  it.each([
    [0, 0, 'hours'],
    [2, 2, 'hours'],
    [24, 24, 'hours'],
    [36, 36, 'hours'],
    [48, 2, 'days'],
    [72, 3, 'days'],
    [100, 100, 'hours'],
    [168, 7, 'days'],
  ])('%i hours → %i %s', (hours, n, unit) => {
    expect(offsetParts(hours)).toEqual({ n, unit })
  })
})

describe('offsetHours', () => {
  it('turns days into hours', () => {
    expect(offsetHours(3, 'days')).toBe(72)
    expect(offsetHours(24, 'hours')).toBe(24)
    expect(offsetHours(0, 'hours')).toBe(0)
  })
  it('refuses what the backend would refuse', () => {
    expect(offsetHours(null, 'hours')).toBeNull()
    expect(offsetHours(-1, 'hours')).toBeNull()
    expect(offsetHours(1.5, 'days')).toBeNull()
    expect(offsetHours(366, 'days')).toBeNull()
    expect(offsetHours(365, 'days')).toBe(MAX_OFFSET_HOURS)
  })
  it('round-trips with offsetParts', () => {
    for (const h of [0, 1, 24, 47, 48, 72, 100, 8760]) {
      const p = offsetParts(h)
      expect(offsetHours(p.n, p.unit)).toBe(h)
    }
  })
})

describe('offsetWording', () => {
  it('names the key and count to translate', () => {
    expect(offsetWording(24)).toEqual({ key: 'sales.setup.offset.hours', n: 24 })
    expect(offsetWording(72)).toEqual({ key: 'sales.setup.offset.days', n: 3 })
    expect(offsetWording(0)).toEqual({ key: 'sales.setup.offset.now', n: 0 })
  })
})
