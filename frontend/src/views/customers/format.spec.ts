import { describe, expect, it } from 'vitest'
import { daysSince, dayOf, kindForDigit, localToRFC3339, markMatch, parseTags } from './format'

describe('customer format helpers', () => {
  it('splits typed tags on Chinese and Latin separators, dropping blanks and repeats', () => {
    expect(parseTags('VIP, 老客户，展会 、VIP;  华东')).toEqual(['VIP', '老客户', '展会', '华东'])
    expect(parseTags('   ')).toEqual([])
  })

  it('counts local calendar days since a stored time', () => {
    const now = new Date(2026, 4, 10, 9, 0)
    expect(daysSince(new Date(2026, 4, 10, 8, 0).toISOString(), now)).toBe(0)
    expect(daysSince(new Date(2026, 4, 9, 23, 59).toISOString(), now)).toBe(1)
    expect(daysSince(new Date(2026, 3, 30, 12, 0).toISOString(), now)).toBe(10)
    expect(daysSince('', now)).toBeNull()
  })

  it('maps Alt+digit to activity kinds in backend order', () => {
    expect(kindForDigit('1')).toBe('call')
    expect(kindForDigit('2')).toBe('visit')
    expect(kindForDigit('6')).toBe('note')
    expect(kindForDigit('7')).toBeNull()
    expect(kindForDigit('x')).toBeNull()
  })

  it('marks the first match, ignoring case and spaces in the query', () => {
    expect(markMatch('Zhang San Trading', 'san')).toEqual([
      { text: 'Zhang ', hit: false },
      { text: 'San', hit: true },
      { text: ' Trading', hit: false },
    ])
    expect(markMatch('张三', '张三')).toEqual([{ text: '张三', hit: true }])
    expect(markMatch('张三', 'zs')).toEqual([{ text: '张三', hit: false }])
    expect(markMatch('', 'x')).toEqual([])
  })

  it('turns a local day and time into RFC 3339 that names the same instant', () => {
    const s = localToRFC3339('2026-05-10', '14:05')
    expect(s).toMatch(/^2026-05-10T14:05:00[+-]\d{2}:\d{2}$/)
    expect(new Date(s).getTime()).toBe(new Date(2026, 4, 10, 14, 5).getTime())
    expect(localToRFC3339('2026-05-10', '')).toBe('')
    expect(localToRFC3339('10/05/2026', '14:05')).toBe('')
    expect(localToRFC3339('2026-13-01', '10:00')).toBe('')
    expect(localToRFC3339('2026-02-30', '10:00')).toBe('')
    expect(localToRFC3339('2026-05-10', '25:00')).toBe('')
    expect(dayOf(new Date(2026, 0, 2))).toBe('2026-01-02')
  })
})
