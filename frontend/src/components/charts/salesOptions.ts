// ECharts options built from the sales backend's figures. Pure: the words come
// in through `t` (vue-i18n's, or a stub in tests), the numbers are the
// backend's and are never recomputed here.
import type { ChartOption } from './echarts'
import { compactAmount, days, localName, percent, type Bilingual, type Lang } from './format'
import { formatMoney } from '../../lib/money'

/** vue-i18n's t; a count picks the plural form ("1 deal" / "3 deals"). */
export type Translate = (key: string, params?: Record<string, unknown>, count?: number) => string

export interface ChartWords {
  t: Translate
  lang: Lang
  currency: string
}

export interface FunnelFigure extends Bilingual {
  reached: number
  reachedAmountMinor: number
  conversionBp: number
  lost: number
  lossBp: number
  avgDays: number
  exits: number
}

export interface StageAmount extends Bilingual {
  count: number
  amountMinor: number
  weightedMinor: number
  probabilityBp: number
}

export interface ReasonFigure extends Bilingual {
  reasonId: string
  stageId: string
  count: number
  amountMinor: number
}

export interface TrendFigures {
  months: { month: string; wonMinor: number; wonCount: number; partial: boolean }[]
  forecast: { month: string; forecastMinor: number }[]
}

const K = 'sales.reports.chart.'

// The funnel in one hue, darkest at the top: its stages are steps of one flow,
// not unrelated categories, and a stage's shade says how far down it is. Each
// stage's words take white or dark navy, whichever reads better on its shade.
const FUNNEL_TOP = [26, 69, 140] // #1a458c
const FUNNEL_BOTTOM = [176, 202, 242] // #b0caf2
const INK_LIGHT = '#ffffff'
const INK_DARK = '#0f2547'

function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast between two colours given as [r, g, b]. */
export function contrast(a: number[], b: number[]): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m)
  return (x + 0.05) / (y + 0.05)
}

export function hexRgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
}

