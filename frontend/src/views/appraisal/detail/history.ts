// A rep's last months as a chart: the total as a bold line, each metric's
// points as a thin one; a month without data is a gap, never a 0.
import type { ChartOption } from '../../../components/charts/echarts'
import type { HistoryPoint } from '../../../api/appraisal'
import { pointsText } from '../format'

/** The series names of a history: the metric keys of the latest month, in its template's order. */
export function historyKeys(points: HistoryPoint[]): string[] {
  const seen: string[] = []
  for (const p of [...points].reverse()) for (const k of p.metrics ?? []) if (!seen.includes(k)) seen.push(k)
  return seen
}

/** Hundredths as points for the chart; null (a gap) where there is no data. */
const value = (v: number | undefined | null): number | null => (v === undefined || v === null ? null : v / 100)

export function historyOption(points: HistoryPoint[], label: (key: string) => string, totalLabel: string): ChartOption {
  const months = points.map((p) => p.month)
  const keys = historyKeys(points)
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? pointsText(Math.round(v * 100)) : '—'),
    },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', min: 0 },
    series: [
      { name: totalLabel, type: 'line', data: points.map((p) => value(p.total)), lineStyle: { width: 3 }, symbolSize: 8, connectNulls: false },
      ...keys.map((k) => ({
        name: label(k),
        type: 'line' as const,
        data: points.map((p) => value(p.points?.[k])),
        lineStyle: { width: 1 },
        symbolSize: 4,
        connectNulls: false,
      })),
    ],
  }
}
