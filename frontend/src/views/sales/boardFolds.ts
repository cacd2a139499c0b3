// Which closed columns (won, after-sales, lost) are opened on the board. They
// start folded to a narrow strip so that every open stage fits the window;
// a person's choice is kept on this device, since it is about screen room and
// not about the company's data.
import { ref } from 'vue'
import type { Stage } from '../../api/sales'

const KEY = 'steady.sales.board.opened'

/** The part of Web Storage the folds use (a fake in the spec). */
export interface FoldStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

/** The ids of the closed stages shown in full; garbage or nothing reads as none. */
export function readOpened(storage: FoldStorage): Set<string> {
  const raw = storage.getItem(KEY)
  if (!raw) return new Set()
  try {
    const ids: unknown = JSON.parse(raw)
    return new Set(Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [])
  } catch {
    // Someone else's or an older value under our key: start from the default.
    return new Set()
  }
}

export function writeOpened(storage: FoldStorage, ids: Set<string>): void {
  storage.setItem(KEY, JSON.stringify([...ids].sort()))
}

/** Whether a stage's column is drawn as a strip. Open stages never fold. */
export function isFolded(stage: Pick<Stage, 'id' | 'kind'>, opened: Set<string>): boolean {
  return stage.kind !== 'open' && !opened.has(stage.id)
}

/**
 * The board's folds, read once and written on every toggle. A webview without
 * storage (or with it full) still folds and unfolds; only the memory is lost,
 * and the console says why.
 */
export function useBoardFolds(storage: FoldStorage | undefined = globalThis.localStorage) {
  const opened = ref<Set<string>>(new Set())
  try {
    if (storage) opened.value = readOpened(storage)
  } catch (e) {
    console.error('steady: board folds not read:', e)
  }

  function toggle(stage: Pick<Stage, 'id' | 'kind'>): void {
    const next = new Set(opened.value)
    if (next.has(stage.id)) next.delete(stage.id)
    else next.add(stage.id)
    opened.value = next
    try {
      if (storage) writeOpened(storage, next)
    } catch (e) {
      console.error('steady: board folds not kept:', e)
    }
  }

  const folded = (stage: Pick<Stage, 'id' | 'kind'>): boolean => isFolded(stage, opened.value)
  return { folded, toggle }
}
