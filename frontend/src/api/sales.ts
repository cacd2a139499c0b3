import * as Sales from '../../wailsjs/go/app/Sales'
import { sales } from '../../wailsjs/go/models'
import { call } from './errors'

export type Stage = sales.Stage
export type ChecklistItem = sales.ChecklistItem
export type Rule = sales.Rule
export type LostReason = sales.LostReason
export type Deal = sales.Deal
export type DealDetail = sales.DealDetail
export type Card = sales.Card
export type Column = sales.Column
export type Board = sales.Board
export type DealPage = sales.DealPage
export type Missing = sales.Missing
export type StageVisit = sales.StageVisit
export type Task = sales.Task
export type Compliance = sales.Compliance
export type Funnel = sales.Funnel
export type FunnelStage = sales.FunnelStage
export type LostReasonFigure = sales.LostReasonFigure
export type Pipeline = sales.Pipeline
export type StageFigure = sales.StageFigure
export type Trend = sales.Trend
export type TrendMonth = sales.TrendMonth
export type ForecastMonth = sales.ForecastMonth
export type RepDashboard = sales.RepDashboard
export type ManagerDashboard = sales.ManagerDashboard
export type MonthToDate = sales.MonthToDate
export type RepOverdue = sales.RepOverdue
export type DueNotice = sales.DueNotice

/** Stage kinds: open stages walk in order; won and lost close a deal. */
export const STAGE_KINDS = ['open', 'won', 'lost'] as const
/** Exit-checklist item kinds: ticked by hand, a deal field filled, the stage's SOP tasks done. */
export const ITEM_KINDS = ['check', 'field', 'tasks'] as const
/** Deal fields a checklist item may require. */
export const DEAL_FIELDS = ['amountMinor', 'expectedCloseOn', 'products', 'budgetMinor', 'decisionMaker', 'purchaseTimeline', 'needs'] as const
/** The event an SOP task's deadline counts from. */
export const ANCHORS = ['stage_entered', 'deal_created', 'first_call'] as const
/** The activity kinds an SOP rule may wait for (sales.DoneByKinds: every follow-up but a note). */
export const DONE_BY_KINDS = ['call', 'visit', 'email', 'wechat', 'meeting'] as const
/** Deal statuses. */
export const DEAL_STATUSES = ['open', 'won', 'lost'] as const
/** Task statuses: waiting for its anchor event, open with a deadline, done, or closed with its deal. */
export const TASK_STATUSES = ['waiting', 'open', 'done', 'closed'] as const
/** Report tables, in export order. */
export const REPORT_TABLES = ['funnel', 'lostReasons', 'pipeline', 'trend', 'compliance'] as const
/** Forecast methods the trend may name. */
export const FORECAST_METHODS = ['linearTrend', 'weightedMovingAverage'] as const

export interface Filter {
  ownerId: string
  teamId: string
}
export const everyone = (): Filter => ({ ownerId: '', teamId: '' })

export interface DealForm {
  id: string
  version: number
  customerId: string
  title: string
  amountMinor: number
  currency: string
  expectedCloseOn: string
  ownerId: string
  stageId: string
  products: { productId: string; name: string }[]
  /** null: not recorded (a checklist may require it). */
  budgetMinor: number | null
  decisionMaker: string
  purchaseTimeline: string
  needs: string
  notes: string
}

export interface StageForm {
  id: string
  version: number
  kind: string
  nameZh: string
  nameEn: string
  goalZh: string
  goalEn: string
  probabilityBp: number
  checklist: { key: string; kind: string; field: string; labelZh: string; labelEn: string }[]
}

export interface RuleForm {
  id: string
  version: number
  stageId: string
  titleZh: string
  titleEn: string
  anchor: string
  offsetHours: number
  position: number
  active: boolean
  /** "" (done by hand) or the activity kind whose logging against the deal does the task (sales.DoneByKinds). */
  doneByKind: string
}

export interface LostReasonForm {
  id: string
  version: number
  nameZh: string
  nameEn: string
  position: number
  active: boolean
}

export interface DealQuery extends Filter {
  status: string
  stageId: string
  customerId: string
  search: string
  sort: string
  desc: boolean
  limit: number
  offset: number
}

export interface FunnelQuery extends Filter {
  from: string
  to: string
}

export interface ReportQuery extends FunnelQuery {
  month: string
  trendMonths: number
  /** "" exports every table. */
  table: string
}

/** A Go *int64 is optional in JSON: send it only when it has a value. */
function dealInput(f: DealForm): sales.DealInput {
  const { budgetMinor, ...rest } = f
  return sales.DealInput.createFrom(budgetMinor === null ? rest : { ...rest, budgetMinor })
}

