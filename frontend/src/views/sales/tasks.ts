// SOP tasks sorted into what a rep looks at first: overdue, due today,
// upcoming, waiting for their starting event, and done.
import type { Task } from '../../api/sales'
import { dayOf } from './format'

export const TASK_GROUPS = ['overdue', 'today', 'upcoming', 'waiting', 'done'] as const
export type TaskGroup = (typeof TASK_GROUPS)[number]

/** The group a task belongs in now; null for a task closed with its deal. */
export function groupOf(task: Pick<Task, 'status' | 'dueAt'>, now = new Date()): TaskGroup | null {
  switch (task.status) {
    case 'done':
      return 'done'
    case 'waiting':
      return 'waiting'
    case 'open':
      break
    default:
      return null
  }
  const due = new Date(task.dueAt)
  if (Number.isNaN(due.getTime())) return 'waiting'
  if (due.getTime() < now.getTime()) return 'overdue'
  return dayOf(due) === dayOf(now) ? 'today' : 'upcoming'
}

export type Grouped<T> = Record<TaskGroup, T[]>

/**
 * Tasks by group: open ones soonest due first, done ones latest done first.
 */
export function groupTasks<T extends Pick<Task, 'status' | 'dueAt' | 'doneAt'>>(tasks: T[], now = new Date()): Grouped<T> {
  const out: Grouped<T> = { overdue: [], today: [], upcoming: [], waiting: [], done: [] }
  for (const t of tasks) {
    const g = groupOf(t, now)
    if (g) out[g].push(t)
  }
  const byDue = (a: T, b: T) => a.dueAt.localeCompare(b.dueAt)
  out.overdue.sort(byDue)
  out.today.sort(byDue)
  out.upcoming.sort(byDue)
  out.done.sort((a, b) => b.doneAt.localeCompare(a.doneAt))
  return out
}

/** Whole hours from now to a deadline (negative once it has passed). */
export function hoursUntil(dueAt: string, now = new Date()): number {
  const ms = new Date(dueAt).getTime() - now.getTime()
  return ms >= 0 ? Math.floor(ms / 3_600_000) : -Math.floor(-ms / 3_600_000)
}
