import { describe, expect, it } from 'vitest'
import { newRule, newStage, removable, reordered, stageForm } from './forms'
import type { Stage } from '../../../api/sales'

const st = (id: string, kind: string): Stage =>
  ({ id, kind, code: '', position: 0, nameZh: id, nameEn: '', goalZh: '', goalEn: '', probabilityBp: 0, checklist: [], version: 1 }) as unknown as Stage

const stages = [st('a', 'open'), st('b', 'open'), st('c', 'open'), st('won', 'won'), st('x', 'after'), st('lost', 'lost')]

describe('reordered', () => {
  it('swaps a stage with its neighbour of the same kind', () => {
    expect(reordered(stages, 'b', -1)).toEqual(['b', 'a', 'c'])
    expect(reordered(stages, 'b', 1)).toEqual(['a', 'c', 'b'])
  })
  it('refuses past the ends and for won and lost', () => {
    expect(reordered(stages, 'a', -1)).toBeNull()
    expect(reordered(stages, 'c', 1)).toBeNull()
    expect(reordered(stages, 'x', 1)).toBeNull()
    expect(reordered(stages, 'won', -1)).toBeNull()
  })
})

describe('removable', () => {
  it('keeps won, lost and the last open stage', () => {
    expect(removable(stages, stages[0])).toBe(true)
    expect(removable(stages, stages[3])).toBe(false)
    expect(removable(stages, stages[4])).toBe(true)
    expect(removable([st('a', 'open'), st('won', 'won')], st('a', 'open'))).toBe(false)
  })
})

describe('forms', () => {
  it('copies the checklist so editing does not touch the stage', () => {
    const s = { ...st('a', 'open'), checklist: [{ key: 'k', kind: 'check', field: '', labelZh: '确认', labelEn: '' }] } as unknown as Stage
    const f = stageForm(s)
    f.checklist[0].labelZh = '改'
    expect(s.checklist[0].labelZh).toBe('确认')
  })
  it('starts new records empty with sensible defaults', () => {
    expect(newStage('after')).toMatchObject({ id: '', kind: 'after', checklist: [] })
    expect(newRule('s1', 3)).toMatchObject({ stageId: 's1', anchor: 'stage_entered', offsetHours: 24, position: 3, active: true })
  })
})
