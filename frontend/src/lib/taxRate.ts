// Tax rates travel as integer basis points (1300 = 13%); people type percents
// with at most two decimals. Conversion is done on the digits, never with
// floating point, so 0.29% is exactly 29 bp.

const PERCENT_PATTERN = /^(\d{1,3})(?:\.(\d{0,2}))?$/

/** "13" | "13.5" | "13.05" → 1300 | 1350 | 1305; null when not a plain percent with ≤ 2 decimals. */
export function percentToBp(input: string): number | null {
  const text = input.trim().replace(/%$/, '').trim()
  const match = PERCENT_PATTERN.exec(text)
  if (!match) return null
  const whole = Number.parseInt(match[1], 10)
  const cents = Number.parseInt((match[2] ?? '').padEnd(2, '0'), 10)
  return whole * 100 + cents
}

/** 1300 → "13.00", 5 → "0.05", -250 → "-2.50". */
export function bpToPercent(bp: number): string {
  if (!Number.isSafeInteger(bp)) return ''
  const sign = bp < 0 ? '-' : ''
  const abs = Math.abs(bp)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}
