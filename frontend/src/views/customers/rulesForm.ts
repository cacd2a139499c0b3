// The customer rules as a form holds them (numbers that may be empty while
// typed, amounts as text) and back as the settings the backend takes.
import type { Settings } from '../../api/customers'
import { amountInput, parseAmount } from '../../lib/money'

export type NumberField =
  | 'poolAfterDays'
  | 'claimLimitPerDay'
  | 'holdLimitJunior'
  | 'holdLimitSenior'
  | 'backdateDays'
  | 'dormantAfterDays'
  | 'churnedAfterDays'
  | 'revisit.highValue'
  | 'revisit.potential'
  | 'revisit.ordinary'
  | 'revisit.atRisk'
  | 'birthdayLeadDays'
  | 'rfm.recentDays'
  | 'rfm.lapsedDays'
  | 'rfm.repeatDeals'
  | 'rfm.frequentDeals'
  | 'rfm.highValueScore'

export type RuleNumbers = Record<NumberField, number | null>

export interface RuleTexts {
  poolExemptHighValue: boolean
  greetingZh: string
  greetingEn: string
  currency: string
  midAmount: string
  highAmount: string
}

/** A number field on the form: its unit, hint (an i18n key under customers.rules.hints) and least value. */
export interface NumberItem {
  field: NumberField
  unit: 'days' | 'count' | 'points' | 'perDay' | 'customers'
  hint?: string
  min?: number
}

export const GROUPS: { key: string; items: NumberItem[] }[] = [
  {
    key: 'pool',
    items: [
      { field: 'poolAfterDays', unit: 'days', hint: 'poolAfterDaysHint', min: 1 },
      { field: 'claimLimitPerDay', unit: 'perDay', hint: 'claimLimitHint', min: 0 },
      { field: 'holdLimitJunior', unit: 'customers', hint: 'holdJuniorHint', min: 1 },
      { field: 'holdLimitSenior', unit: 'customers', hint: 'holdSeniorHint', min: 1 },
    ],
  },
  {
    key: 'lifecycle',
    items: [
      { field: 'dormantAfterDays', unit: 'days', hint: 'dormantHint', min: 1 },
      { field: 'churnedAfterDays', unit: 'days', hint: 'churnedHint', min: 1 },
    ],
  },
  {
    key: 'revisit',
    items: [
      { field: 'revisit.highValue', unit: 'days', min: 1 },
      { field: 'revisit.potential', unit: 'days', min: 1 },
      { field: 'revisit.ordinary', unit: 'days', min: 1 },
      { field: 'revisit.atRisk', unit: 'days', min: 1 },
      { field: 'backdateDays', unit: 'days', hint: 'backdateHint', min: 0 },
    ],
  },
]

export const RFM_ITEMS: NumberItem[] = [
  { field: 'rfm.recentDays', unit: 'days', hint: 'recentHint', min: 1 },
  { field: 'rfm.lapsedDays', unit: 'days', hint: 'lapsedHint', min: 1 },
  { field: 'rfm.repeatDeals', unit: 'count', hint: 'repeatHint', min: 2 },
  { field: 'rfm.frequentDeals', unit: 'count', hint: 'frequentHint', min: 3 },
  { field: 'rfm.highValueScore', unit: 'points', hint: 'highValueHint', min: 2 },
]

export function numbersOf(s: Settings): RuleNumbers {
  return {
    poolAfterDays: s.poolAfterDays,
    claimLimitPerDay: s.claimLimitPerDay,
    holdLimitJunior: s.holdLimitJunior,
    holdLimitSenior: s.holdLimitSenior,
    backdateDays: s.backdateDays,
    dormantAfterDays: s.dormantAfterDays,
    churnedAfterDays: s.churnedAfterDays,
    'revisit.highValue': s.revisit.highValue,
    'revisit.potential': s.revisit.potential,
    'revisit.ordinary': s.revisit.ordinary,
    'revisit.atRisk': s.revisit.atRisk,
    birthdayLeadDays: s.birthdayLeadDays,
    'rfm.recentDays': s.rfm.recentDays,
    'rfm.lapsedDays': s.rfm.lapsedDays,
    'rfm.repeatDeals': s.rfm.repeatDeals,
    'rfm.frequentDeals': s.rfm.frequentDeals,
    'rfm.highValueScore': s.rfm.highValueScore,
  }
}

