// Report periods: calendar days in the local time zone, as YYYY-MM-DD.

export const PRESETS = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear'] as const
export type Preset = (typeof PRESETS)[number]

export interface Period {
  from: string
  to: string
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** A local date as YYYY-MM-DD. */
export function isoDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The first to the last day of the months [startMonth, startMonth + count) of year. */
function months(year: number, startMonth: number, count: number): Period {
  return { from: isoDay(new Date(year, startMonth, 1)), to: isoDay(new Date(year, startMonth + count, 0)) }
}

/** The whole month, quarter or year around today (not cut at today: the funnel counts created deals). */
export function presetPeriod(preset: Preset, today: Date): Period {
  const y = today.getFullYear()
  const m = today.getMonth()
  switch (preset) {
    case 'thisMonth':
      return months(y, m, 1)
    case 'lastMonth':
      return months(y, m - 1, 1)
    case 'thisQuarter':
      return months(y, m - (m % 3), 3)
    case 'thisYear':
      return months(y, 0, 12)
  }
}

/** The preset a period is, if any (so the picker can show it as chosen). */
export function presetOf(p: Period, today: Date): Preset | null {
  return PRESETS.find((k) => {
    const q = presetPeriod(k, today)
    return q.from === p.from && q.to === p.to
  }) ?? null
}

/** The month (YYYY-MM) a day (YYYY-MM-DD) is in. */
export const monthOfDay = (day: string): string => day.slice(0, 7)
