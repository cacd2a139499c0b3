import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { i18n, setI18nLanguage } from '../../../i18n'
import { AppError } from '../../../api/errors'
import * as quotesApi from '../../../api/quotes'
import type { Quote } from '../../../api/quotes'
import { useQuoteActions } from './useQuoteActions'
import type { QuoteDetailState } from './useQuoteDetail'

const push = vi.fn()
vi.mock('vue-router', () => ({ useRouter: () => ({ push }) }))
vi.mock('../../../api/quotes', () => ({
  remove: vi.fn(),
  submit: vi.fn(),
  markSent: vi.fn(),
  revise: vi.fn(),
  duplicate: vi.fn(),
  accept: vi.fn(),
  decline: vi.fn(),
}))

type Actions = ReturnType<typeof useQuoteActions>

/** The page's state as the actions use it: the quote shown, and its reload. */
function detailOf(q: Partial<Quote>) {
  return {
    q: ref({ id: 'q1', version: 3, number: 'QT-1', status: 'draft', revision: 1, ...q } as Quote),
    load: vi.fn(async () => {}),
    show: vi.fn(async () => {}),
  }
}

function setup(detail: ReturnType<typeof detailOf>): { actions: Actions; wrapper: VueWrapper } {
  let actions: Actions | undefined
  const Probe = defineComponent({
    setup() {
      actions = useQuoteActions(detail as unknown as QuoteDetailState)
      return () => null
    },
  })
  const wrapper = mount(
    () => h(NMessageProvider, null, () => h(NDialogProvider, null, () => h(Probe))),
    { global: { plugins: [i18n] }, attachTo: document.body },
  )
  return { actions: actions!, wrapper }
}

const byTestid = (id: string) => document.body.querySelector(`[data-testid="${id}"]`) as HTMLElement | null

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await nextTick()
    await new Promise((r) => setTimeout(r, 0))
  }
}

/** Says yes to the "are you sure" dialog the action opened. */
async function confirmYes(): Promise<void> {
  await settle()
  byTestid('quote-confirm-ok')!.click()
  await settle()
}

describe('the quote page\'s actions', () => {
  let wrapper: VueWrapper | undefined
  beforeEach(() => {
    setActivePinia(createPinia())
    setI18nLanguage('en')
    vi.clearAllMocks()
  })
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
    setI18nLanguage('zh-CN')
  })

  it('a delete refused as stale says so and shows the quote as it now is, staying on the page', async () => {
    vi.mocked(quotesApi.remove).mockRejectedValue(new AppError('conflict', 'errors.conflict.quote'))
    const detail = detailOf({})
    const s = setup(detail)
    wrapper = s.wrapper
    s.actions.remove()
    await confirmYes()
    expect(quotesApi.remove).toHaveBeenCalledWith('q1', 3)
    expect(document.body.textContent).toContain(i18n.global.t('errors.conflict.quote'))
    expect(detail.load).toHaveBeenCalledOnce()
    expect(push).not.toHaveBeenCalled()
  })

  it('a delete of a quote gone meanwhile reads the page again, which says so and leaves for the list', async () => {
    vi.mocked(quotesApi.remove).mockRejectedValue(new AppError('not_found', 'errors.notFound.quote'))
    const detail = detailOf({})
    const s = setup(detail)
    wrapper = s.wrapper
    s.actions.remove()
    await confirmYes()
    expect(detail.load).toHaveBeenCalledOnce()
  })

  it('a delete that goes through leaves for the list without a reload', async () => {
    vi.mocked(quotesApi.remove).mockResolvedValue()
    const detail = detailOf({})
    const s = setup(detail)
    wrapper = s.wrapper
    s.actions.remove()
    await confirmYes()
    expect(push).toHaveBeenCalledWith('/quotes')
    expect(detail.load).not.toHaveBeenCalled()
  })

  it.each([
    ['submit', () => vi.mocked(quotesApi.submit), false],
    ['markSent', () => vi.mocked(quotesApi.markSent), true],
    ['revise', () => vi.mocked(quotesApi.revise), true],
  ] as const)('%s refused as stale reloads the quote the same way', async (name, api, asks) => {
    api().mockRejectedValue(new AppError('conflict', 'errors.conflict.quoteStatus'))
    const detail = detailOf({ status: 'approved' })
    const s = setup(detail)
    wrapper = s.wrapper
    s.actions[name]()
    if (asks) await confirmYes()
    else await settle()
    expect(document.body.textContent).toContain(i18n.global.t('errors.conflict.quoteStatus'))
    expect(detail.load).toHaveBeenCalledOnce()
    expect(s.actions.busy.value).toBe('')
  })

  it('an acceptance the deal\'s checklists refuse lists what is missing instead of a bare message', async () => {
    const detail = detailOf({ status: 'sent', dealId: 'd1' })
    vi.mocked(quotesApi.accept).mockRejectedValue(
      new AppError('validation', 'errors.validation', {
        stageId: { code: 'validation.checklistIncomplete', params: { stage: '谈判与签约', stageEn: 'Negotiation', count: 1, stages: 1 } },
        'stages.s6': { code: 'validation.stageChecklistIncomplete', params: { stage: '谈判与签约', stageEn: 'Negotiation', count: 1, n: 1 } },
        'stages.s6.checklist.negotiation.signed': {
          code: 'validation.checklistItemOpen',
          params: { label: '合同已签订', labelEn: 'The contract is signed' },
        },
      }),
    )
    const { actions, wrapper: w } = setup(detail)
    wrapper = w
    actions.accept()
    await confirmYes()
    expect(actions.blocked.value?.items.map((m) => m.labelEn)).toEqual(['The contract is signed'])
    expect(detail.show).not.toHaveBeenCalled()
  })
})
