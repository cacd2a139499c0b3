import * as Training from '../../wailsjs/go/app/Training'
import { training } from '../../wailsjs/go/models'
import { call } from './errors'

export type Course = training.Course
export type Material = training.Material
export type Plan = training.Plan
export type PlanItem = training.PlanItem
export type Session = training.Session
export type Attendance = training.Attendance
export type Roleplay = training.Roleplay
export type Criterion = training.Criterion
export type Task = training.Task
export type Profile = training.Profile
export type Requirement = training.Requirement
export type Certificate = training.Certificate
export type TrainingRecord = training.Record
export type Matrix = training.Matrix
export type MatrixRow = training.MatrixRow
export type MatrixCell = training.MatrixCell
export type AssignResult = training.AssignResult

export const KINDS = ['product_knowledge', 'sales_skills', 'role_play', 'compliance', 'market_trends'] as const
export type Kind = (typeof KINDS)[number]

export const MODES = ['on_site', 'online'] as const
export type Mode = (typeof MODES)[number]

/** What can be recorded for an invitee; "invited" = nothing recorded yet. */
export const MARKS = ['present', 'late', 'absent', 'excused'] as const
export type AttendanceStatus = 'invited' | (typeof MARKS)[number]

/** Required-course (and matrix cell) statuses. */
export type RequirementStatus = 'done' | 'due' | 'overdue' | 'none'

export interface CourseForm {
  id: string
  title: string
  kind: string
  level: string
  minutes: number
  description: string
  assessmentRequired: boolean
  passMark: number
  certificateMonths: number
  version: number
}

export interface LinkForm {
  courseId: string
  title: string
  url: string
}

export interface FileForm {
  courseId: string
  title: string
  fileName: string
  mime: string
  /** The file's bytes as base64: Go decodes a JSON string into []byte. */
  base64: string
}

export interface PlanForm {
  id: string
  name: string
  level: string
  autoAssign: boolean
  description: string
  items: { courseId: string; dueDays: number }[]
  version: number
}

export interface SessionForm {
  id: string
  courseId: string
  heldOn: string
  /** 0 = the course's length. */
  minutes: number
  trainerId: string
  mode: string
  location: string
  note: string
  inviteeIds: string[]
  version: number
  /** The owner's reason for a date beyond the backdating window ("" or absent for none). */
  backdateReason?: string
}

export interface MarkForm {
  userId: string
  status: string
  /** null = not assessed. */
  score: number | null
  /** The attendance's version as read; 0 for someone who came uninvited. */
  version: number
}

export interface RoleplayForm {
  id: string
  repId: string
  evaluatorId: string
  heldOn: string
  scenario: string
  feedback: string
  criteria: { key: string; name: string; score: number; maxScore: number }[]
  actions: { id: string; title: string; dueOn: string }[]
  version: number
}

export const kinds = (): Promise<string[]> => call(() => Training.Kinds())
export const defaultCriteria = (): Promise<Criterion[]> => call(() => Training.DefaultCriteria())

export const courses = (kind = '', level = ''): Promise<Course[]> =>
  call(() => Training.Courses(training.CourseFilter.createFrom({ kind, level })))
export const course = (id: string): Promise<Course> => call(() => Training.Course(id))
export const createCourse = (f: CourseForm): Promise<Course> =>
  call(() => Training.CreateCourse(training.CourseInput.createFrom(f)))
export const updateCourse = (f: CourseForm): Promise<Course> =>
  call(() => Training.UpdateCourse(training.CourseInput.createFrom(f)))
export const deleteCourse = (id: string, version: number): Promise<void> =>
  call(() => Training.DeleteCourse(id, version))

export const addLink = (f: LinkForm): Promise<Material> =>
  call(() => Training.AddMaterial(training.MaterialInput.createFrom({ ...f, kind: 'link' })))

export function addFile(f: FileForm): Promise<Material> {
  const input = training.MaterialInput.createFrom({
    courseId: f.courseId,
    kind: 'file',
    title: f.title,
    fileName: f.fileName,
    mime: f.mime,
  })
  // The generated type says number[]; Wails sends JSON, and Go's []byte wants base64.
  input.data = f.base64 as unknown as number[]
  return call(() => Training.AddMaterial(input))
}
type RuntimeWindow = Window & { runtime?: { BrowserOpenURL?: (url: string) => void } }

