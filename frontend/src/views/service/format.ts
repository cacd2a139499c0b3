/** Display helpers of the after-sales area. */

/** A stored UTC time as local "MM-DD HH:mm" (the year when not this one). */
export function when(at: string): string {
  if (!at) return ''
  const d = new Date(at)
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
  return d.getFullYear() === new Date().getFullYear() ? day : `${d.getFullYear()}-${day}`
}

/** An average in hundredths as "4.25"; no data as "—". */
export function average(x100: number | null | undefined): string {
  return x100 == null ? '—' : (x100 / 100).toFixed(2)
}

/** Basis points as "87.5%"; no data as "—". */
export function percent(bp: number | null | undefined): string {
  return bp == null ? '—' : `${(bp / 100).toFixed(bp % 100 === 0 ? 0 : 1)}%`
}

/** This month in the browser's zone as YYYY-MM. */
export function thisMonth(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}
