import { describe, expect, it } from 'vitest'
import { addDays, hoursText, hoursToMinutes, minutesToHours, moved, passOf, percentText, rowErrors, scoreText, whole } from './format'
import { bytesToBase64 } from '../../api/training'

describe('training format helpers', () => {
  it('turns hours into minutes and back', () => {
    expect(hoursToMinutes(1.5)).toBe(90)
    expect(hoursToMinutes(0.25)).toBe(15)
    expect(hoursToMinutes(null)).toBe(0)
    expect(minutesToHours(90)).toBe(1.5)
    expect(minutesToHours(20)).toBe(0.33)
    expect(hoursText(120)).toBe('2')
  })

  it('sends whole numbers to integer fields', () => {
    expect(whole(65.4)).toBe(65)
    expect(whole(79.5)).toBe(80)
    expect(whole(null)).toBe(0)
  })

  it('shows scores and percentages', () => {
    expect(scoreText(8250)).toBe('82.5')
    expect(scoreText(6500)).toBe('65.0')
    expect(scoreText(8333)).toBe('83.3')
    expect(percentText(7333)).toBe('73%')
  })

  it('decides pass or fail like the backend', () => {
    expect(passOf('present', 65, true, 80)).toBe(false)
    expect(passOf('late', 80, true, 80)).toBe(true)
    expect(passOf('absent', 90, true, 80)).toBeNull()
    expect(passOf('present', null, true, 80)).toBeNull()
    expect(passOf('present', 90, false, 0)).toBeNull()
  })

  it('adds days across months and years', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01')
    expect(addDays('2024-12-25', 7)).toBe('2025-01-01')
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28')
  })

  it('moves list items and ignores moves past the ends', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c'])
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b'])
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
  })

  it('picks the errors of one row', () => {
    const fields = {
      name: { code: 'validation.required', params: {} },
      'items.1.dueDays': { code: 'validation.numberRange', params: { min: 0, max: 3650 } },
      'items.10.courseId': { code: 'validation.required', params: {} },
    }
    expect(rowErrors(fields, 'items', 1)).toEqual({ dueDays: fields['items.1.dueDays'] })
    expect(rowErrors(fields, 'items', 0)).toEqual({})
  })

  it('encodes bytes as base64 for Go []byte', () => {
    expect(bytesToBase64(new TextEncoder().encode('培训'))).toBe('5Z+56K6t')
    const big = new Uint8Array(100_000).fill(65)
    expect(atob(bytesToBase64(big)).length).toBe(100_000)
  })
})
