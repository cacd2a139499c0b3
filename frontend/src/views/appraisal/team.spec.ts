import { describe, expect, it } from 'vitest'
import { averageTotal, gradeCounts, ranks } from './team'

const list = [
  { id: 'a', total: 8200, grade: 'B' },
  { id: 'b', total: 9354, grade: 'A' },
  { id: 'c', total: null, grade: '' },
  { id: 'd', total: 8200, grade: 'B' },
  { id: 'e', total: 5000, grade: 'D' },
]

describe('the team view', () => {
  it('ranks by total, ties sharing a rank, no data unranked', () => {
    const r = ranks(list)
    expect([r.get('b'), r.get('a'), r.get('d'), r.get('e'), r.get('c')]).toEqual([1, 2, 2, 4, undefined])
  })
  it('counts the grades and the appraisals without one', () => {
    expect(gradeCounts(list)).toEqual([
      { grade: 'A', n: 1 },
      { grade: 'B', n: 2 },
      { grade: 'C', n: 0 },
      { grade: 'D', n: 1 },
      { grade: '', n: 1 },
    ])
  })
  it('averages only the totals there are', () => {
    expect(averageTotal(list)).toBe(Math.round((8200 + 9354 + 8200 + 5000) / 4))
    expect(averageTotal([{ id: 'x', total: null, grade: '' }])).toBeNull()
  })
})
