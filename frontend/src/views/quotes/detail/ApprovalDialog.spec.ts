import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { i18n, setI18nLanguage } from '../../../i18n'
import { AppError } from '../../../api/errors'
import * as quotesApi from '../../../api/quotes'
import type { Quote } from '../../../api/quotes'
import ApprovalDialog from './ApprovalDialog.vue'

vi.mock('../../../api/quotes', () => ({ approve: vi.fn(), rejectApproval: vi.fn() }))

const kind = ref<'' | 'approve' | 'reject'>('')
const onConflict = vi.fn()

function setup(): VueWrapper {
  const Host = defineComponent({
    setup() {
      const q = { id: 'q1', version: 4, number: 'QT-1' } as Quote
      return () =>
        h(ApprovalDialog, {
          q,
          kind: kind.value,
          'onUpdate:kind': (k: '' | 'approve' | 'reject') => (kind.value = k),
          onConflict,
        })
    },
  })
  return mount(() => h(NMessageProvider, null, () => h(NDialogProvider, null, () => h(Host))), {
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
}

const byTestid = (id: string) => document.body.querySelector(`[data-testid="${id}"]`) as HTMLElement | null

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await nextTick()
    await new Promise((r) => setTimeout(r, 0))
  }
}

async function typeNote(text: string): Promise<void> {
  const input = byTestid('quote-decision-note') as HTMLTextAreaElement
  input.value = text
  input.dispatchEvent(new Event('input'))
  await settle()
}

describe('ApprovalDialog', () => {
  let wrapper: VueWrapper | undefined
  beforeEach(() => {
    setActivePinia(createPinia())
    setI18nLanguage('en')
    vi.clearAllMocks()
    kind.value = ''
  })
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
    setI18nLanguage('zh-CN')
  })

  it('on a stale quote says so, asks the page to read it again, and keeps the note for the next try', async () => {
    vi.mocked(quotesApi.approve).mockRejectedValue(new AppError('conflict', 'errors.conflict.quote'))
    wrapper = setup()
    kind.value = 'approve'
    await settle()
    await typeNote('Long-standing customer, fine by me')
    byTestid('quote-decision-ok')!.click()
    await settle()
    expect(quotesApi.approve).toHaveBeenCalledWith('q1', 4, 'Long-standing customer, fine by me')
    expect(onConflict).toHaveBeenCalledOnce()
    expect(kind.value).toBe('')
    expect(document.body.textContent).toContain(i18n.global.t('errors.conflict.quote'))

    kind.value = 'approve'
    await settle()
    expect((byTestid('quote-decision-note') as HTMLTextAreaElement).value).toBe('Long-standing customer, fine by me')
  })

  it('closes on Esc, as Cancel does, keeping the note', async () => {
    wrapper = setup()
    kind.value = 'reject'
    await settle()
    await typeNote('Price too low')
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }))
    await settle()
    expect(kind.value).toBe('')
    expect(quotesApi.rejectApproval).not.toHaveBeenCalled()
    kind.value = 'reject'
    await settle()
    expect((byTestid('quote-decision-note') as HTMLTextAreaElement).value).toBe('Price too low')
  })

  it('keeps a rejection\'s note apart from an approval\'s', async () => {
    wrapper = setup()
    kind.value = 'reject'
    await settle()
    await typeNote('Price too low')
    kind.value = ''
    await settle()
    kind.value = 'approve'
    await settle()
    expect((byTestid('quote-decision-note') as HTMLTextAreaElement).value).toBe('')
  })
})
