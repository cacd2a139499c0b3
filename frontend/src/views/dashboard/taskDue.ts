// How a task's deadline reads on the dashboard: the time today, or how long ago it passed.

export interface DueWording {
  key: 'today' | 'overdueNow' | 'overdueHours' | 'overdueDays'
  n: number
  time: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/** dueAt (RFC 3339) relative to now: "today 15:00", "just overdue", "3 hours overdue", "2 days overdue". */
export function dueWording(dueAt: string, now = new Date()): DueWording {
  const due = new Date(dueAt)
  const time = `${pad(due.getHours())}:${pad(due.getMinutes())}`
  const late = now.getTime() - due.getTime()
  if (late <= 0) return { key: 'today', n: 0, time }
  const hours = Math.floor(late / 3_600_000)
  if (hours < 1) return { key: 'overdueNow', n: 0, time }
  if (hours < 24) return { key: 'overdueHours', n: hours, time }
  return { key: 'overdueDays', n: Math.floor(hours / 24), time }
}
