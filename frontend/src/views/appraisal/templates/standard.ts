// The standard template a new company starts from: the owner sees it filled
// in the editor and still saves it (nothing is written until then).
import type { MetricForm, Template, TemplateForm } from '../../../api/appraisal'
import type { Translate } from '../format'

/** A metric row as the editor holds it, from a stored metric. */
export function metricForm(m: Partial<MetricForm> & { code: string }): MetricForm {
  return {
    code: m.code,
    name: m.name ?? '',
    weight: m.weight ?? 0,
    rule: m.code === 'manual' ? 'rubric' : m.rule || 'linear',
    capBp: m.capBp || 10000,
    targetBp: m.targetBp ?? 0,
    steps: (m.steps ?? []).map((s) => ({ minBp: s.minBp, points: s.points })),
    rubric: m.code === 'manual' ? [...(m.rubric ?? []), '', '', '', '', ''].slice(0, 5) : [],
  }
}

/** A stored template as the editor's form. */
export function templateForm(tpl: Template | null): TemplateForm {
  return {
    id: tpl?.id ?? '',
    name: tpl?.name ?? '',
    role: tpl?.role || 'rep',
    level: tpl?.level ?? '',
    gradeA: tpl?.gradeA ?? 9000,
    gradeB: tpl?.gradeB ?? 7500,
    gradeC: tpl?.gradeC ?? 6000,
    metrics: (tpl?.metrics ?? []).map(metricForm),
    version: tpl?.version ?? 0,
  }
}

/**
 * Sales amount 40 (linear, capped at 120 %), new customers 15, quote win
 * rate 10 at 30 % (steps), SOP compliance 15 at 90 %, revisit timeliness 10
 * at 90 %, training completion 5 at 100 %, and teamwork 5 on a rubric; the
 * words in the language the owner reads.
 */
export function standardTemplate(t: Translate): TemplateForm {
  const f = templateForm(null)
  f.name = t('appraisal.standard.name')
  f.metrics = [
    metricForm({ code: 'sales_amount', weight: 40, capBp: 12000 }),
    metricForm({ code: 'new_buyers', weight: 15, capBp: 10000 }),
    metricForm({
      code: 'quote_win_rate',
      weight: 10,
      rule: 'steps',
      targetBp: 3000,
      steps: [
        { minBp: 5000, points: 6000 },
        { minBp: 8000, points: 8000 },
        { minBp: 10000, points: 10000 },
      ],
    }),
    metricForm({ code: 'sop_compliance', weight: 15, targetBp: 9000 }),
    metricForm({ code: 'revisit_timeliness', weight: 10, targetBp: 9000 }),
    metricForm({ code: 'training_completion', weight: 5, targetBp: 10000 }),
    metricForm({
      code: 'manual',
      weight: 5,
      name: t('appraisal.standard.teamwork'),
      rubric: [1, 2, 3, 4, 5].map((n) => t(`appraisal.standard.teamwork${n}`)),
    }),
  ]
  return f
}

/** The sum of the weights, which must be 100. */
export const weightSum = (metrics: Pick<MetricForm, 'weight'>[]): number =>
  metrics.reduce((s, m) => s + (Number.isFinite(m.weight) ? m.weight : 0), 0)
