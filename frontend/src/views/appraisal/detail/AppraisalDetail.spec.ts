import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h, nextTick } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { i18n, setI18nLanguage } from '../../../i18n'
import * as api from '../../../api/appraisal'
import type { Appraisal } from '../../../api/appraisal'
import type { User } from '../../../api/session'
import { useSessionStore } from '../../../stores/session'
import AppraisalDetail from './AppraisalDetail.vue'

vi.mock('../../../api/appraisal', async (original) => ({ ...(await original<typeof api>()), one: vi.fn(), history: vi.fn() }))

const metric = { id: '', name: '', rule: 'linear', capBp: 10000, targetBp: 0, steps: [], rubric: [], counts: {} }
// The hand-computed month of backend/appraisal/compute_test.go, as the backend sends it.
const fixture = {
  id: 'a1', userId: 'r1', userName: '李强', login: 'li', level: 'junior', managerId: 'm1', month: '2026-10',
  templateId: 't1', templateName: '销售代表', status: 'review', total: 9354, grade: 'A', computedAt: '2026-11-01T02:00:00Z',
  manualScores: {}, selfAssessment: '', managerComment: '', reviewerName: '', finalisedBy: '', version: 3, drift: [],
  proration: null,
  results: [
    { ...metric, code: 'sales_amount', weight: 40, capBp: 12000, unit: 'money', target: 10_000_000, actual: 11_500_000,
      completionBp: 11500, points: 11500, weightBp: 5000, noData: '', counts: { won: 3 } },
    { ...metric, code: 'sop_compliance', weight: 15, targetBp: 9000, unit: 'rate', target: 9000, actual: 8000,
      completionBp: 8889, points: 8889, weightBp: 1875, noData: '', counts: { due: 10, onTime: 8, late: 1, missed: 1 } },
    { ...metric, code: 'revisit_timeliness', weight: 10, targetBp: 9000, unit: 'rate', weightBp: 0, noData: 'nothingDue',
      counts: { due: 0, onTime: 0, late: 0, missed: 0 } },
    { ...metric, code: 'manual', name: '团队协作', weight: 5, rule: 'rubric', unit: 'level', weightBp: 0, noData: 'notScored',
      rubric: ['不配合', '偶尔配合', '能配合', '主动配合', '带动团队'] },
  ],
} as unknown as Appraisal

const all = (id: string) => [...document.body.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.textContent?.trim())

async function show(role: string, userId: string): Promise<VueWrapper> {
  useSessionStore().user = { id: userId, name: 'x', role } as User
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { render: () => null } }] })
  const wrapper = mount(() => h(NMessageProvider, null, () => h(NDialogProvider, null, () => h(AppraisalDetail, { id: 'a1' }))), {
    global: { plugins: [i18n, router] },
    attachTo: document.body,
  })
  for (let i = 0; i < 4; i++) {
    await nextTick()
    await new Promise((r) => setTimeout(r, 0))
  }
  return wrapper
}

describe('AppraisalDetail', () => {
  let wrapper: VueWrapper | undefined
  beforeEach(() => {
    setActivePinia(createPinia())
    setI18nLanguage('en')
    vi.mocked(api.one).mockResolvedValue(fixture)
    vi.mocked(api.history).mockResolvedValue([])
  })
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
  })

  it('shows the manager the numbers, the rescaled weights, why a metric has no data, and the steps they may take', async () => {
    wrapper = await show('manager', 'm1')
    expect(all('appraisal-detail-total')).toEqual(['93.54'])
    expect(all('appraisal-metric-weight')).toEqual(['40 → 50%', '15 → 18.75%', '10 → left out', '5 → left out'])
    expect(all('appraisal-metric-counts')).toContain('8 of 10 on time, 1 late, 1 missed')
    expect(all('appraisal-metric-nodata-reason')).toEqual([
      'Nothing to measure this month (nothing fell due or was closed)',
      'Not scored by the manager yet',
    ])
    expect(all('appraisal-finalise')).toHaveLength(1)
    expect(all('appraisal-save-review')).toHaveLength(1)
    expect(all('appraisal-self')).toHaveLength(0)
    expect(document.body.textContent).toContain('带动团队')
  })

  it('lets the rep write their self-assessment and nothing else', async () => {
    wrapper = await show('rep', 'r1')
    expect(document.body.querySelector('[data-testid="appraisal-self"]')).not.toBeNull()
    expect(all('appraisal-finalise')).toHaveLength(0)
    expect(all('appraisal-save-review')).toHaveLength(0)
    expect(all('appraisal-send')).toHaveLength(0)
  })
})
