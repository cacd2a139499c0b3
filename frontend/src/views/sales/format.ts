// Small pure helpers the sales screens share (and vitest checks).
import type { Language } from '../../lib/language'

const pad = (n: number): string => String(n).padStart(2, '0')

/** A Date as the local calendar day, YYYY-MM-DD. */
export function dayOf(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

function parse(iso: string): Date | null {
  if (!iso) return null
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? null : d
}

/** A stored UTC time as the local day ("" for none). */
export function localDate(iso: string): string {
  const d = parse(iso)
  return d ? dayOf(d) : ''
}

/** A stored UTC time as local "YYYY-MM-DD HH:mm" ("" for none). */
export function localDateTime(iso: string): string {
  const d = parse(iso)
  return d ? `${dayOf(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}` : ''
}

/** A text kept in both languages, in the UI's: English falls back to Chinese. */
export function inLanguage(zh: string, en: string, lang: Language | string): string {
  return lang === 'en' ? en || zh : zh
}

/** Basis points as a whole percent: 2500 → "25%". */
export function percent(bp: number): string {
  return `${Math.round(bp / 100)}%`
}

/** Whether an expected close day (YYYY-MM-DD) has passed. */
export function closeOverdue(day: string, now = new Date()): boolean {
  return day !== '' && day < dayOf(now)
}

/** Days with one decimal, without a trailing ".0": 3 → "3", 2.5 → "2.5". */
export function daysText(days: number): string {
  return Number.isInteger(days) ? String(days) : days.toFixed(1)
}