const hex = (rgb: number[]) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`

const mix = (f: number) => FUNNEL_TOP.map((v, k) => Math.round(v + (FUNNEL_BOTTOM[k] - v) * f))
const READABLE = 4.5 // WCAG AA for small text

/** The first f (0 → 1) from which ok holds, found by halving. */
function edge(ok: (f: number) => boolean, from: number, to: number): number {
  for (let i = 0; i < 20; i++) {
    const mid = (from + to) / 2
    if (ok(mid)) to = mid
    else from = mid
  }
  return to
}

// Mid shades take neither ink well: the ramp skips the band where white no
// longer reads and navy does not read yet.
const whiteEnds = edge((f) => contrast(mix(f), hexRgb(INK_LIGHT)) < READABLE, 0, 1)
const navyStarts = edge((f) => contrast(mix(f), hexRgb(INK_DARK)) >= READABLE, 0, 1)

/** n shades of the funnel's hue from the top stage down, each with the ink its label takes. */
export function funnelShades(n: number): { fill: string; ink: string }[] {
  const gap = Math.max(0, navyStarts - whiteEnds)
  return Array.from({ length: n }, (_, i) => {
    let f = (n <= 1 ? 0 : i / (n - 1)) * (1 - gap)
    if (f >= whiteEnds - 0.01) f += gap
    const rgb = mix(Math.min(1, f))
    const ink = contrast(rgb, hexRgb(INK_LIGHT)) >= contrast(rgb, hexRgb(INK_DARK)) ? INK_LIGHT : INK_DARK
    return { fill: hex(rgb), ink }
  })
}

/** The tooltip lines of one funnel stage. */
export function funnelTip(s: FunnelFigure, last: boolean, w: ChartWords): string {
  const lines = [
    `<b>${escape(localName(s, w.lang))}</b>`,
    w.t(`${K}reached`, { n: s.reached, amount: formatMoney(s.reachedAmountMinor, w.currency, w.lang) }, s.reached),
  ]
  if (!last) lines.push(w.t(`${K}conversion`, { rate: percent(s.conversionBp) }))
  if (s.lost > 0) lines.push(w.t(`${K}lost`, { n: s.lost, rate: percent(s.lossBp) }))
  if (s.exits > 0) lines.push(w.t(`${K}avgDays`, { days: days(s.avgDays) }))
  return lines.join('<br>')
}

/** Deals reached per stage, widest first, each labelled with its count. */
export function funnelOption(stages: FunnelFigure[], w: ChartWords, compact = false): ChartOption {
  const tips = stages.map((s, i) => funnelTip(s, i === stages.length - 1, w))
  const shades = funnelShades(stages.length)
  return {
    tooltip: { trigger: 'item', formatter: (p: unknown) => tips[(p as { dataIndex: number }).dataIndex] ?? '' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: compact ? '4%' : '12%',
        width: compact ? '92%' : '76%',
        top: 8,
        bottom: 8,
        minSize: '12%',
        gap: 2,
        label: { show: true, position: 'inside', formatter: '{b}  {c}', fontSize: compact ? 11 : 12 },
        data: stages.map((s, i) => ({
          name: localName(s, w.lang),
          value: s.reached,
          itemStyle: { color: shades[i].fill },
          label: { color: shades[i].ink },
        })),
      },
    ],
  }
}

/** Open deals per stage: amount and weighted amount side by side. */
export function pipelineOption(stages: StageAmount[], w: ChartWords): ChartOption {
  const money = (v: number) => formatMoney(v, w.currency, w.lang)
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: unknown) => {
        const s = stages[(p as { dataIndex: number }[])[0]?.dataIndex ?? -1]
        if (!s) return ''
        return [
          `<b>${escape(localName(s, w.lang))}</b>`,
          w.t(`${K}deals`, { n: s.count }, s.count),
          w.t(`${K}amount`, { amount: money(s.amountMinor) }),
          w.t(`${K}weighted`, { amount: money(s.weightedMinor), rate: percent(s.probabilityBp) }),
        ].join('<br>')
      },
    },
    legend: { top: 0, data: [w.t(`${K}amountSeries`), w.t(`${K}weightedSeries`)] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: stages.map((s) => localName(s, w.lang)), axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => compactAmount(v, w.currency, w.lang) } },
    series: [
      { name: w.t(`${K}amountSeries`), type: 'bar', data: stages.map((s) => s.amountMinor) },
      { name: w.t(`${K}weightedSeries`), type: 'bar', data: stages.map((s) => s.weightedMinor) },
    ],
  }
}

/**
 * Where deals were lost and why: a bar per stage that lost any, stacked by
 * reason. stageOrder gives the stages in process order (id → name).
 */
export function lostReasonsOption(reasons: ReasonFigure[], stageOrder: { id: string; name: string }[], w: ChartWords): ChartOption {
  const stages = stageOrder.filter((s) => reasons.some((r) => r.stageId === s.id))
  const reasonName = (r: ReasonFigure) => (r.reasonId === '' ? w.t(`${K}noReason`) : localName(r, w.lang))
  const names = [...new Set(reasons.map(reasonName))]
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll', data: names },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: stages.map((s) => s.name) },
    series: names.map((name) => ({
      name,
      type: 'bar',
      stack: 'lost',
      barMaxWidth: 28,
      data: stages.map((s) => reasons.filter((r) => r.stageId === s.id && reasonName(r) === name).reduce((n, r) => n + r.count, 0)),
    })),
  }
}

/**
 * Monthly wins as bars (the current month lighter, labelled "so far") and the
 * three forecast months as a dashed line, over one axis of months.
 */
export function trendOption(tr: TrendFigures, w: ChartWords): ChartOption {
  const months = [...tr.months.map((m) => m.month)]
  for (const f of tr.forecast) if (!months.includes(f.month)) months.push(f.month)
  const partial = tr.months.find((m) => m.partial)?.month ?? ''
  const won = months.map((m) => {
    const row = tr.months.find((x) => x.month === m)
    if (!row) return null
    return row.partial ? { value: row.wonMinor, itemStyle: { opacity: 0.45 } } : row.wonMinor
  })
  const ahead = months.map((m) => tr.forecast.find((f) => f.month === m)?.forecastMinor ?? null)
  const label = (m: string) => (m === partial ? `${m}\n${w.t(`${K}soFar`)}` : m)
  const money = (v: number) => formatMoney(v, w.currency, w.lang)
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? money(v) : '—'),
    },
    legend: { top: 0, data: [w.t(`${K}wonSeries`), w.t(`${K}forecastSeries`)] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months, axisLabel: { formatter: label, hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => compactAmount(v, w.currency, w.lang) } },
    series: [
      { name: w.t(`${K}wonSeries`), type: 'bar', data: won, barMaxWidth: 32 },
      {
        name: w.t(`${K}forecastSeries`),
        type: 'line',
        data: ahead,
        lineStyle: { type: 'dashed', width: 2 },
        symbol: 'circle',
        symbolSize: 7,
        connectNulls: false,
        markArea: partial
          ? { silent: true, itemStyle: { opacity: 0.08 }, data: [[{ xAxis: partial }, { xAxis: months[months.length - 1] }]] }
          : undefined,
      },
    ],
  }
}

/** Names come from people: keep them text inside the HTML tooltip. */
export function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
