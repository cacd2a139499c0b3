import { describe, expect, it } from 'vitest'
import type { DueNotice, Task } from '../../api/sales'
import { EACH_AT_MOST, SUMMARY_LISTED, planNotices } from './dueNoticePlan'

const tasks = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `t${i}` }) as Task)
const notice = (n: number, total = n) => ({ since: '', until: '', tasks: tasks(n), total }) as unknown as DueNotice

describe('planNotices', () => {
  it('says nothing when nothing fell due', () => {
    expect(planNotices(notice(0), true)).toBeNull()
    expect(planNotices(notice(0), false)).toBeNull()
  })
  it('sums up on start, naming the first few', () => {
    const p = planNotices(notice(8), true)
    expect(p?.kind).toBe('summary')
    expect(p?.tasks).toHaveLength(SUMMARY_LISTED)
    expect(p?.total).toBe(8)
  })
  it('gives one notice per task while running', () => {
    const p = planNotices(notice(EACH_AT_MOST), false)
    expect(p?.kind).toBe('each')
    expect(p?.tasks).toHaveLength(EACH_AT_MOST)
  })
  it('sums up when many fall due at once', () => {
    expect(planNotices(notice(EACH_AT_MOST + 1), false)?.kind).toBe('summary')
    expect(planNotices(notice(2, 150), false)?.kind).toBe('summary')
  })
})
