// The keyboard logic of the global search (Ctrl/Cmd+K): which key opens it,
// what each key does inside it, the order the kinds are listed in, and the
// page each kind of hit opens. Kept apart from the component so it is tested
// without a browser.
import type { Hit, HitKind } from '../../api/search'

/** The kinds in the order the results show them (the backend sends them so). */
export const KINDS: HitKind[] = ['customer', 'contact', 'deal', 'quote', 'product']

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
  isComposing?: boolean
}

/** Ctrl+K, or Cmd+K on a Mac, from anywhere (a field with the cursor in it included). */
export function isOpenShortcut(e: KeyLike): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k' && !e.isComposing
}

export type KeyAction = { move: number } | 'open' | 'ticket' | 'close' | 'first' | 'last' | null

/** What a key pressed in the search box does; null lets the box have it. */
export function keyAction(e: KeyLike): KeyAction {
  // Enter that confirms an IME composition (拼音 to 汉字) picks characters, not a result.
  if (e.isComposing) return null
  switch (e.key) {
    case 'ArrowDown':
      return { move: 1 }
    case 'ArrowUp':
      return { move: -1 }
    case 'PageDown':
      return 'last'
    case 'PageUp':
      return 'first'
    case 'Enter':
      return e.shiftKey ? 'ticket' : 'open'
    case 'Escape':
      return 'close'
    case 'Tab':
      return { move: e.shiftKey ? -1 : 1 }
  }
  return null
}

/** The highlighted row after moving by delta among count rows, wrapping round. */
export function step(active: number, count: number, delta: number): number {
  if (count <= 0) return 0
  return (((active + delta) % count) + count) % count
}

export interface Group {
  kind: HitKind
  /** Each hit with its place in the flat list the arrow keys walk. */
  rows: { hit: Hit; index: number }[]
}

/** The hits grouped by kind, in KINDS order, numbered as the arrows walk them. */
export function groups(hits: Hit[]): Group[] {
  const out: Group[] = []
  let index = 0
  for (const kind of KINDS) {
    const rows = hits.filter((h) => h.kind === kind).map((hit) => ({ hit, index: 0 }))
    if (!rows.length) continue
    for (const r of rows) r.index = index++
    out.push({ kind, rows })
  }
  return out
}

/** The hits in the order the arrows walk them. */
export function flat(list: Group[]): Hit[] {
  return list.flatMap((g) => g.rows.map((r) => r.hit))
}

/** The route each kind of hit opens: its own page (a contact: their customer's). */
export function hitRoute(hit: Hit): string {
  switch (hit.kind as HitKind) {
    case 'customer':
      return `/customers/${hit.id}`
    case 'contact':
      return `/customers/${hit.customerId}`
    case 'deal':
      return `/sales/deals/${hit.id}`
    case 'quote':
      return `/quotes/${hit.id}`
    case 'product':
      return `/quotes/catalog?q=${encodeURIComponent(hit.detail || hit.title)}`
  }
  return '/dashboard'
}

/**
 * Where Shift+Enter on a hit opens a new after-sales ticket: the page of the
 * hit's customer with the new-ticket form open; null for a hit that names
 * no customer (a product).
 */
export function ticketRoute(hit: Hit): string | null {
  return hit.customerId ? `/customers/${hit.customerId}?ticket=new` : null
}
