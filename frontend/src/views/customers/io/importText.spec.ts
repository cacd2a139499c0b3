import { describe, expect, it } from 'vitest'
import { fieldLabel, remap, rowReason, samples } from './importText'
import { customer } from '../../../../wailsjs/go/models'

const fields = [
  customer.ImportField.createFrom({ key: 'name', zh: '客户名称', en: 'Name', required: true }),
  customer.ImportField.createFrom({ key: 'phone', zh: '电话', en: 'Phone', required: false }),
]

describe('import texts', () => {
  it('labels fields in the language, falling back to the key', () => {
    expect(fieldLabel(fields, 'phone', 'zh-CN')).toBe('电话')
    expect(fieldLabel(fields, 'phone', 'en')).toBe('Phone')
    expect(fieldLabel(fields, 'wechat', 'en')).toBe('wechat')
  })

  it('names the file column when it has one, else the field, and translates known codes only', () => {
    const t = (k: string, p?: Record<string, unknown>) => `${k}${p && Object.keys(p).length ? JSON.stringify(p) : ''}`
    const te = (k: string) => k.startsWith('validation.')
    const e = customer.RowError.createFrom({ line: 3, field: 'phone', column: '联系电话', code: 'validation.invalidPhone' })
    expect(rowReason(t, te, fields, e, 'zh-CN')).toEqual({ column: '联系电话', reason: 'validation.invalidPhone' })
    const noColumn = customer.RowError.createFrom({ line: 4, field: 'name', column: '', code: 'validation.tooLong', params: { max: 200 } })
    expect(rowReason(t, te, fields, noColumn, 'en')).toEqual({ column: 'Name', reason: 'validation.tooLong{"max":200}' })
    const unknown = customer.RowError.createFrom({ line: 5, field: '', column: '', code: 'errors.boom' })
    expect(rowReason(t, te, fields, unknown, 'en')).toEqual({ column: '', reason: 'errors.internal' })
  })

  it('gives a field to one column only', () => {
    expect(remap(['name', '', 'phone'], 1, 'phone')).toEqual(['name', 'phone', ''])
    expect(remap(['name', '', 'phone'], 0, '')).toEqual(['', '', 'phone'])
  })

  it('picks distinct non-empty samples', () => {
    const rows = [{ cells: ['A', 'x'] }, { cells: [' '] }, { cells: ['A'] }, { cells: ['B', 'y'] }]
    expect(samples(rows, 0)).toEqual(['A', 'B'])
    expect(samples(rows, 1)).toEqual(['x', 'y'])
    expect(samples(rows, 5)).toEqual([])
  })
})
