// Small pure helpers the customer screens share (and vitest checks).
import { ACTIVITY_KINDS, type ActivityKind } from '../../api/customers'

const pad = (n: number): string => String(n).padStart(2, '0')

/** A Date as the local calendar day, YYYY-MM-DD. */
export function dayOf(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The local calendar day n days from now. */
export function dayFromNow(n: number, now = new Date()): string {
  const d = new Date(now)
  d.setDate(d.getDate() + n)
  return dayOf(d)
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

/** Whole local calendar days from a stored time to now; null when never. */
export function daysSince(iso: string, now = new Date()): number | null {
  const d = parse(iso)
  if (!d) return null
  const a = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())
  const b = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())
  return Math.round((b - a) / 86_400_000)
}

/** Tags typed as one text: split on commas, 、, semicolons and spaces; no blanks, no repeats. */
export function parseTags(text: string): string[] {
  const out: string[] = []
  for (const raw of text.split(/[,，、;；\s]+/)) {
    const t = raw.trim()
    if (t && !out.includes(t)) out.push(t)
  }
  return out
}

/** Activity kinds by shortcut: Alt+1 … Alt+6 in the order the backend lists them. */
export function kindForDigit(key: string): ActivityKind | null {
  const i = Number(key) - 1
  return Number.isInteger(i) && i >= 0 && i < ACTIVITY_KINDS.length ? ACTIVITY_KINDS[i] : null
}

export interface Piece {
  text: string
  hit: boolean
}

/**
 * Splits text around the first place the query occurs (case and spaces
 * ignored in the query) so the match can be shown in bold. No match: one piece.
 */
export function markMatch(text: string, query: string): Piece[] {
  const q = query.replace(/\s+/g, '').toLowerCase()
  if (!q || !text) return text ? [{ text, hit: false }] : []
  const i = text.toLowerCase().indexOf(q)
  if (i < 0) return [{ text, hit: false }]
  const pieces: Piece[] = []
  if (i > 0) pieces.push({ text: text.slice(0, i), hit: false })
  pieces.push({ text: text.slice(i, i + q.length), hit: true })
  if (i + q.length < text.length) pieces.push({ text: text.slice(i + q.length), hit: false })
  return pieces
}

/** Whether a key event happened while a person was typing somewhere. */
export function isTyping(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null
  if (!el || typeof el.tagName !== 'string') return false
  const tag = el.tagName.toLowerCase()
  return tag === 'input' || tag === 'textarea' || tag === 'select' || el.isContentEditable
}

/**
 * A local date and time typed into the form ("YYYY-MM-DD HH:mm" pieces) as
 * RFC 3339 with the local offset; "" when either part is missing.
 */
export function localToRFC3339(day: string, time: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim())
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim())
  if (!m || !t) return ''
  const [year, month, date, hour, minute] = [m[1], m[2], m[3], t[1], t[2]].map(Number)
  const d = new Date(year, month - 1, date, hour, minute)
  // Date rolls impossible values over (month 13 is next January): refuse them instead.
  const kept = [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()]
  if (kept.some((v, i) => v !== [year, month, date, hour, minute][i])) return ''
  const off = -d.getTimezoneOffset()
  const sign = off >= 0 ? '+' : '-'
  const abs = Math.abs(off)
  return `${dayOf(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}
