import { describe, expect, it } from 'vitest'
import { AppError, toAppError } from '../../api/errors'
import type { Stage } from '../../api/sales'
import { blockedBy, fromMissing } from './missing'

// A refusal exactly as app/errors.go serialises backend/sales checkExits: a
// jump from the lead stage that passes first contact and needs analysis.
const refusal = JSON.stringify({
  kind: 'validation',
  code: 'errors.validation',
  fields: {
    stageId: { code: 'validation.checklistIncomplete', params: { stage: '初步接触', stageEn: 'First contact', count: 4, stages: 2 } },
    'stages.s3': { code: 'validation.stageChecklistIncomplete', params: { stage: '需求分析', stageEn: 'Needs analysis', count: 2, n: 2 } },
    'stages.s3.needs': { code: 'validation.required', params: { label: '客户需求', labelEn: 'Customer needs' } },
    'stages.s3.checklist.needs.met': { code: 'validation.checklistItemOpen', params: { label: '已与决策人会面', labelEn: '' } },
    'stages.s2': { code: 'validation.stageChecklistIncomplete', params: { stage: '初步接触', stageEn: '', count: 2, n: 1 } },
    'stages.s2.sopTasks': { code: 'validation.sopTasksOpen', params: { label: '本阶段 SOP 任务已完成', labelEn: '', count: 2 } },
    'stages.s2.checklist.first_contact.talked': { code: 'validation.checklistItemOpen', params: { label: '已通话', labelEn: 'Talked' } },
  },
})

const stages: Record<string, Stage> = {
  s2: {
    id: 's2',
    checklist: [
      { key: 'first_contact.talked', kind: 'check', field: '', labelZh: '', labelEn: '' },
      { key: 'first_contact.tasks', kind: 'tasks', field: '', labelZh: '', labelEn: '' },
    ],
  } as unknown as Stage,
  s3: {
    id: 's3',
    checklist: [
      { key: 'needs.needs', kind: 'field', field: 'needs', labelZh: '', labelEn: '' },
      { key: 'needs.met', kind: 'check', field: '', labelZh: '', labelEn: '' },
    ],
  } as unknown as Stage,
}

describe('blockedBy', () => {
  it('groups the missing items by stage, in process order, each in its checklist order', () => {
    const b = blockedBy(toAppError(refusal), (id) => stages[id])
    expect(b?.stageZh).toBe('初步接触')
    expect(b?.stages.map((s) => [s.stageId, s.stageZh, s.stageEn])).toEqual([
      ['s2', '初步接触', '初步接触'],
      ['s3', '需求分析', 'Needs analysis'],
    ])
    expect(b?.stages[0].items).toEqual([
      { key: 'first_contact.talked', kind: 'check', field: '', labelZh: '已通话', labelEn: 'Talked', count: 0 },
      { key: 'first_contact.tasks', kind: 'tasks', field: '', labelZh: '本阶段 SOP 任务已完成', labelEn: '本阶段 SOP 任务已完成', count: 2 },
    ])
    expect(b?.stages[1].items.map((m) => m.key)).toEqual(['needs.needs', 'needs.met'])
    expect(b?.items).toHaveLength(4)
  })

  it('keeps the field names as keys when the stages are not known', () => {
    const b = blockedBy(toAppError(refusal))
    expect(b?.items.map((m) => m.key).sort()).toEqual(['first_contact.talked', 'needs', 'needs.met', 'sopTasks'])
  })

  it('is null for any other error', () => {
    expect(blockedBy(new AppError('conflict', 'errors.conflict.deal'))).toBeNull()
    expect(blockedBy(new AppError('validation', 'errors.validation', { stageId: { code: 'validation.winOrLoseToClose', params: {} } }))).toBeNull()
    expect(blockedBy(new Error('boom'))).toBeNull()
  })
})

describe('fromMissing', () => {
  it('falls back to the Chinese label when there is no English one', () => {
    const [m] = fromMissing([{ key: 'k', kind: 'check', field: '', labelZh: '合同已签订', labelEn: '', count: 0 }])
    expect(m.labelEn).toBe('合同已签订')
  })
})
