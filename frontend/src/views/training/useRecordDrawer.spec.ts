import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { i18n, setI18nLanguage } from '../../i18n'
import { AppError } from '../../api/errors'
import { useRecordDrawer, type DrawerEmit, type RecordDrawer } from './useRecordDrawer'

interface Plan {
  id: string
  version: number
  name: string
}
type Form = { name: string }
type Api = ReturnType<typeof useRecordDrawer<Plan, Form>>

const plan: Plan = { id: 'p1', version: 3, name: '新人入职培训' }

function options(record: Plan | null, extra: Pick<RecordDrawer<Plan, Form>, 'reread' | 'keepNew'> = {}) {
  const emit = vi.fn() as unknown as DrawerEmit<Plan> & ReturnType<typeof vi.fn>
  return {
    noun: 'plan' as const,
    show: ref(true),
    emit,
    record: () => record,
    api: {
      create: vi.fn((f: Form) => Promise.resolve({ ...plan, id: 'new', name: f.name })),
      update: vi.fn((f: Form) => Promise.resolve({ ...plan, version: 4, name: f.name })),
      delete: vi.fn(() => Promise.resolve()),
    },
    deleteParams: (p: Plan) => ({ name: p.name }),
    ...extra,
  }
}

/** Mounts the composable inside the providers it needs and hands it back. */
function setup(o: RecordDrawer<Plan, Form>): { api: Api; wrapper: VueWrapper } {
  let api: Api | undefined
  const Probe = defineComponent({
    setup() {
      api = useRecordDrawer(o)
      return () => null
    },
  })
  const wrapper = mount(() => h(NMessageProvider, null, () => h(NDialogProvider, null, () => h(Probe))), {
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
  return { api: api!, wrapper }
}

const byTestid = (id: string) => document.body.querySelector(`[data-testid="${id}"]`) as HTMLElement | null
const t = (key: string, params: Record<string, string> = {}) => i18n.global.t(key, params)

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await nextTick()
    await new Promise((r) => setTimeout(r, 0))
  }
}

describe('useRecordDrawer', () => {
  let wrapper: VueWrapper | undefined
  beforeEach(() => {
    setActivePinia(createPinia())
    setI18nLanguage('en')
  })
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
    setI18nLanguage('zh-CN')
  })

  it('creates a new record, says so, hands it to the list and closes', async () => {
    const o = options(null)
    const s = setup(o)
    wrapper = s.wrapper
    expect(s.api.isNew.value).toBe(true)
    s.api.save({ check: () => {}, input: () => ({ name: 'A' }) })
    await settle()
    expect(o.api.create).toHaveBeenCalledWith({ name: 'A' })
    expect(o.api.update).not.toHaveBeenCalled()
    expect(o.emit).toHaveBeenCalledWith('saved', expect.objectContaining({ id: 'new' }))
    expect(o.show.value).toBe(false)
    expect(document.body.textContent).toContain(t('training.plan.created'))
  })

  it('updates an existing record and says it was updated', async () => {
    const o = options(plan)
    const s = setup(o)
    wrapper = s.wrapper
    s.api.save({ check: () => {}, input: () => ({ name: 'B' }) })
    await settle()
    expect(o.api.update).toHaveBeenCalledWith({ name: 'B' })
    expect(o.show.value).toBe(false)
    expect(document.body.textContent).toContain(t('training.plan.updated'))
  })

  it('keeps a new record open when the drawer takes it', async () => {
    const keepNew = vi.fn()
    const o = options(null, { keepNew })
    const s = setup(o)
    wrapper = s.wrapper
    s.api.save({ check: () => {}, input: () => ({ name: 'A' }) })
    await settle()
    expect(keepNew).toHaveBeenCalledWith(expect.objectContaining({ id: 'new' }))
    expect(o.emit).toHaveBeenCalledWith('saved', expect.objectContaining({ id: 'new' }))
    expect(o.show.value).toBe(true)
  })

  it('stops at a local check without calling', async () => {
    const o = options(null)
    const s = setup(o)
    wrapper = s.wrapper
    const invalid = vi.fn()
    s.api.save({ check: () => s.api.fe.add('name', 'validation.required'), input: () => ({ name: '' }), invalid })
    await settle()
    expect(o.api.create).not.toHaveBeenCalled()
    expect(invalid).toHaveBeenCalledOnce()
    expect(s.api.fe.has('name')).toBe(true)
  })

  it('after a conflict, reload closes the drawer and has the list reload', async () => {
    const o = options(plan)
    o.api.update.mockRejectedValueOnce(new AppError('conflict', 'errors.conflict'))
    const s = setup(o)
    wrapper = s.wrapper
    s.api.save({ check: () => {}, input: () => ({ name: 'B' }) })
    await settle()
    byTestid('training-conflict-reload')!.click()
    expect(o.show.value).toBe(false)
    expect(o.emit).toHaveBeenCalledWith('reload')
  })

  it('after a conflict, a drawer that reads its record again stays open', async () => {
    const reread = vi.fn()
    const o = options(plan, { reread })
    o.api.update.mockRejectedValueOnce(new AppError('conflict', 'errors.conflict'))
    const s = setup(o)
    wrapper = s.wrapper
    s.api.save({ check: () => {}, input: () => ({ name: 'B' }) })
    await settle()
    byTestid('training-conflict-reload')!.click()
    expect(reread).toHaveBeenCalledOnce()
    expect(o.show.value).toBe(true)
    expect(o.emit).not.toHaveBeenCalledWith('reload')
  })

  it('asks before removing, names the record, then removes its version and closes', async () => {
    const o = options(plan)
    const s = setup(o)
    wrapper = s.wrapper
    s.api.remove()
    await settle()
    expect(byTestid('training-confirm')?.textContent).toBe(t('training.plan.deleteBody', { name: plan.name }))
    expect(o.api.delete).not.toHaveBeenCalled()
    byTestid('training-confirm-ok')!.click()
    await settle()
    expect(o.api.delete).toHaveBeenCalledWith('p1', 3)
    expect(o.emit).toHaveBeenCalledWith('deleted', 'p1')
    expect(o.show.value).toBe(false)
    expect(document.body.textContent).toContain(t('training.plan.deleted'))
  })
})
