import type { Item } from '../../api/inbox'
import { formatMoney } from '../../lib/money'

type T = (key: string, params?: Record<string, unknown>) => string

/** One line for a notice: "QT-… · 杭州明远 · ¥5,000.00 · 李强" (the answer: who decided). */
export function itemLine(it: Item): string {
  const who = it.state === 'pending' ? it.askedByName : it.decidedByName
  return [it.title, it.subject, formatMoney(it.amountMinor, it.currency), who].filter(Boolean).join(' · ')
}

/** The note a decision came with, quoted, or "" without one. */
export function noteLine(t: T, it: Item): string {
  return it.note ? t('inbox.note', { note: it.note }) : ''
}

/** The tag colour of an item's state. */
export function stateTagType(state: string): 'warning' | 'success' | 'error' | 'default' {
  return state === 'pending' ? 'warning' : state === 'approved' ? 'success' : state === 'rejected' ? 'error' : 'default'
}
