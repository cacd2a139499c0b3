import { describe, expect, it } from 'vitest'
import { contrast, escape, funnelOption, funnelShades, funnelTip, hexRgb, lostReasonsOption, pipelineOption, trendOption, type ChartWords, type FunnelFigure } from './salesOptions'

// A stand-in for vue-i18n's t: the key and its parameters, so the tests see what would be translated.
const w: ChartWords = { t: (k, p) => (p ? `${k.split('.').pop()}${JSON.stringify(p)}` : k.split('.').pop()!), lang: 'zh-CN', currency: 'CNY' }
const en: ChartWords = { ...w, lang: 'en' }

const stage = (nameZh: string, nameEn: string, extra: Partial<FunnelFigure> = {}): FunnelFigure => ({
  nameZh, nameEn, reached: 0, reachedAmountMinor: 0, conversionBp: 0, lost: 0, lossBp: 0, avgDays: 0, exits: 0, ...extra,
})

type Series = { type: string; data: unknown[]; markArea?: { data: unknown[] } }
const series = (o: unknown): Series[] => (o as { series: Series[] }).series

describe('funnelOption', () => {
  const stages = [
    stage('初步接触', 'First contact', { reached: 10, reachedAmountMinor: 1_000_000, conversionBp: 6000, lost: 2, lossBp: 2000, avgDays: 3.25, exits: 8 }),
    stage('报价', 'Quotation', { reached: 6 }),
    stage('赢单', '', { reached: 3 }),
  ]
  it('plots the reached counts in stage order, named in the UI language', () => {
    const s = series(funnelOption(stages, en))[0]
    expect(s.type).toBe('funnel')
    expect((s.data as { name: string; value: number }[]).map(({ name, value }) => ({ name, value }))).toEqual([
      { name: 'First contact', value: 10 },
      { name: 'Quotation', value: 6 },
      { name: '赢单', value: 3 },
    ])
  })
  it('paints the stages in one hue, darker to lighter downwards, each label readable on its shade', () => {
    const data = series(funnelOption(stages, en))[0].data as { itemStyle: { color: string }; label: { color: string } }[]
    expect(data.map((d) => d.itemStyle.color)).toEqual(funnelShades(3).map((x) => x.fill))
    for (const n of [1, 2, 5, 9]) {
      const shades = funnelShades(n)
      const hsl = shades.map((x) => hue(hexRgb(x.fill)))
      for (const [h, l] of hsl) {
        expect(Math.abs(h - hsl[0][0]), 'one hue').toBeLessThan(6)
        expect(l).toBeGreaterThan(0)
      }
      for (let i = 1; i < n; i++) expect(hsl[i][1], 'lighter downwards').toBeGreaterThan(hsl[i - 1][1])
      for (const x of shades) expect(contrast(hexRgb(x.fill), hexRgb(x.ink)), `${x.fill} / ${x.ink}`).toBeGreaterThanOrEqual(4.5)
    }
  })
  it('tells conversion, losses and days in the tooltip, and no conversion after the last stage', () => {
    const tip = funnelTip(stages[0], false, w)
    expect(tip).toContain('<b>初步接触</b>')
    expect(tip).toContain('reached{"n":10,"amount":"¥10,000.00"}')
    expect(tip).toContain('conversion{"rate":"60%"}')
    expect(tip).toContain('lost{"n":2,"rate":"20%"}')
    expect(tip).toContain('avgDays{"days":"3.3"}')
    expect(funnelTip(stages[2], true, w)).not.toContain('conversion')
  })
})

describe('pipelineOption', () => {
  it('has the amount and the weighted amount per stage, in minor units', () => {
    const o = pipelineOption(
      [{ nameZh: '报价', nameEn: 'Quotation', count: 2, amountMinor: 500_000, weightedMinor: 250_000, probabilityBp: 5000 }],
      w,
    )
    expect(series(o).map((s) => s.data)).toEqual([[500_000], [250_000]])
    const fmt = (o as { yAxis: { axisLabel: { formatter: (v: number) => string } } }).yAxis.axisLabel.formatter
    expect(fmt(12_000_000)).toBe('¥12万')
  })
})

describe('lostReasonsOption', () => {
  it('stacks reasons per stage that lost deals, in process order, with "not given" for none', () => {
    const o = lostReasonsOption(
      [
        { reasonId: 'r1', nameZh: '价格太高', nameEn: 'Price too high', stageId: 'quote', count: 3, amountMinor: 0 },
        { reasonId: 'r1', nameZh: '价格太高', nameEn: 'Price too high', stageId: 'lead', count: 1, amountMinor: 0 },
        { reasonId: '', nameZh: '', nameEn: '', stageId: 'quote', count: 2, amountMinor: 0 },
      ],
      [{ id: 'lead', name: '潜在客户' }, { id: 'contact', name: '初步接触' }, { id: 'quote', name: '报价' }],
      w,
    )
    expect((o as { yAxis: { data: string[] } }).yAxis.data).toEqual(['潜在客户', '报价'])
    expect(series(o).map((s) => [(s as unknown as { name: string }).name, s.data])).toEqual([
      ['价格太高', [1, 3]],
      ['noReason', [0, 2]],
    ])
  })
})

describe('trendOption', () => {
  const o = trendOption(
    {
      months: [
        { month: '2025-06', wonMinor: 100, wonCount: 1, partial: false },
        { month: '2025-07', wonMinor: 300, wonCount: 2, partial: false },
        { month: '2025-08', wonMinor: 50, wonCount: 1, partial: true },
      ],
      forecast: [
        { month: '2025-08', forecastMinor: 400 },
        { month: '2025-09', forecastMinor: 500 },
        { month: '2025-10', forecastMinor: 600 },
      ],
    },
    w,
  )
  it('puts history and forecast on one axis of months', () => {
    expect((o as { xAxis: { data: string[] } }).xAxis.data).toEqual(['2025-06', '2025-07', '2025-08', '2025-09', '2025-10'])
    const [won, ahead] = series(o)
    expect(won.data).toEqual([100, 300, { value: 50, itemStyle: { opacity: 0.45 } }, null, null])
    expect(ahead.data).toEqual([null, null, 400, 500, 600])
  })
  it('marks the current month as partial and shades the forecast months', () => {
    const fmt = (o as { xAxis: { axisLabel: { formatter: (m: string) => string } } }).xAxis.axisLabel.formatter
    expect(fmt('2025-08')).toBe('2025-08\nsoFar')
    expect(fmt('2025-07')).toBe('2025-07')
    expect(series(o)[1].markArea?.data).toEqual([[{ xAxis: '2025-08' }, { xAxis: '2025-10' }]])
  })
})

it('escape keeps names as text', () => {
  expect(escape('<A&B>')).toBe('&#60;A&#38;B&#62;')
})

/** [hue in degrees, lightness 0–1] of an [r, g, b] colour. */
function hue([r, g, b]: number[]): [number, number] {
  const [x, y, z] = [r / 255, g / 255, b / 255]
  const max = Math.max(x, y, z)
  const min = Math.min(x, y, z)
  const d = max - min
  let h = 0
  if (d > 0) h = max === x ? ((y - z) / d) % 6 : max === y ? (z - x) / d + 2 : (x - y) / d + 4
  return [(h * 60 + 360) % 360, (max + min) / 2]
}
