import { expect, it } from 'vitest'
import { trendRows } from './trendRows'
import type { Trend } from '../../../api/sales'

it('joins the months and the forecast, the current month holding both', () => {
  const tr = {
    currency: 'CNY',
    method: 'weightedMovingAverage',
    methodMonths: 2,
    months: [
      { month: '2025-07', wonMinor: 300, wonCount: 2, partial: false },
      { month: '2025-08', wonMinor: 50, wonCount: 1, partial: true },
    ],
    forecast: [
      { month: '2025-08', forecastMinor: 400 },
      { month: '2025-09', forecastMinor: 400 },
    ],
  } as Trend
  expect(trendRows(tr)).toEqual([
    { month: '2025-07', wonMinor: 300, wonCount: 2, partial: false, forecastMinor: null },
    { month: '2025-08', wonMinor: 50, wonCount: 1, partial: true, forecastMinor: 400 },
    { month: '2025-09', wonMinor: null, wonCount: null, partial: false, forecastMinor: 400 },
  ])
})
