import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, type VNode } from 'vue'
import { mount } from '@vue/test-utils'
import type { DataTableBaseColumn } from 'naive-ui'
import { i18n, setI18nLanguage } from '../../i18n'
import type { Requirement, Roleplay, TrainingRecord } from '../../api/training'
import { useProfileColumns } from './useProfileColumns'

function columnsWith(open: (r: Roleplay) => void) {
  let cols: ReturnType<typeof useProfileColumns> | undefined
  mount(
    defineComponent({
      setup() {
        cols = useProfileColumns(open)
        return () => null
      },
    }),
    { global: { plugins: [i18n] } },
  )
  return cols!
}

const cell = <T>(cols: unknown, key: string, row: T) =>
  (cols as DataTableBaseColumn<T>[]).find((c) => c.key === key)!.render!(row, 0)

describe('useProfileColumns', () => {
  beforeEach(() => setI18nLanguage('en'))
  afterEach(() => setI18nLanguage('zh-CN'))

  it('tags a requirement by its status and names a missing plan', () => {
    const { required } = columnsWith(() => {})
    const overdue = { status: 'overdue', planName: '' } as Requirement
    const tag = cell(required.value, 'status', overdue) as VNode
    expect((tag.props as { type: string }).type).toBe('error')
    expect(cell(required.value, 'planName', overdue)).toBe(i18n.global.t('training.profile.planNone'))
  })

  it('shows a result only where there is one, and hours from minutes', () => {
    const { history } = columnsWith(() => {})
    expect(cell(history.value, 'passed', { passed: undefined } as unknown as TrainingRecord)).toBe('—')
    expect((cell(history.value, 'passed', { passed: false } as TrainingRecord) as VNode).props).toMatchObject({ type: 'error' })
    expect(cell(history.value, 'minutes', { minutes: 90 } as TrainingRecord)).toBe('1.5')
    expect(cell(history.value, 'score', { score: null } as unknown as TrainingRecord)).toBe('—')
  })

  it('opens a role-play from its scenario and scores it out of its maximum', () => {
    const open = vi.fn()
    const { roleplays } = columnsWith(open)
    const r = { scenario: '客户嫌价格太高', score: 16, maxScore: 25, scoreBp: 6400 } as Roleplay
    const button = cell(roleplays.value, 'scenario', r) as VNode
    ;(button.props as { onClick: () => void }).onClick()
    expect(open).toHaveBeenCalledWith(r)
    expect(cell(roleplays.value, 'score', r)).toMatch(/16 \/ 25/)
  })
})
