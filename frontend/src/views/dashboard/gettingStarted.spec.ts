import { describe, expect, it } from 'vitest'
import { gettingStartedView } from './gettingStarted'
import type { GettingStarted } from '../../api/company'

const list = (done: boolean[], dismissed = false): GettingStarted =>
  ({
    items: ['company', 'people', 'customers', 'products', 'discounts'].map((key, i) => ({ key, done: done[i], route: `/${key}` })),
    done: done.filter(Boolean).length,
    dismissed,
  }) as GettingStarted

describe('the getting-started card', () => {
  it('leads to the first step not done, in the list’s order', () => {
    const v = gettingStartedView(list([true, false, true, false, false]))
    expect(v?.next?.key).toBe('people')
    expect([v?.done, v?.total]).toEqual([2, 5])
  })

  it('stays, with nothing left to lead to, once every step is done', () => {
    const v = gettingStartedView(list([true, true, true, true, true]))
    expect(v?.next).toBeNull()
    expect(v?.done).toBe(5)
  })

  it('shows nothing once put away, or before the list is read', () => {
    expect(gettingStartedView(list([false, false, false, false, false], true))).toBeNull()
    expect(gettingStartedView(null)).toBeNull()
  })
})
