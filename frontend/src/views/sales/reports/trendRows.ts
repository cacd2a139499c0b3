import type { Trend } from '../../../api/sales'

/** One row of the trend table: a month's wins so far and/or its forecast. */
export interface TrendRow {
  month: string
  wonMinor: number | null
  wonCount: number | null
  partial: boolean
  forecastMinor: number | null
}

/** The trend as table rows: the months with sales figures, then the months only forecast. */
export function trendRows(tr: Trend): TrendRow[] {
  const rows: TrendRow[] = tr.months.map((m) => ({
    month: m.month,
    wonMinor: m.wonMinor,
    wonCount: m.wonCount,
    partial: m.partial,
    forecastMinor: tr.forecast.find((f) => f.month === m.month)?.forecastMinor ?? null,
  }))
  for (const f of tr.forecast) {
    if (!rows.some((r) => r.month === f.month)) {
      rows.push({ month: f.month, wonMinor: null, wonCount: null, partial: false, forecastMinor: f.forecastMinor })
    }
  }
  return rows
}
