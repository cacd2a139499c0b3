// Typed adapter over the Inbox bindings, and the window event that says an
// inbox may have changed on this computer. Every rejection becomes an AppError.
import * as Inbox from '../../wailsjs/go/app/Inbox'
import { EventsOn } from '../../wailsjs/runtime/runtime'
import { inbox } from '../../wailsjs/go/models'
import { call } from './errors'

export type Item = inbox.Item
export type Margin = inbox.Margin
export type InboxList = inbox.Inbox

/** Item kinds from quotes: one to decide, one to read (backend/quote/inbox.go). */
export const QUOTE_APPROVAL = 'quote.approval'
export const QUOTE_ANSWER = 'quote.answer'

/** The event app/inbox.go emits after a quote is submitted, decided or moved on. */
export const INBOX_CHANGED = 'inbox:changed'

export const list = (): Promise<InboxList> => call(() => Inbox.List())

export const markSeen = (kind: string, recordId: string, at: string): Promise<void> =>
  call(() => Inbox.MarkSeen(kind, recordId, at))

/** A desktop notification; false when this computer has none to show (no desktop session, not allowed). */
export const notify = (id: string, title: string, body: string): Promise<boolean> =>
  call(() => Inbox.Notify(id, title, body))

function hasRuntime(): boolean {
  return typeof window !== 'undefined' && typeof (window as { runtime?: unknown }).runtime === 'object'
}

/** Calls fn whenever the backend says an inbox may have changed; returns the unsubscribe function. */
export function onChanged(fn: () => void): () => void {
  if (!hasRuntime()) return () => {}
  const off = EventsOn(INBOX_CHANGED, () => fn())
  return () => typeof off === 'function' && off()
}
