// What to show for the tasks that fell due: on start one summary of all that
// became due while the app was closed; while it runs one notification per
// task, unless so many fell due at once that a summary reads better.
import type { DueNotice, Task } from '../../api/sales'

export interface NoticePlan {
  kind: 'summary' | 'each'
  /** The tasks to name: all of them for "each", the first few for a summary. */
  tasks: Task[]
  total: number
}

/** Tasks a summary names before it says "and N more". */
export const SUMMARY_LISTED = 5
/** More tasks than this falling due within one poll get a summary instead. */
export const EACH_AT_MOST = 3

export function planNotices(n: DueNotice, first: boolean): NoticePlan | null {
  const tasks = n.tasks ?? []
  const total = Math.max(n.total, tasks.length)
  if (total === 0) return null
  if (!first && total <= EACH_AT_MOST) return { kind: 'each', tasks, total }
  return { kind: 'summary', tasks: tasks.slice(0, SUMMARY_LISTED), total }
}
