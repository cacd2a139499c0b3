import { describe, expect, it } from 'vitest'
import { groupOf, groupTasks, hoursUntil } from './tasks'

const now = new Date(2026, 4, 12, 10, 0) // 12 May, 10:00 local
const at = (d: number, h: number) => new Date(2026, 4, d, h, 0).toISOString()
const task = (status: string, dueAt: string, doneAt = '') => ({ status, dueAt, doneAt })

describe('groupOf', () => {
  it.each([
    ['an open task past its deadline', task('open', at(12, 9)), 'overdue'],
    ['an open task due later today', task('open', at(12, 23)), 'today'],
    ['an open task due tomorrow', task('open', at(13, 0)), 'upcoming'],
    ['a task waiting for its first call', task('waiting', ''), 'waiting'],
    ['a done task', task('done', at(11, 9), at(11, 8)), 'done'],
    ['a task closed with its deal', task('closed', at(11, 9)), null],
  ])('%s', (_, t, want) => {
    expect(groupOf(t, now)).toBe(want)
  })
})

describe('groupTasks', () => {
  it('sorts open groups soonest due first and done ones latest done first', () => {
    const g = groupTasks(
      [
        task('open', at(12, 8)),
        task('open', at(11, 8)),
        task('open', at(20, 8)),
        task('open', at(14, 8)),
        task('done', at(1, 8), at(2, 8)),
        task('done', at(1, 8), at(5, 8)),
      ],
      now,
    )
    expect(g.overdue.map((x) => x.dueAt)).toEqual([at(11, 8), at(12, 8)])
    expect(g.upcoming.map((x) => x.dueAt)).toEqual([at(14, 8), at(20, 8)])
    expect(g.today).toEqual([])
    expect(g.done.map((x) => x.doneAt)).toEqual([at(5, 8), at(2, 8)])
  })
})

describe('hoursUntil', () => {
  it('counts whole hours either way', () => {
    expect(hoursUntil(at(12, 15), now)).toBe(5)
    expect(hoursUntil(new Date(2026, 4, 12, 7, 30).toISOString(), now)).toBe(-2)
  })
})
