import { afterEach, describe, expect, it } from 'vitest'
import { i18n, setI18nLanguage } from '../../i18n'
import { previousMonth } from '../../stores/appraisal'
import type { Metric, Result } from '../../api/appraisal'
import { countsText, pointsText, rescaled, ruleText, valueText, weightText, type Translate } from './format'

const t = i18n.global.t as unknown as Translate

const metric = (m: Partial<Metric>): Metric =>
  ({ id: 'm', code: 'sales_amount', name: '', weight: 40, rule: 'linear', capBp: 12000, targetBp: 0, steps: [], rubric: [], ...m }) as Metric

describe('appraisal numbers', () => {
  afterEach(() => setI18nLanguage('zh-CN'))

  it('reads points as hundredths and the last full month across a year', () => {
    expect(pointsText(9354)).toBe('93.54')
    expect(pointsText(8000)).toBe('80')
    expect(pointsText(6430)).toBe('64.3')
    expect(pointsText(0)).toBe('0')
    expect(previousMonth('2026-01')).toBe('2025-12')
    expect(previousMonth('2026-11')).toBe('2026-10')
  })

  it('shows each unit as a person reads it, and nothing as a dash, never 0', () => {
    expect(valueText('money', 11_500_000, 'CNY', 'zh-CN')).toBe('¥115,000.00')
    expect(valueText('rate', 2500, 'CNY', 'en')).toBe('25%')
    expect(valueText('count', 2, 'CNY', 'en')).toBe('2')
    expect(valueText('level', 4, 'CNY', 'en')).toBe('4 / 5')
    expect(valueText('count', undefined, 'CNY', 'en')).toBe('—')
    expect(valueText('money', 0, 'CNY', 'en')).toBe('¥0.00')
  })

  it('says each scoring rule in words', () => {
    setI18nLanguage('en')
    expect(ruleText(metric({}), t)).toBe('points = completion, at most 120')
    expect(ruleText(metric({ code: 'sop_compliance', capBp: 10000, targetBp: 9000 }), t)).toBe(
      'target 90%; points = completion, at most 100',
    )
    const steps = metric({
      code: 'quote_win_rate',
      rule: 'steps',
      targetBp: 3000,
      steps: [
        { minBp: 5000, points: 6000 },
        { minBp: 8000, points: 8000 },
      ],
    })
    expect(ruleText(steps, t)).toBe('target 30%; ≥ 50% → 60 points; ≥ 80% → 80 points; below 50% → 0 points')
    expect(ruleText(metric({ code: 'manual', rule: 'rubric' }), t)).toContain('level 1–5')
  })

  it('gives the counts behind a rate, in both forms', () => {
    setI18nLanguage('en')
    const r = (code: string, counts: Record<string, number>) => ({ code, counts }) as Pick<Result, 'code' | 'counts'>
    expect(countsText(r('sop_compliance', { due: 10, onTime: 8, late: 1, missed: 1 }), t)).toBe('8 of 10 on time, 1 late, 1 missed')
    expect(countsText(r('sales_amount', { won: 1 }), t)).toBe('1 deal won')
    expect(countsText(r('sales_amount', { won: 3 }), t)).toBe('3 deals won')
    expect(countsText(r('quote_win_rate', { accepted: 1, closed: 4 }), t)).toBe('1 of 4 closed quotes accepted')
    expect(countsText(r('quote_win_rate', { accepted: 0, closed: 0 }), t)).toBe('no quote was closed this month')
    expect(countsText(r('training_completion', { due: 1, completed: 0 }), t)).toBe('0 of 1 required course completed')
    expect(countsText(r('revisit_timeliness', { due: 0, onTime: 0, late: 0, missed: 0 }), t)).toBe('nothing fell due this month')
    setI18nLanguage('zh-CN')
    expect(countsText(r('sop_compliance', { due: 10, onTime: 8, late: 1, missed: 1 }), t)).toBe('应完成 10 项：按时 8，逾期完成 1，未完成 1')
  })

  it('shows the weight rescaled, or left out when the metric has no data', () => {
    setI18nLanguage('en')
    expect(weightText({ weight: 40, weightBp: 5000, points: 11500 }, t)).toBe('40 → 50%')
    expect(weightText({ weight: 10, weightBp: 0, points: undefined }, t)).toBe('10 → left out')
    expect(rescaled([{ points: 1 }, { points: undefined }])).toBe(true)
    expect(rescaled([{ points: 0 }])).toBe(false)
  })
})
