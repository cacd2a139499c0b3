import { afterEach, describe, expect, it } from 'vitest'
import { h, nextTick } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { DataTableColumns, DataTableRowData } from 'naive-ui'
import ListPane from './ListPane.vue'

interface Row {
  id: string
  name: string
}

// Mounted without a type argument, the pane takes rows as naive-ui's plain row data.
const columns: DataTableColumns = [{ key: 'name', title: 'Name' }]

function mountPane(props: { data: Row[]; readOnly: boolean }, filters?: () => ReturnType<typeof h>): VueWrapper {
  return mount(ListPane, {
    props: {
      testid: 'things',
      item: 'thing',
      columns,
      loading: false,
      rowKey: (r: DataTableRowData) => String(r.id),
      empty: 'Nothing yet',
      addLabel: 'Add a thing',
      readOnlyText: 'You can only read these.',
      ...props,
    },
    slots: filters ? { filters } : {},
    attachTo: document.body,
  })
}

const byTestid = (w: VueWrapper, id: string) => w.find(`[data-testid="${id}"]`)

describe('ListPane', () => {
  let wrapper: VueWrapper | undefined
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
  })

  it('names each row by its record and offers the add button to an editor', async () => {
    wrapper = mountPane({ data: [{ id: 'a1', name: 'First' }, { id: 'b2', name: 'Second' }], readOnly: false })
    await nextTick()
    const rows = wrapper.findAll('[data-testid="thing-row"]')
    expect(rows.map((r) => r.attributes('data-id'))).toEqual(['a1', 'b2'])
    expect(byTestid(wrapper, 'things-table').exists()).toBe(true)
    expect(wrapper.text()).not.toContain('You can only read these.')
    await byTestid(wrapper, 'thing-add').trigger('click')
    expect(wrapper.emitted('add')).toHaveLength(1)
  })

  it('shows a reader the notice instead of the add button, and the empty words without rows', async () => {
    wrapper = mountPane({ data: [], readOnly: true })
    await nextTick()
    expect(byTestid(wrapper, 'thing-add').exists()).toBe(false)
    expect(wrapper.text()).toContain('You can only read these.')
    expect(byTestid(wrapper, 'things-empty').text()).toBe('Nothing yet')
  })

  it('puts the filters in the toolbar', () => {
    wrapper = mountPane({ data: [], readOnly: false }, () => h('input', { 'data-testid': 'things-filter' }))
    expect(wrapper.find('.toolbar [data-testid="things-filter"]').exists()).toBe(true)
  })
})
