import { describe, expect, it } from 'vitest'
import { marksOf, type AttendanceRow } from './attendance'

const row = (status: string, score: number | null): AttendanceRow => ({ userId: 'u', name: 'n', status, score, version: 2 })

describe('marksOf', () => {
  it('sends a rounded score for someone who attended, none for anyone else', () => {
    expect(marksOf([row('present', 64.6), row('late', 80), row('absent', 90), row('present', null)]).map((m) => m.score)).toEqual([
      65,
      80,
      null,
      null,
    ])
  })
  it('keeps the version read', () => {
    expect(marksOf([row('excused', null)])[0]).toEqual({ userId: 'u', status: 'excused', score: null, version: 2 })
  })
})
