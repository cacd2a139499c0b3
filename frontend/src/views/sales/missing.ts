// What stops a deal from leaving its stage, read from the backend's refusal.
// The move and win calls answer an unfinished exit checklist with field
// errors (backend/sales/checklist.go checkExit): "stageId" says how many
// items are missing; each unticked item comes as "checklist.<key>", each
// empty deal field under the field's own name, and open SOP tasks as
// "sopTasks"; every one carries its label in both languages as params.
import { AppError, type ErrorParams } from '../../api/errors'
import type { Missing, Stage } from '../../api/sales'

export type ItemKind = 'check' | 'field' | 'tasks'

/** One unmet exit-checklist item, with both labels so a language switch applies live. */
export interface MissingItem {
  key: string
  kind: ItemKind
  /** For a field item: the deal field to fill. */
  field: string
  labelZh: string
  labelEn: string
  /** For a tasks item: the SOP tasks still open. */
  count: number
}

/** A refused move: the stage the deal could not leave and what it lacks. */
export interface Blocked {
  stageZh: string
  stageEn: string
  items: MissingItem[]
}

export const CHECKLIST_INCOMPLETE = 'validation.checklistIncomplete'

const text = (p: ErrorParams, k: string): string => (typeof p[k] === 'string' ? (p[k] as string) : '')
const num = (p: ErrorParams, k: string): number => (typeof p[k] === 'number' ? (p[k] as number) : Number(p[k] ?? 0) || 0)

/** One field error as a missing item; null for errors that are not one. */
function itemOf(name: string, code: string, params: ErrorParams): MissingItem | null {
  const labelZh = text(params, 'label')
  const labelEn = text(params, 'labelEn') || labelZh
  if (name.startsWith('checklist.')) {
    return { key: name.slice('checklist.'.length), kind: 'check', field: '', labelZh, labelEn, count: 0 }
  }
  if (name === 'sopTasks') return { key: name, kind: 'tasks', field: '', labelZh, labelEn, count: num(params, 'count') }
  if (code === 'validation.required' && labelZh) return { key: name, kind: 'field', field: name, labelZh, labelEn, count: 0 }
  return null
}

/** Where an item sits in the stage's checklist (the order people set it up in). */
function rank(stage: Stage | undefined, m: MissingItem): number {
  const list = stage?.checklist ?? []
  const i = list.findIndex((it) =>
    m.kind === 'check' ? it.key === m.key : m.kind === 'field' ? it.kind === 'field' && it.field === m.field : it.kind === 'tasks',
  )
  return i < 0 ? list.length : i
}

/**
 * The missing items of a refused move or win, in the order of the stage's
 * checklist when the stage is known; null when the error is anything else.
 */
export function blockedBy(reason: unknown, stage?: Stage): Blocked | null {
  if (!(reason instanceof AppError) || reason.kind !== 'validation') return null
  const head = reason.fields.stageId
  if (!head || head.code !== CHECKLIST_INCOMPLETE) return null
  const items: MissingItem[] = []
  for (const [name, fe] of Object.entries(reason.fields)) {
    if (name === 'stageId') continue
    const m = itemOf(name, fe.code, fe.params)
    if (m) items.push(m)
  }
  items.sort((a, b) => rank(stage, a) - rank(stage, b) || a.key.localeCompare(b.key))
  if (stage) {
    // Field and tasks errors are named by field, not by item: give them the item's key.
    for (const m of items) {
      if (m.kind === 'check') continue
      const it = stage.checklist.find((c) => (m.kind === 'field' ? c.kind === 'field' && c.field === m.field : c.kind === 'tasks'))
      if (it) m.key = it.key
    }
  }
  const stageZh = text(head.params, 'stage')
  return { stageZh, stageEn: text(head.params, 'stageEn') || stageZh, items }
}

/** The deal page's own list of what the current stage still lacks, as the same items. */
export function fromMissing(list: Missing[]): MissingItem[] {
  return list.map((m) => ({
    key: m.key,
    kind: (m.kind as ItemKind) ?? 'check',
    field: m.field,
    labelZh: m.labelZh,
    labelEn: m.labelEn || m.labelZh,
    count: m.count,
  }))
}
