import { EventsOn } from '../../wailsjs/runtime/runtime'

function hasRuntime(): boolean {
  return typeof window !== 'undefined' && typeof (window as { runtime?: unknown }).runtime === 'object'
}

/**
 * Hears how many changes wait for another writer (a long import here or in
 * another Steady) to finish; 0 when none waits. Returns the unsubscribe.
 */
export function onStoreBusy(fn: (waiting: number) => void): () => void {
  if (!hasRuntime()) return () => {}
  const off = EventsOn('store:busy', (p: unknown) => {
    const waiting = Number((p as { waiting?: unknown } | null)?.waiting ?? 0)
    fn(Number.isFinite(waiting) ? waiting : 0)
  })
  return typeof off === 'function' ? off : () => {}
}
