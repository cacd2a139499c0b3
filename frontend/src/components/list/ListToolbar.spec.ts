import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import ListToolbar from './ListToolbar.vue'

function mountBar(readOnly: boolean) {
  return mount(ListToolbar, {
    props: { item: 'thing', addLabel: 'Add a thing', readOnly },
    slots: {
      default: () => h('input', { 'data-testid': 'things-filter' }),
      actions: () => h('button', { 'data-testid': 'things-export' }, 'Export'),
    },
  })
}

describe('ListToolbar', () => {
  it('puts the other buttons before the add button, right of the filters', () => {
    const w = mountBar(false)
    expect(w.find('.filters [data-testid="things-filter"]').exists()).toBe(true)
    const buttons = w.findAll('.buttons > *').map((b) => b.attributes('data-testid'))
    expect(buttons).toEqual(['things-export', 'thing-add'])
  })

  it('keeps the other buttons for a reader but not the add button', () => {
    const w = mountBar(true)
    expect(w.find('[data-testid="things-export"]').exists()).toBe(true)
    expect(w.find('[data-testid="thing-add"]').exists()).toBe(false)
  })
})
