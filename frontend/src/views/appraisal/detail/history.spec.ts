import { describe, expect, it } from 'vitest'
import type { HistoryPoint } from '../../../api/appraisal'
import { historyKeys, historyOption } from './history'

const point = (month: string, total: number | undefined, points: Record<string, number>, metrics: string[]) =>
  ({ month, status: 'final', total, grade: '', points, metrics }) as HistoryPoint

describe('a rep’s history chart', () => {
  const history = [
    point('2026-09', 8120, { sales_amount: 9000 }, ['sales_amount', 'sop_compliance']),
    point('2026-10', undefined, {}, ['sales_amount', 'sop_compliance', 'manual/团队协作']),
  ]

  it('names the metrics of the latest template first, then older ones', () => {
    expect(historyKeys(history)).toEqual(['sales_amount', 'sop_compliance', 'manual/团队协作'])
  })

  it('draws a month without data as a gap, not as 0', () => {
    const o = historyOption(history, (k) => k, 'Total') as { series: { name: string; data: (number | null)[] }[] }
    expect(o.series[0]).toMatchObject({ name: 'Total', data: [81.2, null] })
    expect(o.series[1].data).toEqual([90, null])
    expect(o.series[2].data).toEqual([null, null])
  })
})
