import { describe, expect, it } from 'vitest'
import { averageText } from './health'

describe('the after-sales card', () => {
  it('reads the average from hundredths, and none as no survey', () => {
    expect(averageText({ averageX100: 450 })).toBe('4.50 / 5')
    expect(averageText({ averageX100: 100 })).toBe('1.00 / 5')
    expect(averageText({ averageX100: 333 })).toBe('3.33 / 5')
    expect(averageText({ averageX100: null as unknown as number })).toBeNull()
  })
})
