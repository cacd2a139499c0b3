import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, type VNode } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { DataTableBaseColumn } from 'naive-ui'
import { i18n, setI18nLanguage } from '../../i18n'
import type { CustomerRow } from '../../api/customers'
import { useCustomersStore } from '../../stores/customers'
import { useCustomerColumns } from './useCustomerColumns'

type Column = DataTableBaseColumn<CustomerRow>

function columnsWith(open: (r: CustomerRow) => void) {
  let cols: ReturnType<typeof useCustomerColumns> | undefined
  mount(
    defineComponent({
      setup() {
        cols = useCustomerColumns(open)
        return () => null
      },
    }),
    { global: { plugins: [i18n] } },
  )
  return cols!
}

const row = { id: 'c1', name: '瞿溪湾茶业', contactName: '陆佳怡', ownerId: '', ownerName: '', tags: ['茶叶', '礼盒', '华东', '多余'] } as unknown as CustomerRow

describe('useCustomerColumns', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    setI18nLanguage('en')
  })
  afterEach(() => setI18nLanguage('zh-CN'))

  it('shows the sort the query holds on its column only', () => {
    const store = useCustomersStore()
    const cols = columnsWith(() => {})
    const order = (key: string) => (cols.value as Column[]).find((c) => c.key === key)?.sortOrder
    store.query.sort = 'lastContact'
    store.query.desc = true
    expect(order('lastContact')).toBe('descend')
    expect(order('name')).toBe(false)
    store.query.sort = 'name'
    store.query.desc = false
    expect(order('name')).toBe('ascend')
  })

  it('opens the customer from the name, without the row’s own click, and titles follow the language', async () => {
    const open = vi.fn()
    const rowClick = vi.fn()
    const cols = columnsWith(open)
    const name = (cols.value as Column[])[0]
    expect(name.title).toBe('Customer')
    expect(name.fixed).toBe('left') // in view while a narrow window scrolls the table
    const cell = mount(
      defineComponent({ setup: () => () => h('div', { onClick: rowClick }, [name.render!(row, 0) as VNode]) }),
      { global: { plugins: [i18n] } },
    )
    const link = cell.get('[data-testid="customer-row-open"]')
    // The name is an ellipsis (cut at the column's edge, whole in a tooltip), not a button that outgrows the cell.
    expect(link.get('.n-ellipsis').text()).toBe(row.name)
    await link.trigger('click')
    expect(open).toHaveBeenCalledWith(row)
    expect(rowClick).not.toHaveBeenCalled()
    setI18nLanguage('zh-CN')
    expect((cols.value as Column[])[0].title).toBe(i18n.global.t('customers.columns.customer'))
  })

  it('shows at most three tags', () => {
    const cols = columnsWith(() => {})
    const tags = (cols.value as Column[]).find((c) => c.key === 'tags')!
    expect(((tags.render!(row, 0) as VNode).children as VNode[]).length).toBe(3)
  })
})
