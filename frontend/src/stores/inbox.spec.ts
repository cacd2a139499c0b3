import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import * as api from '../api/inbox'
import type { InboxList, Item } from '../api/inbox'
import { POLL_MS, useInboxStore, type Arrival } from './inbox'

let changed: (() => void) | null = null
vi.mock('../api/inbox', () => ({
  list: vi.fn(),
  markSeen: vi.fn(),
  onChanged: vi.fn((fn: () => void) => {
    changed = fn
    return () => (changed = null)
  }),
}))

const held = (id: string, at: string): Item =>
  ({ kind: 'quote.approval', recordId: id, version: 3, title: `QT-${id}`, at, state: 'pending', unseen: true }) as Item
const answer = (id: string, at: string, state = 'approved'): Item =>
  ({ kind: 'quote.answer', recordId: id, version: 5, title: `QT-${id}`, at, state, unseen: true }) as Item

function inboxOf(...items: Item[]): InboxList {
  return {
    items,
    waiting: items.filter((i) => i.state === 'pending').length,
    unseen: items.filter((i) => i.state !== 'pending').length,
  } as InboxList
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve()
}

describe('inbox store', () => {
  let arrivals: Arrival[]
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
    arrivals = []
    changed = null
  })
  afterEach(() => {
    useInboxStore().stop()
    vi.useRealTimers()
  })

  it('tells what waits at sign-in at once, then only what arrives, and counts the badge', async () => {
    const store = useInboxStore()
    store.onArrival((a) => arrivals.push(a))
    vi.mocked(api.list).mockResolvedValueOnce(inboxOf(held('a', '2026-12-07T01:00:00.000Z'), held('b', '2026-12-07T02:00:00.000Z')))
    await store.refresh()
    expect(store.count).toBe(2)
    expect(arrivals).toEqual([{ first: true, items: [expect.objectContaining({ recordId: 'a' }), expect.objectContaining({ recordId: 'b' })] }])

    // b was decided elsewhere; c arrives.
    vi.mocked(api.list).mockResolvedValueOnce(inboxOf(held('c', '2026-12-07T03:00:00.000Z'), held('a', '2026-12-07T01:00:00.000Z')))
    await store.refresh()
    expect(store.count).toBe(2)
    expect(arrivals[1]).toEqual({ first: false, items: [expect.objectContaining({ recordId: 'c' })] })

    // Nothing new: no arrival.
    vi.mocked(api.list).mockResolvedValueOnce(inboxOf(held('c', '2026-12-07T03:00:00.000Z'), held('a', '2026-12-07T01:00:00.000Z')))
    await store.refresh()
    expect(arrivals).toHaveLength(2)
  })

  it('tells a quote sent back again as news, though its record is the same', async () => {
    const store = useInboxStore()
    store.onArrival((a) => arrivals.push(a))
    vi.mocked(api.list).mockResolvedValueOnce(inboxOf(answer('q', '2026-12-07T01:00:00.000Z', 'rejected')))
    await store.refresh()
    vi.mocked(api.list).mockResolvedValueOnce(inboxOf(answer('q', '2026-12-07T05:00:00.000Z', 'rejected')))
    await store.refresh()
    expect(arrivals.map((a) => [a.first, a.items.map((i) => i.at)])).toEqual([
      [true, ['2026-12-07T01:00:00.000Z']],
      [false, ['2026-12-07T05:00:00.000Z']],
    ])
  })

  it('reads on the backend\'s change event and every minute, and stops on sign-out', async () => {
    vi.useFakeTimers()
    const store = useInboxStore()
    vi.mocked(api.list).mockResolvedValue(inboxOf())
    store.start()
    await settle()
    expect(api.list).toHaveBeenCalledTimes(1)
    changed?.()
    await settle()
    expect(api.list).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(POLL_MS)
    await settle()
    expect(api.list).toHaveBeenCalledTimes(3)
    store.stop()
    expect(changed).toBeNull()
    vi.advanceTimersByTime(POLL_MS * 3)
    await settle()
    expect(api.list).toHaveBeenCalledTimes(3)
  })

  it('starts over for the next person: their first read tells what waits for them', async () => {
    const store = useInboxStore()
    store.onArrival((a) => arrivals.push(a))
    vi.mocked(api.list).mockResolvedValue(inboxOf(held('a', '2026-12-07T01:00:00.000Z')))
    await store.refresh()
    store.stop()
    expect(store.count).toBe(0)
    await store.refresh()
    expect(arrivals.map((a) => a.first)).toEqual([true, true])
  })

  it('a read asked for while one runs runs once more after it, so no change is missed', async () => {
    const store = useInboxStore()
    let release: (v: InboxList) => void = () => {}
    vi.mocked(api.list)
      .mockReturnValueOnce(new Promise((r) => (release = r)))
      .mockResolvedValueOnce(inboxOf(held('late', '2026-12-07T04:00:00.000Z')))
    const one = store.refresh()
    void store.refresh()
    void store.refresh()
    release(inboxOf())
    await one
    await settle()
    expect(api.list).toHaveBeenCalledTimes(2)
    expect(store.items.map((i) => i.recordId)).toEqual(['late'])
  })

  it('marks an answer seen: it leaves the list and the badge', async () => {
    const store = useInboxStore()
    const it1 = answer('q', '2026-12-07T01:00:00.000Z')
    vi.mocked(api.list).mockResolvedValueOnce(inboxOf(it1, held('h', '2026-12-07T00:00:00.000Z')))
    await store.refresh()
    expect(store.count).toBe(2)
    await store.markSeen(it1)
    expect(api.markSeen).toHaveBeenCalledWith('quote.answer', 'q', '2026-12-07T01:00:00.000Z')
    expect(store.items.map((i) => i.recordId)).toEqual(['h'])
    expect(store.count).toBe(1)
  })

  it('keeps the list when a read fails, and says so', async () => {
    const store = useInboxStore()
    vi.mocked(api.list).mockResolvedValueOnce(inboxOf(held('a', '2026-12-07T01:00:00.000Z')))
    await store.refresh()
    vi.mocked(api.list).mockRejectedValueOnce(new Error('closed'))
    await expect(store.refresh()).rejects.toThrow()
    expect(store.failed).toBe(true)
    expect(store.count).toBe(1)
  })
})
