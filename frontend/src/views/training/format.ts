// Small pure helpers the training screens share (and vitest checks).
import type { FieldErrors } from '../../api/errors'

/** A number typed into an integer field, as the whole number the backend wants. */
export function whole(n: number | null): number {
  return n === null || !Number.isFinite(n) ? 0 : Math.round(n)
}

/** Minutes as hours for an input: 90 → 1.5 (two decimals at most). */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100
}

/** Hours typed by a person as whole minutes: 1.5 → 90. */
export function hoursToMinutes(hours: number | null): number {
  if (hours === null || !Number.isFinite(hours)) return 0
  return Math.round(hours * 60)
}

/** Minutes shown as hours: 90 → "1.5", 120 → "2", 20 → "0.33". */
export function hoursText(minutes: number): string {
  return String(minutesToHours(minutes))
}

/** An average in hundredths of a point: 8250 → "82.5", 6500 → "65.0". */
export function scoreText(hundredths: number): string {
  return (Math.round(hundredths / 10) / 10).toFixed(1)
}

/** Role-play total in basis points as a percentage: 7333 → "73%". */
export function percentText(bp: number): string {
  return `${Math.round(bp / 100)}%`
}

/**
 * Pass or fail as the backend will decide it: only someone who attended
 * (present or late) with a score on an assessed course has a result.
 */
export function passOf(
  status: string,
  score: number | null,
  assessmentRequired: boolean,
  passMark: number,
): boolean | null {
  if (!assessmentRequired || score === null || (status !== 'present' && status !== 'late')) return null
  return score >= passMark
}

/** Whether a status lets a score count. */
export const attended = (status: string): boolean => status === 'present' || status === 'late'

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** A Date as YYYY-MM-DD in local time. */
export function isoDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Today in local time. */
export const today = (): string => isoDay(new Date())

/** day + n calendar days (YYYY-MM-DD in and out). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number)
  return isoDay(new Date(y, m - 1, d + n))
}

/** A copy of list with the item at i moved by delta (no-op at the ends). */
export function moved<T>(list: readonly T[], i: number, delta: number): T[] {
  const j = i + delta
  const out = [...list]
  if (i < 0 || i >= list.length || j < 0 || j >= list.length) return out
  ;[out[i], out[j]] = [out[j], out[i]]
  return out
}

/**
 * The errors of one row of a list field ("items.2.dueDays" → {dueDays}),
 * so a row can show them under its own inputs.
 */
export function rowErrors(fields: FieldErrors, list: string, index: number): FieldErrors {
  const prefix = `${list}.${index}.`
  const out: FieldErrors = {}
  for (const [name, fe] of Object.entries(fields)) {
    if (name.startsWith(prefix)) out[name.slice(prefix.length)] = fe
  }
  return out
}
