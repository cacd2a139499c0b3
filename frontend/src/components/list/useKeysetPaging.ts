import { ref, type Ref } from 'vue'
import { firstPage, move, settle, type Move, type PageInfo, type PagerState } from './keysetPager'

/** What a keyset page answer carries (customer.CustomerPage and its kin). */
export interface KeysetAnswer {
  items: unknown[]
  total: number
  totalMore: boolean
  next: string
  prev: string
}

/**
 * The paging half of a list paged by key: what to ask for next (request),
 * what the last answer said (answered), and the pager's moves. A list reads
 * again after go, reset or resize, and after answered returned false (the
 * page it asked for was gone: the pager stands on the first page again).
 */
export function useKeysetPaging(size: Ref<number>) {
  const state = ref<PagerState>(firstPage())
  const info = ref<PageInfo>({ count: 0, total: 0, totalMore: false, next: '', prev: '' })

  const request = () => ({ cursor: state.value.cursor, back: state.value.back, offset: 0, limit: size.value })

  function answered(p: KeysetAnswer): boolean {
    info.value = { count: p.items.length, total: p.total, totalMore: p.totalMore, next: p.next, prev: p.prev }
    const s = settle(state.value, info.value, size.value)
    state.value = s ?? firstPage()
    return s !== null
  }
  const go = (to: Move) => (state.value = move(state.value, info.value, to, size.value))
  const reset = () => (state.value = firstPage())
  function resize(n: number): void {
    size.value = n
    reset()
  }
  return { state, info, request, answered, go, reset, resize }
}

/** A count as the person's language writes numbers (10,000 / 10,000). */
export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n)
}
