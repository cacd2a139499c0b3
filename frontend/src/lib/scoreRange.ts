import type { ErrorParams } from '../api/errors'

/**
 * Why a typed score cannot stand, as a field error (code and parameters), or
 * null when it is fine or still empty (an empty score is another check's).
 * Score inputs take no min/max of their own: Naive UI would keep the last
 * in-range value while 150 is on screen and clamp it silently on leaving the
 * field, so the person would save a score they did not type.
 */
export function scoreError(value: number | null, min: number, max: number): { code: string; params: ErrorParams } | null {
  if (value === null || Number.isNaN(value)) return null
  if (value < min || value > max || !Number.isInteger(value)) return { code: 'validation.scoreRange', params: { min, max } }
  return null
}

/** What a score field tells assistive technology about its bounds. */
export const scoreBounds = (min: number, max: number) => ({ 'aria-valuemin': String(min), 'aria-valuemax': String(max) })
