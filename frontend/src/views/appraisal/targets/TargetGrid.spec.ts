import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { i18n, setI18nLanguage } from '../../../i18n'
import type { TargetRow } from '../../../api/appraisal'
import { gridRows, type GridRow } from './grid'
import TargetGrid from './TargetGrid.vue'

const rows = [
  { userId: 'a', name: '李强', level: 'junior', hireDate: '2024-03-01', cells: { sales_amount: { value: 10_000_000, version: 2 } } },
  { userId: 'b', name: '王芳', level: 'new_hire', hireDate: '2026-10-15', proration: { workingDays: 12, ofDays: 22 }, cells: {} },
] as unknown as TargetRow[]

describe('TargetGrid', () => {
  let wrapper: VueWrapper
  let grid: ReturnType<typeof ref<GridRow[]>>
  beforeEach(() => {
    setI18nLanguage('en')
    grid = ref(gridRows(rows))
    wrapper = mount(TargetGrid, { props: { rows: grid.value!, currency: 'CNY' }, global: { plugins: [i18n] }, attachTo: document.body })
  })
  afterEach(() => wrapper.unmount())

  const cellText = (r: number, code: string) =>
    wrapper.find(`[data-row="${r}"][data-code="${code}"] .value`).text()
  const key = (k: string) => wrapper.find('[data-testid="appraisal-target-input"]').exists()
    ? wrapper.find('[data-testid="appraisal-target-input"]').trigger('keydown', { key: k })
    : wrapper.find('[data-testid="appraisal-targets-grid"]').trigger('keydown', { key: k })

  it('types into a cell, commits with Enter and moves down; Escape leaves a cell as it was', async () => {
    await wrapper.find('[data-row="0"][data-code="new_buyers"]').trigger('mousedown')
    await key('3')
    await nextTick()
    await wrapper.find('[data-testid="appraisal-target-input"]').setValue('3')
    await key('Enter')
    expect(cellText(0, 'new_buyers')).toBe('3')
    // now on 王芳's new customers: edit, then cancel
    await key('Enter')
    await nextTick()
    await wrapper.find('[data-testid="appraisal-target-input"]').setValue('9')
    await key('Escape')
    expect(cellText(1, 'new_buyers')).toBe('')
    await key('ArrowLeft')
    await key('ArrowUp')
    await key('Delete')
    expect(grid.value![0].cells.sales_amount.value).toBeNull()
    expect(grid.value![0].cells.sales_amount.original).toBe(10_000_000)
    expect(wrapper.text()).toContain('prorated to 12 of 22 working days')
  })
})