export const stages = (): Promise<Stage[]> => call(() => Sales.Stages())
export const saveStage = (f: StageForm): Promise<Stage> => call(() => Sales.SaveStage(sales.StageInput.createFrom(f)))
export const deleteStage = (id: string, version: number): Promise<void> => call(() => Sales.DeleteStage(id, version))
export const reorderStages = (ids: string[]): Promise<Stage[]> => call(() => Sales.ReorderStages(ids))

export const rules = (stageId = ''): Promise<Rule[]> => call(() => Sales.Rules(stageId))
export const saveRule = (f: RuleForm): Promise<Rule> => call(() => Sales.SaveRule(sales.RuleInput.createFrom(f)))
export const deleteRule = (id: string, version: number): Promise<void> => call(() => Sales.DeleteRule(id, version))

export const lostReasons = (all = false): Promise<LostReason[]> => call(() => Sales.LostReasons(all))
export const saveLostReason = (f: LostReasonForm): Promise<LostReason> =>
  call(() => Sales.SaveLostReason(sales.LostReasonInput.createFrom(f)))

export const createDeal = (f: DealForm): Promise<Deal> => call(() => Sales.CreateDeal(dealInput(f)))
export const updateDeal = (f: DealForm): Promise<Deal> => call(() => Sales.UpdateDeal(dealInput(f)))
export const deleteDeal = (id: string, version: number): Promise<void> => call(() => Sales.DeleteDeal(id, version))
export const deal = (id: string): Promise<DealDetail> => call(() => Sales.Deal(id))
/** A customer's deals the user may see (status "" for all, or open, won, lost), the latest changed first. */
export const dealsOfCustomer = (customerId: string, status = '', limit = 100): Promise<DealPage> =>
  deals({ ...everyone(), customerId, status, stageId: '', search: '', sort: 'updated', desc: true, limit, offset: 0 })
export const deals = (q: DealQuery): Promise<DealPage> => call(() => Sales.Deals(sales.DealQuery.createFrom(q)))
export const board = (f: Filter, closedDays = 0, cards = 0): Promise<Board> =>
  call(() => Sales.Board(sales.BoardQuery.createFrom({ ...f, closedDays, cards })))
export const moveDeal = (id: string, version: number, stageId: string): Promise<Deal> =>
  call(() => Sales.MoveDeal(id, version, stageId))
export const tickChecklist = (dealId: string, version: number, key: string, done: boolean): Promise<Deal> =>
  call(() => Sales.TickChecklist(dealId, version, key, done))
/** backdateReason: the owner's reason for a day beyond the backdating window ("" for none). */
export const win = (id: string, version: number, amountMinor: number, wonOn: string, backdateReason = ''): Promise<Deal> =>
  call(() => Sales.Win(id, sales.WinInput.createFrom({ version, amountMinor, wonOn, backdateReason })))
export const lose = (id: string, version: number, reasonId: string, note: string): Promise<Deal> =>
  call(() => Sales.Lose(id, sales.LoseInput.createFrom({ version, reasonId, note })))

export const tasks = (f: Filter, dealId = '', status = '', limit = 0): Promise<Task[]> =>
  call(() => Sales.Tasks(sales.TaskQuery.createFrom({ ...f, dealId, status, limit })))
export const completeTask = (id: string, version: number, note = ''): Promise<Task> =>
  call(() => Sales.CompleteTask(id, version, note))
export const dueNotices = (): Promise<DueNotice> => call(() => Sales.DueNotices())

export const compliance = (userId: string, month: string): Promise<Compliance> => call(() => Sales.Compliance(userId, month))
export const teamCompliance = (f: Filter, month: string): Promise<Compliance[]> =>
  call(() => Sales.TeamCompliance(sales.Filter.createFrom(f), month))
export const funnel = (q: FunnelQuery): Promise<Funnel> => call(() => Sales.Funnel(sales.FunnelQuery.createFrom(q)))
export const pipeline = (f: Filter): Promise<Pipeline> => call(() => Sales.Pipeline(sales.Filter.createFrom(f)))
export const trend = (f: Filter, months = 12): Promise<Trend> =>
  call(() => Sales.Trend(sales.TrendQuery.createFrom({ ...f, months })))
export const repDashboard = (): Promise<RepDashboard> => call(() => Sales.RepDashboard())
export const managerDashboard = (f: Filter): Promise<ManagerDashboard> =>
  call(() => Sales.ManagerDashboard(sales.Filter.createFrom(f)))

/** Saves the report through the native dialog; "" means the user cancelled. */
export const exportReport = (q: ReportQuery, lang: string): Promise<string> =>
  call(() => Sales.ExportReport(sales.ReportQuery.createFrom(q), lang))
