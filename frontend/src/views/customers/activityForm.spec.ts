import { describe, expect, it } from 'vitest'
import type { Activity } from '../../api/customers'
import { activityDraft, activityInput } from './activityForm'

describe('activityDraft', () => {
  it('starts a new activity now, with the kind last used', () => {
    expect(activityDraft(null, 'visit')).toMatchObject({ kind: 'visit', summary: '', earlier: false, atDay: '', atTime: '' })
  })
  it('shows an activity at its local day and time', () => {
    const at = new Date(2026, 2, 7, 9, 5)
    const a = { kind: 'call', contactId: '', summary: '报价', at: at.toISOString() } as Activity
    expect(activityDraft(a, 'visit')).toMatchObject({ kind: 'call', contactId: null, earlier: true, atDay: '2026-03-07', atTime: '09:05' })
  })
})

describe('activityInput', () => {
  it('sends trimmed text and "now" unless an earlier time is given', () => {
    const d = { ...activityDraft(null, 'call'), summary: ' 电话沟通 ', contactId: 'c1' }
    const { form, errors } = activityInput(d, 'cu1', null)
    expect(errors).toEqual({})
    expect(form).toMatchObject({ customerId: 'cu1', contactId: 'c1', summary: '电话沟通', at: '', id: '', version: 0 })
  })
  it('sends the deal it is about, or none', () => {
    const d = { ...activityDraft(null, 'visit'), summary: '上门演示', dealId: 'd1' }
    expect(activityInput(d, 'cu1', null).form.dealId).toBe('d1')
    expect(activityInput({ ...d, dealId: null }, 'cu1', null).form.dealId).toBe('')
    expect(activityDraft({ kind: 'visit', at: new Date().toISOString(), dealId: 'd2' } as Activity, 'call').dealId).toBe('d2')
    expect(activityDraft(null, 'call').dealId).toBeNull()
  })
  it('names a missing summary and an earlier time that is not a time', () => {
    const d = { ...activityDraft(null, 'call'), earlier: true, atDay: '2026-03-07', atTime: '9点' }
    expect(Object.keys(activityInput(d, 'cu1', null).errors).sort()).toEqual(['at', 'summary'])
  })
})
