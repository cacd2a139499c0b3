import { describe, expect, it } from 'vitest'
import { AppError, toAppError } from '../../api/errors'
import type { Stage } from '../../api/sales'
import { blockedBy, fromMissing } from './missing'

// The refusal exactly as app/errors.go serialises backend/sales checkExit.
const refusal = JSON.stringify({
  kind: 'validation',
  code: 'errors.validation',
  fields: {
    needs: { code: 'validation.required', params: { label: '客户需求', labelEn: 'Customer needs' } },
    stageId: { code: 'validation.checklistIncomplete', params: { stage: '需求分析', stageEn: 'Needs analysis', count: 3 } },
    sopTasks: { code: 'validation.sopTasksOpen', params: { label: '本阶段 SOP 任务已完成', labelEn: '', count: 2 } },
    'checklist.lead.fit': { code: 'validation.checklistItemOpen', params: { label: '已确认客户符合目标客户画像', labelEn: 'The lead fits' } },
  },
})

const stage = {
  id: 's1',
  checklist: [
    { key: 'lead.fit', kind: 'check', field: '', labelZh: '', labelEn: '' },
    { key: 'x.tasks', kind: 'tasks', field: '', labelZh: '', labelEn: '' },
    { key: 'x.needs', kind: 'field', field: 'needs', labelZh: '', labelEn: '' },
  ],
} as unknown as Stage

describe('blockedBy', () => {
  it('reads every missing item with both labels, in the stage checklist order', () => {
    const b = blockedBy(toAppError(refusal), stage)
    expect(b?.stageZh).toBe('需求分析')
    expect(b?.stageEn).toBe('Needs analysis')
    expect(b?.items).toEqual([
      { key: 'lead.fit', kind: 'check', field: '', labelZh: '已确认客户符合目标客户画像', labelEn: 'The lead fits', count: 0 },
      { key: 'x.tasks', kind: 'tasks', field: '', labelZh: '本阶段 SOP 任务已完成', labelEn: '本阶段 SOP 任务已完成', count: 2 },
      { key: 'x.needs', kind: 'field', field: 'needs', labelZh: '客户需求', labelEn: 'Customer needs', count: 0 },
    ])
  })

  it('keeps the field names as keys when the stage is not known', () => {
    const b = blockedBy(toAppError(refusal))
    expect(b?.items.map((m) => m.key).sort()).toEqual(['lead.fit', 'needs', 'sopTasks'])
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
