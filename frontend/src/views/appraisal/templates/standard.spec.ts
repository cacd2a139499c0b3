import { afterEach, describe, expect, it } from 'vitest'
import { i18n, setI18nLanguage } from '../../../i18n'
import type { Translate } from '../format'
import { standardTemplate, templateForm, weightSum } from './standard'

const t = i18n.global.t as unknown as Translate

describe('the standard template', () => {
  afterEach(() => setI18nLanguage('zh-CN'))

  it('weighs the seven metrics to 100 with the agreed rules', () => {
    const f = standardTemplate(t)
    expect(weightSum(f.metrics)).toBe(100)
    expect(f.metrics.map((m) => [m.code, m.weight, m.targetBp])).toEqual([
      ['sales_amount', 40, 0],
      ['new_buyers', 15, 0],
      ['quote_win_rate', 10, 3000],
      ['sop_compliance', 15, 9000],
      ['revisit_timeliness', 10, 9000],
      ['training_completion', 5, 10000],
      ['manual', 5, 0],
    ])
    expect(f.metrics[0].capBp).toBe(12000)
    expect(f.metrics[2].rule).toBe('steps')
    expect(f.metrics[6]).toMatchObject({ name: '团队协作', rule: 'rubric' })
    expect(f.metrics[6].rubric).toHaveLength(5)
    expect(f.metrics[6].rubric.every((w) => w.trim() !== '')).toBe(true)
    expect(f.id).toBe('')
  })

  it('speaks the language the owner reads', () => {
    setI18nLanguage('en')
    expect(standardTemplate(t).metrics[6].name).toBe('Teamwork')
  })

  it('gives a stored manual metric five level boxes and a new template sensible grades', () => {
    const f = templateForm({
      id: 't', name: 'x', role: 'rep', level: '', gradeA: 9000, gradeB: 7500, gradeC: 6000, version: 3,
      metrics: [{ id: 'm', code: 'manual', name: '态度', weight: 100, rule: 'rubric', capBp: 10000, targetBp: 0, steps: [], rubric: ['a', 'b'] }],
    } as never)
    expect(f.metrics[0].rubric).toEqual(['a', 'b', '', '', ''])
    expect(templateForm(null)).toMatchObject({ role: 'rep', level: '', gradeA: 9000, gradeB: 7500, gradeC: 6000 })
  })
})
