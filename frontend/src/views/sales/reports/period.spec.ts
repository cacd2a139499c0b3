import { describe, expect, it } from 'vitest'
import { monthOfDay, presetOf, presetPeriod } from './period'

const today = new Date(2025, 7, 14) // 14 August 2025, local time

describe('presetPeriod', () => {
  it.each([
    ['thisMonth', '2025-08-01', '2025-08-31'],
    ['lastMonth', '2025-07-01', '2025-07-31'],
    ['thisQuarter', '2025-07-01', '2025-09-30'],
    ['thisYear', '2025-01-01', '2025-12-31'],
  ] as const)('%s', (preset, from, to) => {
    expect(presetPeriod(preset, today)).toEqual({ from, to })
  })
  it('crosses the year for last month in January and ends February on the 29th in a leap year', () => {
    expect(presetPeriod('lastMonth', new Date(2025, 0, 10))).toEqual({ from: '2024-12-01', to: '2024-12-31' })
    expect(presetPeriod('thisMonth', new Date(2024, 1, 3))).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(presetPeriod('thisQuarter', new Date(2024, 11, 31))).toEqual({ from: '2024-10-01', to: '2024-12-31' })
  })
})

describe('presetOf', () => {
  it('recognises a preset and nothing else', () => {
    expect(presetOf({ from: '2025-07-01', to: '2025-09-30' }, today)).toBe('thisQuarter')
    expect(presetOf({ from: '2025-07-02', to: '2025-09-30' }, today)).toBeNull()
  })
})

it('monthOfDay', () => {
  expect(monthOfDay('2025-08-14')).toBe('2025-08')
})
