import { describe, expect, it } from 'vitest'
import type { Settings } from '../../api/customers'
import { cadencesOverPool, numbersOf, ruleId, rulesErrors, settingsFrom, textsOf } from './rulesForm'

const settings = {
  version: 3,
  poolAfterDays: 30,
  poolExemptHighValue: true,
  claimLimitPerDay: 5,
  holdLimitJunior: 300,
  holdLimitSenior: 600,
  backdateDays: 3,
  dormantAfterDays: 90,
  churnedAfterDays: 180,
  revisit: { highValue: 7, potential: 14, ordinary: 30, atRisk: 10 },
  birthdayLeadDays: 3,
  greetingZh: '生日快乐',
  greetingEn: 'Happy birthday',
  rfm: {
    currency: 'CNY',
    recentDays: 30,
    lapsedDays: 180,
    repeatDeals: 2,
    frequentDeals: 5,
    midAmountMinor: 1_000_000,
    highAmountMinor: 5_000_050,
    highValueScore: 12,
  },
} as unknown as Settings

describe('rules form', () => {
  it('reads settings into the form and writes them back unchanged', () => {
    const nums = numbersOf(settings)
    const text = textsOf(settings)
    expect(text.midAmount).toBe('10000.00')
    expect(text.highAmount).toBe('50000.50')
    expect(rulesErrors(nums, text)).toEqual({})
    expect(settingsFrom(settings, nums, text)).toEqual(settings)
  })

  it('sends whole numbers, the currency in capitals and the amounts in minor units', () => {
    const nums = { ...numbersOf(settings), poolAfterDays: 12.6 }
    const text = { ...textsOf(settings), currency: ' usd ', midAmount: '1,200.5', highAmount: '￥3000' }
    const s = settingsFrom(settings, nums, text)
    expect(s.poolAfterDays).toBe(13)
    expect(s.rfm.currency).toBe('USD')
    expect(s.rfm.midAmountMinor).toBe(120050)
    expect(s.rfm.highAmountMinor).toBe(300000)
    expect(s.version).toBe(3)
  })

  it('names an empty number and an amount that is not one', () => {
    const nums = { ...numbersOf(settings), 'revisit.atRisk': null }
    const text = { ...textsOf(settings), midAmount: 'abc' }
    expect(rulesErrors(nums, text)).toEqual({
      'revisit.atRisk': 'validation.required',
      'rfm.midAmountMinor': 'validation.invalidAmount',
    })
  })

  it('ids a rule by its field with the dot made a dash', () => {
    expect(ruleId('rfm.recentDays')).toBe('customer-rules-rfm-recentDays')
    expect(ruleId('poolAfterDays')).toBe('customer-rules-poolAfterDays')
  })

  it('names the cadences the pool period cuts short, sparing exempt high-value customers', () => {
    const nums = { ...numbersOf(settings), poolAfterDays: 30, 'revisit.ordinary': 60, 'revisit.potential': 29, 'revisit.highValue': 45 }
    expect(cadencesOverPool(nums, true)).toEqual(['revisit.ordinary'])
    expect(cadencesOverPool(nums, false)).toEqual(['revisit.highValue', 'revisit.ordinary'])
    expect(cadencesOverPool({ ...nums, 'revisit.potential': 30 }, true)).toEqual(['revisit.potential', 'revisit.ordinary'])
    expect(cadencesOverPool({ ...nums, poolAfterDays: null }, true)).toEqual([])
  })
})
