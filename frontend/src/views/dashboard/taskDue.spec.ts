import { describe, expect, it } from 'vitest'
import { dueWording } from './taskDue'

const now = new Date(2025, 7, 14, 10, 0) // 14 August 2025 10:00 local

describe('dueWording', () => {
  it('gives the local time of a deadline still ahead', () => {
    expect(dueWording(new Date(2025, 7, 14, 15, 30).toISOString(), now)).toEqual({ key: 'today', n: 0, time: '15:30' })
  })
  it('says "just" within the hour, then counts hours', () => {
    expect(dueWording(new Date(2025, 7, 14, 9, 50).toISOString(), now)).toMatchObject({ key: 'overdueNow', n: 0 })
    expect(dueWording(new Date(2025, 7, 14, 8, 59).toISOString(), now)).toMatchObject({ key: 'overdueHours', n: 1 })
    expect(dueWording(new Date(2025, 7, 14, 6, 0).toISOString(), now)).toMatchObject({ key: 'overdueHours', n: 4 })
  })
  it('counts whole days after that', () => {
    expect(dueWording(new Date(2025, 7, 12, 9, 0).toISOString(), now)).toMatchObject({ key: 'overdueDays', n: 2 })
  })
})
