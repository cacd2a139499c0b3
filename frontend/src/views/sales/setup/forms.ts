// Pure helpers of the setup tab: forms from records, and the order of stages.
import type { LostReason, LostReasonForm, Rule, RuleForm, Stage, StageForm } from '../../../api/sales'

/** Kinds whose stages the owner may add, reorder and delete. */
export const EDITABLE_KINDS = ['open', 'after'] as const

export function stageForm(s: Stage): StageForm {
  return {
    id: s.id,
    version: s.version,
    kind: s.kind,
    nameZh: s.nameZh,
    nameEn: s.nameEn,
    goalZh: s.goalZh,
    goalEn: s.goalEn,
    probabilityBp: s.probabilityBp,
    checklist: s.checklist.map((c) => ({ ...c })),
  }
}

export function newStage(kind: string): StageForm {
  return { id: '', version: 0, kind, nameZh: '', nameEn: '', goalZh: '', goalEn: '', probabilityBp: 0, checklist: [] }
}

export function ruleForm(r: Rule): RuleForm {
  return { ...r }
}

export function newRule(stageId: string, position: number): RuleForm {
  return { id: '', version: 0, stageId, titleZh: '', titleEn: '', anchor: 'stage_entered', offsetHours: 24, position, active: true, doneByKind: '' }
}

export function reasonForm(r: LostReason): LostReasonForm {
  return { id: r.id, version: r.version, nameZh: r.nameZh, nameEn: r.nameEn, position: r.position, active: r.active }
}

/**
 * The ids of the stages of s's kind with s moved by delta (-1 up, +1 down),
 * as ReorderStages wants them; null when it cannot move that way.
 */
export function reordered(stages: Stage[], id: string, delta: -1 | 1): string[] | null {
  const s = stages.find((x) => x.id === id)
  if (!s || !(EDITABLE_KINDS as readonly string[]).includes(s.kind)) return null
  const ids = stages.filter((x) => x.kind === s.kind).map((x) => x.id)
  const i = ids.indexOf(id)
  const j = i + delta
  if (j < 0 || j >= ids.length) return null
  ;[ids[i], ids[j]] = [ids[j], ids[i]]
  return ids
}

/** Whether the process can do without a stage: won and lost always stay, and so does the last open stage. */
export function removable(stages: Stage[], s: Stage): boolean {
  if (s.kind === 'won' || s.kind === 'lost') return false
  return s.kind !== 'open' || stages.filter((x) => x.kind === 'open').length > 1
}