/**
 * Opens a link material in the system browser. It calls the Wails runtime
 * on window directly (what wailsjs/runtime does) so that `wails dev`
 * rewriting the runtime files does not hot-reload the training screens.
 */
export function openLink(url: string): void {
  const rt = (window as RuntimeWindow).runtime
  if (rt?.BrowserOpenURL) rt.BrowserOpenURL(url)
  else window.open(url, '_blank', 'noopener')
}

export const deleteMaterial = (id: string, version: number): Promise<void> =>
  call(() => Training.DeleteMaterial(id, version))
/** Native save dialog; resolves to the saved path, or "" when cancelled. */
export const saveMaterial = (id: string): Promise<string> => call(() => Training.SaveMaterial(id))

export const plans = (level = ''): Promise<Plan[]> => call(() => Training.Plans(level))
export const createPlan = (f: PlanForm): Promise<Plan> =>
  call(() => Training.CreatePlan(training.PlanInput.createFrom(f)))
export const updatePlan = (f: PlanForm): Promise<Plan> =>
  call(() => Training.UpdatePlan(training.PlanInput.createFrom(f)))
export const deletePlan = (id: string, version: number): Promise<void> => call(() => Training.DeletePlan(id, version))
export const assignPlan = (planId: string, userIds: string[], fromHireDate: boolean): Promise<AssignResult> =>
  call(() => Training.AssignPlan(training.AssignPlanInput.createFrom({ planId, userIds, fromHireDate })))

export const sessions = (filter: { from?: string; to?: string; courseId?: string; userId?: string } = {}): Promise<Session[]> =>
  call(() =>
    Training.Sessions(
      training.SessionFilter.createFrom({ from: '', to: '', courseId: '', userId: '', ...filter }),
    ),
  )
export const session = (id: string): Promise<Session> => call(() => Training.Session(id))
export const createSession = (f: SessionForm): Promise<Session> =>
  call(() => Training.CreateSession(training.SessionInput.createFrom(f)))
export const updateSession = (f: SessionForm): Promise<Session> =>
  call(() => Training.UpdateSession(training.SessionInput.createFrom(f)))
export const deleteSession = (id: string, version: number): Promise<void> =>
  call(() => Training.DeleteSession(id, version))

export function recordAttendance(sessionId: string, marks: MarkForm[]): Promise<Session> {
  const input = marks.map((m) =>
    training.AttendanceInput.createFrom({
      userId: m.userId,
      status: m.status,
      score: m.score === null ? undefined : m.score,
      version: m.version,
    }),
  )
  return call(() => Training.RecordAttendance(sessionId, input))
}

export const roleplays = (userId = ''): Promise<Roleplay[]> =>
  call(() => Training.Roleplays(training.RoleplayFilter.createFrom({ userId, from: '', to: '' })))
export const roleplay = (id: string): Promise<Roleplay> => call(() => Training.Roleplay(id))
export const createRoleplay = (f: RoleplayForm): Promise<Roleplay> =>
  call(() => Training.CreateRoleplay(training.RoleplayInput.createFrom(f)))
export const updateRoleplay = (f: RoleplayForm): Promise<Roleplay> =>
  call(() => Training.UpdateRoleplay(training.RoleplayInput.createFrom(f)))
export const deleteRoleplay = (id: string, version: number): Promise<void> =>
  call(() => Training.DeleteRoleplay(id, version))

export const setTaskDone = (id: string, version: number, done: boolean): Promise<Task> =>
  call(() => Training.SetTaskDone(id, version, done))

export const profile = (userId: string): Promise<Profile> => call(() => Training.Profile(userId))
export const expiringCertificates = (userId: string, days: number): Promise<Certificate[]> =>
  call(() => Training.ExpiringCertificates(userId, days))

export const teamMatrix = (level = ''): Promise<Matrix> =>
  call(() => Training.TeamMatrix(training.MatrixFilter.createFrom({ level })))
/** Native save dialog; resolves to the saved path, or "" when cancelled. */
export const exportMatrix = (lang: string, level = ''): Promise<string> =>
  call(() => Training.ExportMatrix(lang, training.MatrixFilter.createFrom({ level })))

/** Base64 of some bytes, in chunks so a 10 MB file does not blow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}
