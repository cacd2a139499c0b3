import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'
import en from './en.json'
import { i18n, setI18nLanguage } from '../i18n'
import DealCard from '../components/sales/DealCard.vue'
import TodayList from '../components/customers/TodayList.vue'
import { funnelTip, pipelineOption, type ChartWords } from '../components/charts/salesOptions'
import { useCustomersStore } from '../stores/customers'
import type { Card } from '../api/sales'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? [[prefix + k, v]] : leaves(v, `${prefix}${k}.`),
  )
}

/**
 * A count placeholder followed (within two words) by a plural noun: "{n} tasks",
 * "{n} open deals", "{done} of {total} rows". Such a message reads "1 tasks"
 * unless it has a singular form ("1 task | {n} tasks").
 */
const COUNTED_NOUN = /\{(n|count|total|done|open|days|deals)\}(?:\s+[A-Za-z]+){0,2}?\s+[A-Za-z]+s\b/

/** Matches that are right as they are, and why. */
const EXEMPT: Record<string, string> = {
  // The days come with one decimal ("1.0"), and a decimal takes the plural.
  'sales.reports.chart.avgDays': 'decimal',
}

describe('en plural forms', () => {
  it('give every counted noun a singular form', () => {
    const missing = leaves(en as Tree)
      .filter(([k, v]) => !v.includes('|') && COUNTED_NOUN.test(v) && !(k in EXEMPT))
      .map(([k, v]) => `${k} => ${v}`)
    expect(missing).toEqual([])
  })

  it('notices a message that lacks one', () => {
    expect(COUNTED_NOUN.test('{n} tasks')).toBe(true)
    expect(COUNTED_NOUN.test('{n} more overdue tasks not listed.')).toBe(true)
    expect(COUNTED_NOUN.test('{done} of {total} rows')).toBe(true)
    expect(COUNTED_NOUN.test('{n} h overdue')).toBe(false)
    expect(COUNTED_NOUN.test('{n} overdue')).toBe(false)
  })
})

describe('a count passed to t', () => {
  const { t } = i18n.global
  afterEach(() => setI18nLanguage('zh-CN'))

  it('picks the English form', () => {
    setI18nLanguage('en')
    expect(t('sales.card.tasks', { n: 1 }, 1)).toBe('1 task')
    expect(t('sales.card.tasks', { n: 2 }, 2)).toBe('2 tasks')
    expect(t('sales.card.tasks', { n: 0 }, 0)).toBe('0 tasks')
    expect(t('customers.today.contactedAgo', { n: 1 }, 1)).toBe('contacted yesterday')
  })

  it('keeps a formatted number while the raw one picks the form', () => {
    setI18nLanguage('en')
    expect(t('customers.export.done', { n: '1,234' }, 1234)).toBe('Exported 1,234 customers.')
    expect(t('customers.import.progress', { done: '1', total: '1' }, 1)).toBe('1 of 1 row')
  })

  it('leaves a Chinese message without forms whole, whatever the count', () => {
    setI18nLanguage('zh-CN')
    for (const n of [0, 1, 2, 7]) {
      expect(t('sales.card.tasks', { n }, n)).toBe(t('sales.card.tasks', { n }))
      expect(t('sales.card.tasks', { n }, n)).toContain(String(n))
    }
  })
})

describe('call sites', () => {
  afterEach(() => setI18nLanguage('zh-CN'))

  const card = (openTasks: number) =>
    ({
      id: 'd1', title: 'Tea order', customerId: 'c1', customerName: 'Quxi Tea', amountMinor: 0, currency: 'CNY',
      expectedCloseOn: '', ownerId: 'u1', ownerName: 'Zhou', stageId: 's1', status: 'open', stageEnteredAt: '',
      daysInStage: 1, openTasks, overdueTasks: 0, closedAt: '', createdAt: '', updatedAt: '', version: 1,
    }) as Card

  it.each([
    [1, '1 task'],
    [2, '2 tasks'],
  ])('a deal card with %i open task(s) says "%s"', (n, text) => {
    setI18nLanguage('en')
    const w = mount(DealCard, { props: { card: card(n), targets: [] }, global: { plugins: [i18n, createPinia()] } })
    expect(w.find('[data-testid="deal-card-tasks"]').text()).toBe(text)
    w.unmount()
  })

  it.each([
    [1, '1 day overdue'],
    [2, '2 days overdue'],
  ])('the today list with a revisit %i day(s) late says "%s"', (n, text) => {
    setI18nLanguage('en')
    const pinia = createPinia()
    setActivePinia(pinia)
    useCustomersStore().today = {
      revisits: [{ taskId: 't1', customerId: 'c1', customerName: 'Quxi Tea', segment: 'ordinary', dueOn: '2026-05-01', daysOverdue: n, lastContactAt: '' }],
      birthdays: [],
    } as never
    const Host = defineComponent(() => () => h(NMessageProvider, null, () => h(TodayList)))
    const w = mount(Host, { global: { plugins: [i18n, pinia], stubs: { RouterLink: RouterLinkStub } } })
    expect(w.find('[data-testid="customer-today-due"]').text()).toBe(text)
    w.unmount()
  })

  it('the funnel and pipeline tooltips count deals', () => {
    setI18nLanguage('en')
    const { t } = i18n.global
    const w: ChartWords = { t: (k, p, c) => (c === undefined ? t(k, p ?? {}) : t(k, p ?? {}, c)), lang: 'en', currency: 'CNY' }
    const stage = { nameZh: '报价', nameEn: 'Quotation', reachedAmountMinor: 100, conversionBp: 0, lost: 0, lossBp: 0, avgDays: 0, exits: 0 }
    expect(funnelTip({ ...stage, reached: 1 }, true, w)).toContain('1 deal reached it')
    expect(funnelTip({ ...stage, reached: 2 }, true, w)).toContain('2 deals reached it')
    const tip = pipelineOption([{ nameZh: '报价', nameEn: 'Quotation', count: 1, amountMinor: 0, weightedMinor: 0, probabilityBp: 0 }], w)
      .tooltip as { formatter: (p: unknown) => string }
    expect(tip.formatter([{ dataIndex: 0 }])).toContain('<br>1 deal<br>')
  })
})
