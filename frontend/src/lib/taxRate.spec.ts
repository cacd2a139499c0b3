import { describe, expect, it } from 'vitest'
import { bpToPercent, percentToBp } from './taxRate'

describe('percentToBp', () => {
  it.each([
    ['13', 1300],
    ['13.00', 1300],
    ['13.0', 1300],
    ['13.', 1300],
    ['13.5', 1350],
    ['13.05', 1305],
    ['6', 600],
    ['0', 0],
    ['0.01', 1],
    ['0.1', 10],
    ['0.29', 29],
    ['0.57', 57],
    ['1.15', 115],
    ['4.35', 435],
    ['8.7', 870],
    ['100', 10000],
    [' 9.99 ', 999],
    ['17%', 1700],
    ['007.5', 750],
  ])('%j → %i', (input, bp) => {
    expect(percentToBp(input)).toBe(bp)
  })

  it.each(['', ' ', 'abc', '13.555', '1,5', '-1', '.5', '1e2', '13..5', '1000', '12.3.4'])(
    'rejects %j',
    (input) => {
      expect(percentToBp(input)).toBeNull()
    },
  )
})

describe('bpToPercent', () => {
  it.each([
    [1300, '13.00'],
    [1350, '13.50'],
    [1305, '13.05'],
    [1, '0.01'],
    [29, '0.29'],
    [0, '0.00'],
    [10000, '100.00'],
    [-250, '-2.50'],
  ])('%i → %j', (bp, text) => {
    expect(bpToPercent(bp)).toBe(text)
  })

  it('returns "" for a non-integer', () => {
    expect(bpToPercent(12.5)).toBe('')
  })

  it('round-trips every basis point from 0 to 100%', () => {
    for (let bp = 0; bp <= 10000; bp++) {
      expect(percentToBp(bpToPercent(bp))).toBe(bp)
    }
  })
})
