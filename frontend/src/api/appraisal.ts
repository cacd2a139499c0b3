import * as Bound from '../../wailsjs/go/app/Appraisal'
import { appraisal } from '../../wailsjs/go/models'
import { EventsOn } from '../../wailsjs/runtime/runtime'
import { call } from './errors'

// Lists come back as null from Go when empty (a nil slice): each list here is [] then.

export type Template = appraisal.Template
export type Metric = appraisal.Metric
export type Step = appraisal.Step
export type Result = appraisal.Result
export type Proration = appraisal.Proration
export type Appraisal = appraisal.Appraisal
export type Drift = appraisal.Drift
export type TargetRow = appraisal.TargetRow
export type TargetCell = appraisal.TargetCell
export type Generated = appraisal.Generated
export type EvidenceRow = appraisal.EvidenceRow
export type HistoryPoint = appraisal.HistoryPoint

/** The metrics a template can weigh (backend/appraisal/metrics.go). */
export const METRIC_CODES = [
  'sales_amount',
  'new_buyers',
  'quote_win_rate',
  'sop_compliance',
  'revisit_timeliness',
  'training_completion',
  'satisfaction',
  'manual',
] as const
export type MetricCode = (typeof METRIC_CODES)[number]

/** Metrics whose target is set per rep and month, in the targets grid. */
export const TARGET_CODES = ['sales_amount', 'new_buyers'] as const
export type TargetCode = (typeof TARGET_CODES)[number]

/** Metrics whose target is a rate kept on the template. */
export const RATE_CODES: readonly string[] = [
  'quote_win_rate',
  'sop_compliance',
  'revisit_timeliness',
  'training_completion',
  'satisfaction',
]

export const RULES = ['linear', 'steps'] as const
export type Rule = (typeof RULES)[number] | 'rubric'

export const STATUSES = ['draft', 'review', 'final'] as const
export type Status = (typeof STATUSES)[number]

/** Why a metric has no data (Result.noData). */
export const NO_DATA = ['nothingDue', 'noTarget', 'notBuilt', 'notScored'] as const

export const RUBRIC_LEVELS = 5

/** A template as the editor sends it (ids of metrics are the backend's). */
export interface TemplateForm {
  id: string
  name: string
  role: string
  level: string
  gradeA: number
  gradeB: number
  gradeC: number
  metrics: MetricForm[]
  version: number
}

export interface MetricForm {
  code: string
  name: string
  weight: number
  rule: string
  capBp: number
  targetBp: number
  steps: { minBp: number; points: number }[]
  rubric: string[]
}

/** One cell of the targets grid to set (value ≥ 0) or clear, at the version read (0 = was empty). */
export interface TargetChange {
  userId: string
  code: string
  value: number
  clear: boolean
  version: number
}

export interface ReviewForm {
  manualScores: Record<string, number>
  comment: string
}

export const currentMonth = (): Promise<string> => call(() => Bound.CurrentMonth())

export const templates = async (): Promise<Template[]> => (await call(() => Bound.Templates())) ?? []
export const saveTemplate = (f: TemplateForm): Promise<Template> =>
  call(() => Bound.SaveTemplate(appraisal.Template.createFrom({ ...f, metrics: f.metrics.map((m) => ({ id: '', ...m })) })))
export const deleteTemplate = (id: string, version: number): Promise<void> =>
  call(() => Bound.DeleteTemplate(id, version))

export const targets = async (month: string): Promise<TargetRow[]> => (await call(() => Bound.Targets(month))) ?? []
export const saveTargets = async (month: string, changes: TargetChange[]): Promise<TargetRow[]> =>
  (await call(() => Bound.SaveTargets(month, changes.map((c) => appraisal.TargetChange.createFrom(c))))) ?? []
export const copyTargets = async (month: string): Promise<TargetRow[]> => (await call(() => Bound.CopyTargets(month))) ?? []

export const generate = (month: string): Promise<Generated> => call(() => Bound.Generate(month))
export const appraisals = async (month: string): Promise<Appraisal[]> => (await call(() => Bound.Appraisals(month))) ?? []
export const one = (id: string): Promise<Appraisal> => call(() => Bound.Appraisal(id))

export const sendForReview = (id: string, version: number): Promise<Appraisal> =>
  call(() => Bound.SendForReview(id, version))
export const saveSelfAssessment = (id: string, version: number, text: string): Promise<Appraisal> =>
  call(() => Bound.SaveSelfAssessment(id, version, text))
export const saveReview = (id: string, version: number, f: ReviewForm): Promise<Appraisal> =>
  call(() => Bound.SaveReview(id, version, appraisal.ReviewInput.createFrom(f)))
export const finalise = (id: string, version: number): Promise<Appraisal> => call(() => Bound.Finalise(id, version))
export const reopen = (id: string, version: number, reason: string): Promise<Appraisal> =>
  call(() => Bound.Reopen(id, version, reason))

/** The records behind one computed metric of an appraisal, as the data holds them now. */
export const evidence = async (id: string, code: string): Promise<EvidenceRow[]> =>
  (await call(() => Bound.Evidence(id, code))) ?? []

/** A rep's last n months up to month, oldest first. */
export const history = async (userId: string, month: string, n: number): Promise<HistoryPoint[]> =>
  (await call(() => Bound.History(userId, month, n))) ?? []

export interface ReportForm {
  month: string
  /** Empty = everyone the user may see. */
  userIds: string[]
  /** A team summary (ranking, grade distribution) before the people. */
  summary: boolean
  lang: string
}

/** Saves the PDF where the user says (native dialog) and opens it; "" = cancelled. */
export const printReport = (r: ReportForm, fileName: string): Promise<string> =>
  call(() => Bound.PrintReport(appraisal.Report.createFrom(r), fileName))
export const cancelReport = (): Promise<void> => call(() => Bound.CancelReport())

function hasRuntime(): boolean {
  return typeof window !== 'undefined' && typeof (window as { runtime?: unknown }).runtime === 'object'
}

/** Listens to the report's progress (people drawn of all); returns the unsubscribe. */
export function onReportProgress(fn: (p: { done: number; total: number }) => void): () => void {
  if (!hasRuntime()) return () => {}
  const off = EventsOn('appraisal-report:progress', (p: unknown) => {
    const v = (p ?? {}) as { done?: number; total?: number }
    fn({ done: Number(v.done ?? 0), total: Number(v.total ?? 0) })
  })
  return () => typeof off === 'function' && off()
}
