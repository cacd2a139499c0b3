// What stops a deal from leaving its stage, read from the backend's refusal.
// The move, win and create calls answer unfinished exit checklists with field
// errors (backend/sales/checklist.go checkExits), one group per stage left
// behind: "stageId" says how many items in how many stages; "stages.<id>"
// heads each stage (its names, count and place n); under it,
// "stages.<id>.checklist.<key>" each unticked item, "stages.<id>.<field>"
// each empty deal field and "stages.<id>.sopTasks" the open SOP tasks; every
// item carries its label in both languages as params.
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

/** One stage a refused move or win would have left behind, and what it lacks. */
export interface BlockedStage {
  stageId: string
  stageZh: string
  stageEn: string
  items: MissingItem[]
}

/** A refused move: every stage in the way with its missing items, in process order. */
export interface Blocked {
  /** The first stage in the way (the deal's own, for a one-step move). */
  stageZh: string
  stageEn: string
  stages: BlockedStage[]
  /** Every missing item of every stage, in the same order. */
  items: MissingItem[]
}

export const CHECKLIST_INCOMPLETE = 'validation.checklistIncomplete'

const text = (p: ErrorParams, k: string): string => (typeof p[k] === 'string' ? (p[k] as string) : '')
const num = (p: ErrorParams, k: string): number => (typeof p[k] === 'number' ? (p[k] as number) : Number(p[k] ?? 0) || 0)

/** One field error (its name under the stage's prefix) as a missing item; null for errors that are not one. */
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

/** Orders one stage's items as its checklist does, and gives field and tasks items their checklist keys. */
function ordered(items: MissingItem[], stage: Stage | undefined): MissingItem[] {
  items.sort((a, b) => rank(stage, a) - rank(stage, b) || a.key.localeCompare(b.key))
  if (stage) {
    for (const m of items) {
      if (m.kind === 'check') continue
      const it = stage.checklist.find((c) => (m.kind === 'field' ? c.kind === 'field' && c.field === m.field : c.kind === 'tasks'))
      if (it) m.key = it.key
    }
  }
  return items
}

const PREFIX = 'stages.'

/**
 * The stages and missing items of a refused move, win or new deal, each
 * stage's items in its checklist's order when stageOf knows the stage; null
 * when the error is anything else.
 */
export function blockedBy(reason: unknown, stageOf: (id: string) => Stage | undefined = () => undefined): Blocked | null {
  if (!(reason instanceof AppError) || reason.kind !== 'validation') return null
  const head = reason.fields.stageId
  if (!head || head.code !== CHECKLIST_INCOMPLETE) return null
  const groups = new Map<string, BlockedStage & { n: number }>()
  const group = (id: string) => {
    let g = groups.get(id)
    if (!g) groups.set(id, (g = { stageId: id, stageZh: '', stageEn: '', items: [], n: 0 }))
    return g
  }
  for (const [name, fe] of Object.entries(reason.fields)) {
    if (!name.startsWith(PREFIX)) continue
    const rest = name.slice(PREFIX.length)
    const dot = rest.indexOf('.')
    if (dot < 0) {
      const g = group(rest)
      g.stageZh = text(fe.params, 'stage')
      g.stageEn = text(fe.params, 'stageEn') || g.stageZh
      g.n = num(fe.params, 'n')
      continue
    }
    const m = itemOf(rest.slice(dot + 1), fe.code, fe.params)
    if (m) group(rest.slice(0, dot)).items.push(m)
  }
  const stages: BlockedStage[] = [...groups.values()]
    .sort((a, b) => a.n - b.n)
    .map(({ stageId, stageZh, stageEn, items }) => ({ stageId, stageZh, stageEn, items: ordered(items, stageOf(stageId)) }))
  const stageZh = text(head.params, 'stage')
  return { stageZh, stageEn: text(head.params, 'stageEn') || stageZh, stages, items: stages.flatMap((g) => g.items) }
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
