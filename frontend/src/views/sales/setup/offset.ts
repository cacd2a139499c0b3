// An SOP rule's deadline is a number of hours after its anchor event. People
// think in hours for the first day or two ("24 小时内") and in days after that
// ("within 3 days"); the editor offers the same two units.

export type OffsetUnit = 'hours' | 'days'

export interface OffsetParts {
  n: number
  unit: OffsetUnit
}

/** The longest deadline a rule may set (backend/sales maxOffsetHours: a year). */
export const MAX_OFFSET_HOURS = 8760

/**
 * Hours as the amount and unit a person would say: whole days from 48 hours
 * on (72 → 3 days), hours otherwise (24 → 24 hours, 36 → 36 hours, 0 → 0 hours).
 */
export function offsetParts(hours: number): OffsetParts {
  if (hours >= 48 && hours % 24 === 0) return { n: hours / 24, unit: 'days' }
  return { n: hours, unit: 'hours' }
}

/** What the editor's amount and unit mean in hours; null when not a whole, allowed number. */
export function offsetHours(n: number | null, unit: OffsetUnit): number | null {
  if (n === null || !Number.isInteger(n) || n < 0) return null
  const hours = unit === 'days' ? n * 24 : n
  return hours <= MAX_OFFSET_HOURS ? hours : null
}

/**
 * The i18n key and count that word a deadline: "sales.setup.offset.hours"
 * with 24 reads "24 小时内" / "within 24 hours"; 0 is "right away".
 */
export function offsetWording(hours: number): { key: string; n: number } {
  if (hours === 0) return { key: 'sales.setup.offset.now', n: 0 }
  const p = offsetParts(hours)
  return { key: `sales.setup.offset.${p.unit}`, n: p.n }
}
