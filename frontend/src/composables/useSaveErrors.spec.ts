import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { i18n, setI18nLanguage } from '../i18n'
import { AppError } from '../api/errors'
import { useSaveErrors, type ReloadWords, type SaveErrorWords } from './useSaveErrors'

type Api = ReturnType<typeof useSaveErrors>

const words: SaveErrorWords = {
  testid: 'thing',
  conflictTitle: 'customers.conflict.title',
  conflictBody: 'customers.conflict.body',
  withCode: true,
}

/** Mounts the composable inside the providers it needs and hands it back. */
function setup(w: SaveErrorWords | ReloadWords = words): { api: Api; wrapper: VueWrapper } {
  let api: Api | undefined
  const Probe = defineComponent({
    setup() {
      api = useSaveErrors(w)
      return () => null
    },
  })
  const wrapper = mount(
    () => h(NMessageProvider, null, () => h(NDialogProvider, null, () => h(Probe))),
    { global: { plugins: [i18n] }, attachTo: document.body },
  )
  return { api: api!, wrapper }
}

const byTestid = (id: string) => document.body.querySelector(`[data-testid="${id}"]`) as HTMLElement | null

async function settle(): Promise<void> {
  await nextTick()
  await new Promise((r) => setTimeout(r, 0))
  await nextTick()
}

describe('useSaveErrors', () => {
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

  it('puts field errors under their fields and says so', async () => {
    const s = setup()
    wrapper = s.wrapper
    const setFields = vi.fn()
    const fields = { name: { code: 'validation.required', params: {} } }
    s.api.handle(new AppError('validation', 'errors.validation', fields), setFields, vi.fn())
    expect(setFields).toHaveBeenCalledWith(fields)
    await settle()
    expect(document.body.textContent).toContain(i18n.global.t('errors.validation'))
  })

  it('offers a reload on a conflict, with the backend message first when asked to', async () => {
    const s = setup()
    wrapper = s.wrapper
    const reload = vi.fn()
    s.api.handle(new AppError('conflict', 'errors.conflict.customer'), vi.fn(), reload)
    await settle()
    const body = byTestid('thing-conflict')
    expect(body?.textContent).toBe(`${i18n.global.t('errors.conflict.customer')} ${i18n.global.t('customers.conflict.body')}`)
    byTestid('thing-conflict-reload')!.click()
    expect(reload).toHaveBeenCalledOnce()
  })

  it('says only the body when the area words it whole', async () => {
    const s = setup({ testid: 'co', conflictTitle: 'company.conflictTitle', conflictBody: 'company.conflictBody', withCode: false })
    wrapper = s.wrapper
    s.api.conflict('errors.conflict.customer', vi.fn())
    await settle()
    expect(byTestid('co-conflict')?.textContent).toBe(i18n.global.t('company.conflictBody'))
  })

  it('reports anything else and leaves the fields alone', async () => {
    const s = setup()
    wrapper = s.wrapper
    const setFields = vi.fn()
    s.api.handle(new AppError('internal', 'errors.internal'), setFields, vi.fn())
    await settle()
    expect(setFields).not.toHaveBeenCalled()
    expect(byTestid('thing-conflict')).toBeNull()
    expect(document.body.textContent).toContain(i18n.global.t('errors.internal'))
  })

  it('asks before a removal and runs it only on yes', async () => {
    const s = setup()
    wrapper = s.wrapper
    const onOk = vi.fn()
    s.api.confirm('Remove?', 'It goes for good.', 'Remove', onOk)
    await settle()
    expect(byTestid('thing-confirm')?.textContent).toBe('It goes for good.')
    expect(onOk).not.toHaveBeenCalled()
    byTestid('thing-confirm-ok')!.click()
    await settle()
    expect(onOk).toHaveBeenCalledOnce()
  })

  it('says the first field\'s reason when the step has no field to mark', async () => {
    const s = setup()
    wrapper = s.wrapper
    const fields = { name: { code: 'validation.required', params: {} } }
    s.api.handle(new AppError('validation', 'errors.validation', fields), null, vi.fn())
    await settle()
    expect(document.body.textContent).toContain(i18n.global.t('validation.required'))
    expect(document.body.textContent).not.toContain(i18n.global.t('errors.validation'))
  })

  it('with no dialog words, says the conflict and reloads without asking', async () => {
    const s = setup({ testid: 'step' })
    wrapper = s.wrapper
    const reload = vi.fn()
    s.api.handle(new AppError('conflict', 'errors.conflict.customer'), null, reload)
    await settle()
    expect(reload).toHaveBeenCalledOnce()
    expect(byTestid('step-conflict')).toBeNull()
    // It says what happened and that the screen already shows the newer version, not "reload".
    const said = i18n.global.t('errors.conflictReloaded', { what: i18n.global.t('errors.conflict.customer') })
    expect(document.body.textContent).toContain(said)
    expect(document.body.textContent).not.toContain(i18n.global.t('errors.conflictHint', { what: '' }))
  })

  it('a conflict reported elsewhere says what happened and to reload', async () => {
    const s = setup({ testid: 'step' })
    wrapper = s.wrapper
    s.api.report(new AppError('conflict', 'errors.conflict.deal'))
    await settle()
    const said = i18n.global.t('errors.conflictHint', { what: i18n.global.t('errors.conflict.deal') })
    expect(document.body.textContent).toContain(said)
  })

  it('puts the caller\'s attributes on the yes button', async () => {
    const s = setup()
    wrapper = s.wrapper
    s.api.confirm('Send?', 'It goes out.', 'Send', vi.fn(), { 'data-action': 'send' })
    await settle()
    expect(byTestid('thing-confirm-ok')?.getAttribute('data-action')).toBe('send')
  })
})
