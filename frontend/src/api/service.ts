import * as Desk from '../../wailsjs/go/app/ServiceDesk'
import { company, service } from '../../wailsjs/go/models'
import { call } from './errors'

export type Ticket = service.Ticket
export type TicketDetail = service.TicketDetail
export type TicketPage = service.TicketPage
export type HistoryEntry = service.HistoryEntry
export type Survey = service.Survey
export type Followup = service.Followup
export type Health = service.Health
export type Pending = service.Pending
export type Person = service.Person
export type Report = service.Report
export type ReportRow = service.ReportRow
export type Settings = service.Settings
export type WorkingHours = company.WorkingHours

export const KINDS = ['consultation', 'complaint', 'repair', 'return', 'other'] as const
export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const
export const CHANNELS = ['phone', 'wechat', 'email', 'visit'] as const
export const STATUSES = ['open', 'in_progress', 'waiting', 'resolved', 'closed'] as const
export type Status = (typeof STATUSES)[number]

/** Where each status may go next (the backend checks it too). */
export const NEXT: Record<string, Status[]> = {
  open: ['in_progress', 'waiting', 'resolved'],
  in_progress: ['waiting', 'resolved'],
  waiting: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: [],
}

export interface TicketForm {
  customerId: string
  contactId: string
  dealId: string
  kind: string
  priority: string
  channel: string
  subject: string
  description: string
  assigneeId: string
  receivedAt: string
}

export interface TicketQuery {
  status?: string
  kind?: string
  customerId?: string
  dealId?: string
  assigneeId?: string
  before?: string
  limit?: number
}

export interface ChangeForm {
  ticketId: string
  status?: string
  resolution?: string
  note?: string
  assigneeId?: string
  version: number
}

export interface SurveyRef {
  ticketId?: string
  dealId?: string
  revisitId?: string
}

/** What a survey is about, as the survey form needs it. */
export interface SurveyTarget {
  ref: SurveyRef
  /** The ticket's subject, the deal's title, what the revisit logged. */
  about: string
  /** Who holds the customer now: their own answers must carry the reply. */
  ownerId: string
}

export const ticketTarget = (k: Ticket): SurveyTarget => ({ ref: { ticketId: k.id }, about: k.subject, ownerId: k.customerOwnerId })

/** Customer list filters by after-sales health (service.CustomerCondition). */
export const HEALTH_FILTERS = ['lowScore', 'openComplaints'] as const

export interface AnswerForm extends SurveyRef {
  score: number
  nps: number | null
  comment: string
  replyText: string
}

const ticketQuery = (q: TicketQuery) =>
  service.TicketQuery.createFrom({ status: '', kind: '', customerId: '', dealId: '', assigneeId: '', before: '', limit: 0, ...q })
const change = (c: ChangeForm) =>
  service.Change.createFrom({ status: '', resolution: '', note: '', assigneeId: '', ...c })
const ref = (r: SurveyRef) => service.SurveyRef.createFrom({ ticketId: '', dealId: '', revisitId: '', ...r })

export const tickets = (q: TicketQuery) => call(() => Desk.Tickets(ticketQuery(q)))
export const ticket = (id: string) => call(() => Desk.Ticket(id))
export const openTicket = (f: TicketForm) => call(() => Desk.OpenTicket(service.TicketInput.createFrom(f)))
export const reply = (c: ChangeForm) => call(() => Desk.Reply(change(c)))
export const setStatus = (c: ChangeForm) => call(() => Desk.SetStatus(change(c)))
export const assign = (c: ChangeForm) => call(() => Desk.Assign(change(c)))
export const assignees = (ticketId: string) => call(() => Desk.Assignees(ticketId))
export const sendSurvey = (r: SurveyRef) => call(() => Desk.SendSurvey(ref(r)))
export const recordSurvey = (a: AnswerForm) =>
  call(() => Desk.RecordSurvey(service.Answer.createFrom({ ticketId: '', dealId: '', revisitId: '', ...a })))
export const surveys = (q: { customerId?: string; status?: string; limit?: number }) =>
  call(() => Desk.Surveys(service.SurveyQuery.createFrom({ customerId: '', status: '', limit: 0, ...q })))
export const followups = (status = '') => call(() => Desk.Followups(status))
export const completeFollowup = (id: string, note: string, version: number) =>
  call(() => Desk.CompleteFollowup(id, note, version))
export const health = (customerId: string) => call(() => Desk.Health(customerId))
export const report = (month: string) => call(() => Desk.Report(month))
export const exportReport = (month: string, lang: string) => call(() => Desk.Export(month, lang))
export const settings = () => call(() => Desk.Settings())
export const saveSettings = (s: Settings) => call(() => Desk.SaveSettings(service.Settings.createFrom(s)))
export const hours = () => call(() => Desk.Hours())
export const saveHours = (h: WorkingHours) => call(() => Desk.SaveHours(company.WorkingHours.createFrom(h)))
