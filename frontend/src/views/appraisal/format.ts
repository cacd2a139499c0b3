// Words and numbers of the appraisal screens. Points are hundredths (9354 =
// 93.54), rates and completions basis points (10000 = 100 %), money minor
// units of the company's currency; a missing number is "no data", never 0.
import { formatMoney, formatRate } from '../../lib/money'
import type { Metric, Result } from '../../api/appraisal'

export type Translate = (key: string, params?: Record<string, unknown>, plural?: number) => string

/** Hundredths of a point as text: 9354 → "93.54", 8000 → "80", 6437 → "64.37". */
export function pointsText(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(hundredths))
  const frac = String(abs % 100).padStart(2, '0').replace(/0+$/, '')
  return sign + String(Math.floor(abs / 100)) + (frac ? '.' + frac : '')
}

/** A target or actual in its unit; "—" when there is none. */
export function valueText(unit: string, v: number | undefined | null, currency: string, lang: string): string {
  if (v === undefined || v === null) return '—'
  switch (unit) {
    case 'money':
      return formatMoney(v, currency, lang)
    case 'rate':
      return formatRate(v)
    case 'level':
      return `${v} / 5`
    default:
      return String(v)
  }
}

/** The metric's name in words: a manual metric's own name, else the code's. */
export function metricName(m: Pick<Metric, 'code' | 'name'>, t: Translate): string {
  return m.code === 'manual' ? m.name : t(`appraisal.metric.${m.code}`)
}

/**
 * The scoring rule in plain words: "points = completion, at most 120",
 * "≥ 50 % → 60 points; ≥ 80 % → 80 points …", "level × 20 points".
 */
export function ruleText(m: Metric, t: Translate): string {
  if (m.code === 'manual' || m.rule === 'rubric') return t('appraisal.rule.rubric')
  const target = m.targetBp > 0 ? t('appraisal.rule.rateTarget', { target: formatRate(m.targetBp) }) + ' ' : ''
  if (m.rule === 'steps') {
    const steps = (m.steps ?? []).map((s) =>
      t('appraisal.rule.step', { min: formatRate(s.minBp), points: pointsText(s.points) }),
    )
    const below = m.steps?.length ? t('appraisal.rule.below', { min: formatRate(m.steps[0].minBp) }) : ''
    return target + [...steps, below].filter(Boolean).join(t('appraisal.rule.joiner'))
  }
  return target + t('appraisal.rule.linear', { cap: pointsText(m.capBp) })
}

/** The figures behind a computed number: "8 of 10 on time, 1 late, 1 missed". */
export function countsText(r: Pick<Result, 'code' | 'counts'>, t: Translate): string {
  const c = r.counts ?? {}
  switch (r.code) {
    case 'sales_amount':
      return c.won === undefined ? '' : t('appraisal.counts.won', { n: c.won }, c.won)
    case 'quote_win_rate':
      if (!c.closed) return c.closed === 0 ? t('appraisal.counts.noQuotes') : ''
      return t('appraisal.counts.quotes', { accepted: c.accepted ?? 0, n: c.closed }, c.closed)
    case 'sop_compliance':
    case 'revisit_timeliness':
      if (!c.due) return c.due === 0 ? t('appraisal.counts.nothingDue') : ''
      return t('appraisal.counts.timely', { onTime: c.onTime ?? 0, n: c.due, late: c.late ?? 0, missed: c.missed ?? 0 }, c.due)
    case 'training_completion':
      if (!c.due) return c.due === 0 ? t('appraisal.counts.nothingDue') : ''
      return t('appraisal.counts.courses', { completed: c.completed ?? 0, n: c.due }, c.due)
  }
  return ''
}

/** The weight as set and as counted: "40 → 50%"; a metric left out counts nothing. */
export function weightText(r: Pick<Result, 'weight' | 'weightBp' | 'points'>, t: Translate): string {
  if (r.points === undefined || r.points === null) return t('appraisal.detail.weightLeftOut', { weight: r.weight })
  return t('appraisal.detail.weightRescaled', { weight: r.weight, share: formatRate(r.weightBp) })
}

/** Whether some metric was left out, so the others were rescaled. */
export function rescaled(results: Pick<Result, 'points'>[]): boolean {
  return results.some((r) => r.points === undefined || r.points === null)
}

/** Naive UI tag type of a status. */
export function statusType(status: string): 'default' | 'info' | 'success' {
  return status === 'final' ? 'success' : status === 'review' ? 'info' : 'default'
}

/** Naive UI tag type of a grade. */
export function gradeType(grade: string): 'success' | 'info' | 'warning' | 'error' | 'default' {
  return ({ A: 'success', B: 'info', C: 'warning', D: 'error' } as const)[grade as 'A'] ?? 'default'
}
