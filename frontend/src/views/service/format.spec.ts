import { describe, expect, it } from 'vitest'
import { average, percent } from './format'

describe('service format', () => {
  it('shows no data as a dash, never zero', () => {
    expect(average(null)).toBe('—')
    expect(percent(undefined)).toBe('—')
  })
  it('shows averages to two places and shares as percentages', () => {
    expect(average(425)).toBe('4.25')
    expect(percent(5000)).toBe('50%')
    expect(percent(8750)).toBe('87.5%')
  })
})
