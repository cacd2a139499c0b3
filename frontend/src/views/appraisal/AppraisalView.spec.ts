import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h, nextTick } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { i18n, setI18nLanguage } from '../../i18n'
import * as api from '../../api/appraisal'
import type { User } from '../../api/session'
import { useSessionStore } from '../../stores/session'
import AppraisalView from './AppraisalView.vue'

vi.mock('../../api/appraisal', async (original) => ({
  ...(await original<typeof api>()),
  currentMonth: vi.fn(),
  appraisals: vi.fn(),
  templates: vi.fn(),
  targets: vi.fn(),
}))

const byTestid = (id: string) => document.body.querySelector(`[data-testid="${id}"]`)

async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await nextTick()
    await new Promise((r) => setTimeout(r, 0))
  }
}

async function show(role: string, path: string): Promise<VueWrapper> {
  useSessionStore().user = { id: 'u1', name: '周明远', role } as User
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/appraisal/:tab(list|targets|templates|mine)?', component: AppraisalView }],
  })
  await router.push(path)
  const wrapper = mount(() => h(NMessageProvider, null, () => h(NDialogProvider, null, () => h(AppraisalView))), {
    global: { plugins: [i18n, router] },
    attachTo: document.body,
  })
  await settle()
  return wrapper
}

describe('AppraisalView', () => {
  let wrapper: VueWrapper | undefined
  beforeEach(() => {
    setActivePinia(createPinia())
    setI18nLanguage('zh-CN')
    vi.mocked(api.currentMonth).mockResolvedValue('2026-11')
    vi.mocked(api.appraisals).mockResolvedValue([])
    vi.mocked(api.templates).mockResolvedValue([])
    vi.mocked(api.targets).mockResolvedValue([])
  })
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
  })

  it('offers the owner the standard template when there is none, and the month before this one', async () => {
    wrapper = await show('owner', '/appraisal/templates')
    expect(byTestid('appraisal-template-from-standard')).not.toBeNull()
    expect(byTestid('appraisal-template-add')).not.toBeNull()
    expect(byTestid('appraisal-tab-mine')).toBeNull()
  })

  it('shows a rep only their own appraisal', async () => {
    wrapper = await show('rep', '/appraisal/list')
    expect(byTestid('appraisal-tab-list')).toBeNull()
    expect(byTestid('appraisal-tab-mine')).not.toBeNull()
    expect(byTestid('appraisal-mine-empty')?.textContent).toContain('2026-10')
  })
})
