import { afterEach, describe, expect, it } from 'vitest'
import { h } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { DataTableColumns, DataTableRowData } from 'naive-ui'
import ListTable from './ListTable.vue'

const columns: DataTableColumns = [{ key: 'name', title: 'Name' }]

function mountTable(props: { data: DataTableRowData[]; loaded?: boolean }, attrs: Record<string, unknown> = {}): VueWrapper {
  return mount(ListTable, {
    props: {
      testid: 'things-table',
      columns,
      loading: false,
      rowKey: (r: DataTableRowData) => String(r.id),
      rowProps: (r: DataTableRowData) => ({ 'data-id': String(r.id) }) as Record<string, string>,
      ...props,
    },
    attrs,
    slots: { empty: () => h('span', { 'data-testid': 'things-empty' }, 'Nothing yet') },
    attachTo: document.body,
  })
}

describe('ListTable', () => {
  let wrapper: VueWrapper | undefined
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
  })

  it('holds back the empty words until the list has been read', async () => {
    wrapper = mountTable({ data: [], loaded: false })
    expect(wrapper.find('[data-testid="things-empty"]').exists()).toBe(false)
    await wrapper.setProps({ loaded: true })
    expect(wrapper.find('[data-testid="things-empty"]').text()).toBe('Nothing yet')
  })

  it('says them at once when the pane does not wait, and passes rows their attributes', () => {
    wrapper = mountTable({ data: [] })
    expect(wrapper.find('[data-testid="things-empty"]').exists()).toBe(true)
    wrapper.unmount()
    wrapper = mountTable({ data: [{ id: 'a1', name: 'First' }] })
    expect(wrapper.find('[data-testid="things-table"] tr[data-id="a1"]').exists()).toBe(true)
  })

  it('hands what naive-ui takes besides through to its table', () => {
    const pagination = { page: 1, pageSize: 1, itemCount: 2 }
    wrapper = mountTable({ data: [{ id: 'a1', name: 'First' }, { id: 'b2', name: 'Second' }] }, { remote: true, pagination })
    expect(wrapper.findAll('tr[data-id]')).toHaveLength(2)
    expect(wrapper.find('.n-pagination').exists()).toBe(true)
  })
})
