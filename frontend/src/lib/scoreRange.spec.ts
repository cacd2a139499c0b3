import { describe, expect, it } from 'vitest'
import { scoreError } from './scoreRange'

describe('a typed score', () => {
  it('stands inside its bounds, ends included', () => {
    expect(scoreError(0, 0, 100)).toBeNull()
    expect(scoreError(100, 0, 100)).toBeNull()
    expect(scoreError(null, 0, 5)).toBeNull()
  })
  it('is flagged above the maximum or below the minimum, naming both', () => {
    expect(scoreError(150, 0, 100)).toEqual({ code: 'validation.scoreRange', params: { min: 0, max: 100 } })
    expect(scoreError(-1, 0, 5)).toEqual({ code: 'validation.scoreRange', params: { min: 0, max: 5 } })
    expect(scoreError(6, 0, 5)).not.toBeNull()
  })
  it('is flagged when not whole', () => {
    expect(scoreError(4.5, 0, 5)).not.toBeNull()
  })
})
