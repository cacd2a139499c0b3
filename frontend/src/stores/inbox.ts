import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import * as api from '../api/inbox'
import type { Item } from '../api/inbox'

/** How often the inbox is read again while the app is open: another computer's changes arrive this way. */
export const POLL_MS = 60_000

/** What arrived since the last read; first is the read after sign-in (everything waiting counts). */
export interface Arrival {
  first: boolean
  items: Item[]
}

/** One arrival of an item: a record asked or answered again is news again. */
export const itemKey = (it: Pick<Item, 'kind' | 'recordId' | 'at'>): string => `${it.kind}|${it.recordId}|${it.at}`

/**
 * The signed-in person's inbox: quotes waiting for their approval and the
 * answers to theirs not yet seen. It reads at start, on the backend's
 * inbox:changed event and every POLL_MS, and tells its listeners what
 * arrived (for the notices); the badge is count.
 */
export const useInboxStore = defineStore('inbox', () => {
  const items = ref<Item[]>([])
  const waiting = ref(0)
  const unseen = ref(0)
  const loaded = ref(false)
  const failed = ref(false)
  const count = computed(() => waiting.value + unseen.value)

  let known: Set<string> | null = null // null until the first read after sign-in
  let listeners: ((a: Arrival) => void)[] = []
  let timer: ReturnType<typeof setInterval> | undefined
  let off: (() => void) | undefined
  let reading: Promise<void> | null = null
  let again = false

  /** Reads the inbox; a read asked for while one runs runs once more after it. */
  function refresh(): Promise<void> {
    if (reading) {
      again = true
      return reading
    }
    reading = read().finally(() => {
      reading = null
      if (again) {
        again = false
        void refresh()
      }
    })
    return reading
  }

  async function read(): Promise<void> {
    try {
      const box = await api.list()
      failed.value = false
      const first = known === null
      const fresh = box.items.filter((it) => !known?.has(itemKey(it)))
      known = new Set(box.items.map(itemKey))
      items.value = box.items
      waiting.value = box.waiting
      unseen.value = box.unseen
      loaded.value = true
      if (fresh.length > 0) listeners.forEach((fn) => fn({ first, items: fresh }))
    } catch (e) {
      failed.value = true
      throw e
    }
  }

  /** Listens for arrivals; returns the unsubscribe function. */
  function onArrival(fn: (a: Arrival) => void): () => void {
    listeners.push(fn)
    return () => {
      listeners = listeners.filter((l) => l !== fn)
    }
  }

  /** Starts reading: now, on every change the backend reports, and every POLL_MS. */
  function start(): void {
    stop()
    const quietly = () =>
      refresh().catch((e) => {
        // A missed read is not worth interrupting anyone: the next one covers it.
        console.error('steady: inbox', e)
      })
    void quietly()
    off = api.onChanged(() => void quietly())
    timer = setInterval(() => void quietly(), POLL_MS)
  }

  /** Stops reading and forgets the person (sign-out): the next person's first read is their own. */
  function stop(): void {
    clearInterval(timer)
    timer = undefined
    off?.()
    off = undefined
    known = null
    items.value = []
    waiting.value = 0
    unseen.value = 0
    loaded.value = false
  }

  /** The person has read an answer: it leaves the inbox here and on their other computers. */
  async function markSeen(it: Item): Promise<void> {
    await api.markSeen(it.kind, it.recordId, it.at)
    items.value = items.value.filter((x) => itemKey(x) !== itemKey(it))
    if (it.state !== 'pending' && unseen.value > 0) unseen.value--
  }

  return { items, waiting, unseen, count, loaded, failed, refresh, onArrival, start, stop, markSeen }
})
