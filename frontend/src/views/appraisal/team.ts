// The team view of a month: who ranks where by total, and how the grades
// spread. Appraisals without a total (no data) are not ranked.

interface Scored {
  id: string
  total?: number | null
  grade: string
}

export const GRADES = ['A', 'B', 'C', 'D'] as const

/** Rank by total, highest first; equal totals share a rank (1, 2, 2, 4). */
export function ranks(list: Scored[]): Map<string, number> {
  const scored = list.filter((a) => a.total !== undefined && a.total !== null)
  scored.sort((a, b) => (b.total as number) - (a.total as number))
  const out = new Map<string, number>()
  scored.forEach((a, i) => {
    const prev = scored[i - 1]
    out.set(a.id, prev && prev.total === a.total ? (out.get(prev.id) as number) : i + 1)
  })
  return out
}

/** How many appraisals have each grade, and how many have none (no data). */
export function gradeCounts(list: Scored[]): { grade: string; n: number }[] {
  const counts = GRADES.map((grade) => ({ grade, n: list.filter((a) => a.grade === grade).length }))
  return [...counts, { grade: '', n: list.filter((a) => !a.grade).length }]
}

/** The average of the totals there are, in hundredths, or null. */
export function averageTotal(list: Scored[]): number | null {
  const totals = list.map((a) => a.total).filter((x): x is number => x !== undefined && x !== null)
  if (!totals.length) return null
  return Math.round(totals.reduce((s, x) => s + x, 0) / totals.length)
}
