// An attendance sheet as marked on screen, and the marks sent for it.
import type { MarkForm, Session } from '../../api/training'
import { attended, whole } from './format'

export interface AttendanceRow {
  userId: string
  name: string
  status: string
  score: number | null
  /** 0 for a walk-in added on the sheet. */
  version: number
}

export function rowsOf(s: Session): AttendanceRow[] {
  return s.attendees.map((a) => ({ userId: a.userId, name: a.userName, status: a.status, score: a.score ?? null, version: a.version }))
}

/** A score counts only for someone who attended; it is sent as a whole number. */
export function marksOf(rows: AttendanceRow[]): MarkForm[] {
  return rows.map((r) => ({
    userId: r.userId,
    status: r.status,
    score: attended(r.status) && r.score !== null ? whole(r.score) : null,
    version: r.version,
  }))
}