export function textsOf(s: Settings): RuleTexts {
  return {
    poolExemptHighValue: s.poolExemptHighValue,
    greetingZh: s.greetingZh,
    greetingEn: s.greetingEn,
    currency: s.rfm.currency,
    midAmount: amountInput(s.rfm.midAmountMinor, s.rfm.currency),
    highAmount: amountInput(s.rfm.highAmountMinor, s.rfm.currency),
  }
}

/** Fields the form cannot send as they are, with their error codes. */
export function rulesErrors(nums: RuleNumbers, text: RuleTexts): Record<string, string> {
  const errors: Record<string, string> = {}
  const currency = text.currency.trim().toUpperCase()
  if (parseAmount(text.midAmount, currency) === null) errors['rfm.midAmountMinor'] = 'validation.invalidAmount'
  if (parseAmount(text.highAmount, currency) === null) errors['rfm.highAmountMinor'] = 'validation.invalidAmount'
  for (const f of Object.keys(nums) as NumberField[]) if (nums[f] === null) errors[f] = 'validation.required'
  return errors
}

/** The settings to save from a form rulesErrors found nothing wrong with. */
export function settingsFrom(current: Settings, nums: RuleNumbers, text: RuleTexts): Settings {
  const n = (f: NumberField): number => (nums[f] === null || !Number.isFinite(nums[f]) ? 0 : Math.round(nums[f]!))
  const currency = text.currency.trim().toUpperCase()
  return {
    ...current,
    poolAfterDays: n('poolAfterDays'),
    poolExemptHighValue: text.poolExemptHighValue,
    claimLimitPerDay: n('claimLimitPerDay'),
    holdLimitJunior: n('holdLimitJunior'),
    holdLimitSenior: n('holdLimitSenior'),
    backdateDays: n('backdateDays'),
    dormantAfterDays: n('dormantAfterDays'),
    churnedAfterDays: n('churnedAfterDays'),
    revisit: {
      highValue: n('revisit.highValue'),
      potential: n('revisit.potential'),
      ordinary: n('revisit.ordinary'),
      atRisk: n('revisit.atRisk'),
    },
    birthdayLeadDays: n('birthdayLeadDays'),
    greetingZh: text.greetingZh,
    greetingEn: text.greetingEn,
    rfm: {
      currency,
      recentDays: n('rfm.recentDays'),
      lapsedDays: n('rfm.lapsedDays'),
      repeatDeals: n('rfm.repeatDeals'),
      frequentDeals: n('rfm.frequentDeals'),
      midAmountMinor: parseAmount(text.midAmount, currency) ?? 0,
      highAmountMinor: parseAmount(text.highAmount, currency) ?? 0,
      highValueScore: n('rfm.highValueScore'),
    },
  } as Settings
}

const CADENCES = ['revisit.highValue', 'revisit.potential', 'revisit.ordinary', 'revisit.atRisk'] as const

/**
 * Revisit cadences the pool period cuts short: a customer goes back to the
 * pool after poolAfterDays without follow-up, so the backend makes longer
 * cadences fall due the day before (high-value ones stay when exempt).
 */
export function cadencesOverPool(nums: RuleNumbers, exemptHighValue: boolean): NumberField[] {
  const pool = nums.poolAfterDays
  if (pool === null || pool < 2) return []
  return CADENCES.filter((f) => {
    if (f === 'revisit.highValue' && exemptHighValue) return false
    const days = nums[f]
    return days !== null && days > pool - 1
  })
}

/** The id (and test id) of a rule's input: "rfm.recentDays" → "customer-rules-rfm-recentDays". */
export const ruleId = (field: string): string => `customer-rules-${field.replace('.', '-')}`
