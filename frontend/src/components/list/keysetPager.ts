/**
 * Paging by key (backend/customer/list_keyset.go): a page is asked for by the
 * cursor of the page beside it, never by its position, so a deep page costs
 * what the first does and rows added meanwhile shift nothing. The pager
 * remembers which page number it is on while that is known: walking from the
 * first page counts up, the last page of a fully counted list is its count.
 * Stepping back from the last page of a list counted only up to the cap
 * (totalMore) leaves the number unknown until the first page is reached.
 */

/** What a page answer says about the pages around it. */
export interface PageInfo {
  /** Rows on this page. */
  count: number
  /** Matches, exact unless totalMore (then: at least this many). */
  total: number
  totalMore: boolean
  /** Cursors of the next and previous pages, "" at an end of the list. */
  next: string
  prev: string
}

/** Where the pager stands: what to ask for and which page that is. */
export interface PagerState {
  cursor: string
  back: boolean
  /** 1-based page number, or null when not known. */
  page: number | null
}

export type Move = 'first' | 'prev' | 'next' | 'last'

export const firstPage = (): PagerState => ({ cursor: '', back: false, page: 1 })

/** The number of pages, when the total is exact. */
export function pageCount(info: Pick<PageInfo, 'total' | 'totalMore'>, size: number): number | null {
  if (info.totalMore) return null
  return Math.max(1, Math.ceil(info.total / size))
}

/** The request for a move from the page info last shown. */
export function move(state: PagerState, info: PageInfo, to: Move, size: number): PagerState {
  switch (to) {
    case 'first':
      return firstPage()
    case 'last':
      return { cursor: '', back: true, page: pageCount(info, size) }
    case 'next':
      if (!info.next) return state
      return { cursor: info.next, back: false, page: state.page === null ? null : state.page + 1 }
    case 'prev':
      if (!info.prev) return state
      return { cursor: info.prev, back: true, page: state.page === null ? null : Math.max(1, state.page - 1) }
  }
}

/**
 * The state once an answer arrived: the true position where the answer tells
 * it (no page before: page 1; no page after on a counted list: the last), or
 * null when the page came back empty though rows remain (the rows beside the
 * cursor went away meanwhile): then the caller starts again from the first.
 */
export function settle(state: PagerState, info: PageInfo, size: number): PagerState | null {
  if (info.count === 0 && info.total > 0) return state.cursor === '' && !state.back ? state : null
  if (!info.prev) return { ...state, page: 1 }
  if (!info.next) {
    const pages = pageCount(info, size)
    if (pages !== null) return { ...state, page: pages }
  }
  return state
}
