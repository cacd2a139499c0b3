import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h, nextTick } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { i18n, setI18nLanguage } from '../../i18n'
import * as trainingApi from '../../api/training'
import type { Plan } from '../../api/training'
import type { User } from '../../api/session'
import { useSessionStore } from '../../stores/session'
import PlansPane from './PlansPane.vue'

vi.mock('../../api/training', async (original) => ({ ...(await original<typeof trainingApi>()), plans: vi.fn() }))

const plan = {
  id: 'p1',
  name: '新人入职培训',
  level: 'new_hire',
  autoAssign: true,
  description: '',
  items: [{ courseId: 'c1', courseTitle: '产品基础知识', courseKind: 'product', minutes: 120, dueDays: 7 }],
  version: 1,
} as unknown as Plan

const byTestid = (id: string) => document.body.querySelector(`[data-testid="${id}"]`)

async function show(role: string): Promise<VueWrapper> {
  useSessionStore().user = { id: 'u1', name: '林小雨', role } as User
  const wrapper = mount(() => h(NMessageProvider, null, () => h(NDialogProvider, null, () => h(PlansPane))), {
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
  for (let i = 0; i < 3; i++) {
    await nextTick()
    await new Promise((r) => setTimeout(r, 0))
  }
  return wrapper
}

describe('PlansPane', () => {
  let wrapper: VueWrapper | undefined
  beforeEach(() => {
    setActivePinia(createPinia())
    setI18nLanguage('en')
    vi.mocked(trainingApi.plans).mockResolvedValue([plan])
  })
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
  })

  it('lets a manager add, edit and assign plans', async () => {
    wrapper = await show('manager')
    expect(byTestid('training-plan-card')).not.toBeNull()
    expect(byTestid('training-plan-add')).not.toBeNull()
    expect(byTestid('training-plan-edit')).not.toBeNull()
    expect(byTestid('training-plan-assign')).not.toBeNull()
  })

  it('shows a rep the plans with nothing to change', async () => {
    wrapper = await show('rep')
    expect(byTestid('training-plan-card')).not.toBeNull()
    expect(byTestid('training-plan-add')).toBeNull()
    expect(byTestid('training-plan-edit')).toBeNull()
    expect(byTestid('training-plan-assign')).toBeNull()
  })
})
