// Exchange rates travel as integers in millionths (7.123456 CNY per USD =
// 7123456), like the backend stores them: typed and shown with six decimals,
// never through floating point.

export const RATE_SCALE = 1_000_000
const MAX_RATE_MICRO = 1_000_000 * RATE_SCALE

/** 7123456 → "7.123456". */
export function formatRateMicro(micro: number): string {
  const whole = Math.trunc(micro / RATE_SCALE)
  const frac = String(micro % RATE_SCALE).padStart(6, '0')
  return `${whole}.${frac}`
}

/**
 * "7.123456" (full-width digits and a trailing zero or two allowed) → 7123456;
 * null for anything that is not a positive rate with at most six decimals.
 */
export function parseRateMicro(text: string): number | null {
  const s = text
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/,/g, '')
  const m = /^(\d{1,7})(?:\.(\d{0,6}))?$/.exec(s)
  if (!m) return null
  const micro = Number(m[1]) * RATE_SCALE + Number((m[2] ?? '').padEnd(6, '0'))
  return micro > 0 && micro <= MAX_RATE_MICRO ? micro : null
}
