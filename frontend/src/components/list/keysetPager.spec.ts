import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { formatCount, useKeysetPaging } from './useKeysetPaging'
import { firstPage, move, pageCount, settle, type PageInfo, type PagerState } from './keysetPager'

const info = (over: Partial<PageInfo> = {}): PageInfo => ({ count: 50, total: 1234, totalMore: false, next: 'n', prev: 'p', ...over })

describe('keyset pager', () => {
  it('asks for the next page by its cursor and counts up from the first', () => {
    let s = firstPage()
    s = settle(s, info({ prev: '' }), 50)!
    expect(s.page).toBe(1)
    s = move(s, info({ prev: '', next: 'c1' }), 'next', 50)
    expect(s).toEqual({ cursor: 'c1', back: false, page: 2 })
    s = move(s, info({ next: 'c2', prev: 'c1b' }), 'next', 50)
    expect(s).toEqual({ cursor: 'c2', back: false, page: 3 })
    s = move(s, info({ prev: 'c3b' }), 'prev', 50)
    expect(s).toEqual({ cursor: 'c3b', back: true, page: 2 })
  })

  it('goes to the last page from the end, numbered when the list is counted', () => {
    const s = move(firstPage(), info(), 'last', 50)
    expect(s).toEqual({ cursor: '', back: true, page: 25 })
    expect(settle(s, info({ next: '', count: 34 }), 50)).toEqual(s)
  })

  it('does not number pages of a list counted only to the cap, until the walk back reaches the start', () => {
    const capped = info({ total: 10000, totalMore: true })
    let s = move(firstPage(), capped, 'last', 50)
    expect(s.page).toBeNull()
    expect(pageCount(capped, 50)).toBeNull()
    s = settle(s, { ...capped, next: '' }, 50)!
    expect(s.page).toBeNull()
    s = move(s, capped, 'prev', 50)
    expect(s.page).toBeNull()
    expect(settle(s, { ...capped, prev: '' }, 50)!.page).toBe(1)
  })

  it('learns the true position at either end', () => {
    const stale: PagerState = { cursor: 'x', back: true, page: 4 }
    expect(settle(stale, info({ prev: '' }), 50)!.page).toBe(1)
    const walked: PagerState = { cursor: 'y', back: false, page: 3 }
    expect(settle(walked, info({ next: '', total: 240 }), 50)!.page).toBe(5)
  })

  it('starts over when the rows beside the cursor went away', () => {
    expect(settle({ cursor: 'gone', back: true, page: 2 }, info({ count: 0, next: '', prev: '' }), 50)).toBeNull()
    expect(settle(firstPage(), info({ count: 0, total: 0, next: '', prev: '' }), 50)).toEqual({ ...firstPage(), page: 1 })
  })

  it('stays put at an end', () => {
    const s: PagerState = { cursor: 'c', back: false, page: 7 }
    expect(move(s, info({ next: '' }), 'next', 50)).toBe(s)
    expect(move(s, info({ prev: '' }), 'prev', 50)).toBe(s)
  })
})

describe('useKeysetPaging', () => {
  it('asks by cursor, follows the answers and starts over when a page is gone', () => {
    const size = ref(20)
    const p = useKeysetPaging(size)
    expect(p.request()).toEqual({ cursor: '', back: false, offset: 0, limit: 20 })
    expect(p.answered({ items: new Array(20), total: 45, totalMore: false, next: 'a', prev: '' })).toBe(true)
    p.go('next')
    expect(p.request()).toEqual({ cursor: 'a', back: false, offset: 0, limit: 20 })
    expect(p.state.value.page).toBe(2)
    p.go('last')
    expect(p.request()).toMatchObject({ cursor: '', back: true })
    expect(p.state.value.page).toBe(3)
    expect(p.answered({ items: [], total: 45, totalMore: false, next: '', prev: '' })).toBe(false)
    expect(p.request()).toEqual({ cursor: '', back: false, offset: 0, limit: 20 })
    p.resize(50)
    expect(size.value).toBe(50)
    expect(formatCount(10000, 'en')).toBe('10,000')
  })
})
