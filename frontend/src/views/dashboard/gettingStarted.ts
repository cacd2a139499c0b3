import type { GettingStarted, GettingStartedItem } from '../../api/company'

/** What the getting-started card shows, or null when it shows nothing. */
export interface GettingStartedView {
  items: GettingStartedItem[]
  done: number
  total: number
  /** The first item not done yet: the one the card leads to. */
  next: GettingStartedItem | null
}

/**
 * The card for a checklist: nothing once the owner put it away, the items
 * in their order otherwise (a finished list stays until it is put away, so
 * the owner sees it completed).
 */
export function gettingStartedView(c: GettingStarted | null): GettingStartedView | null {
  if (!c || c.dismissed) return null
  const items = c.items ?? []
  return {
    items,
    done: items.filter((i) => i.done).length,
    total: items.length,
    next: items.find((i) => !i.done) ?? null,
  }
}
