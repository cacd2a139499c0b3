import { describe, expect, it } from 'vitest'
import type { TargetRow } from '../../../api/appraisal'
import { changesOf, fillLevel, gridRows, hasErrors, isDirty, markErrors, parseBlock, parseCell, pasteBlock } from './grid'

const rows = (): TargetRow[] =>
  [
    { userId: 'a', name: '李强', level: 'junior', hireDate: '2025-01-01', cells: { sales_amount: { value: 10_000_000, version: 2 } } },
    { userId: 'b', name: '王芳', level: 'new_hire', hireDate: '2026-10-15', proration: { workingDays: 12, ofDays: 22 }, cells: {} },
    { userId: 'c', name: '赵敏', level: 'junior', hireDate: '2024-03-01', cells: { new_buyers: { value: 2, version: 1 } } },
  ] as unknown as TargetRow[]

describe('targets grid', () => {
  it('reads amounts as Excel writes them and counts as whole numbers', () => {
    expect(parseCell('sales_amount', '12,000.00', 'CNY')).toBe(1_200_000)
    expect(parseCell('sales_amount', '12000', 'CNY')).toBe(1_200_000)
    expect(parseCell('sales_amount', ' "¥8,500.5" ', 'CNY')).toBe(850_050)
    expect(parseCell('sales_amount', '', 'CNY')).toBeNull()
    expect(parseCell('sales_amount', '12.345', 'CNY')).toBeUndefined()
    expect(parseCell('sales_amount', '-5', 'CNY')).toBeUndefined()
    expect(parseCell('new_buyers', '3', 'CNY')).toBe(3)
    expect(parseCell('new_buyers', '2.5', 'CNY')).toBeUndefined()
  })

  it('splits a block copied from Excel, dropping its last line break', () => {
    expect(parseBlock('12,000.00\t3\r\n8000\t2\r\n')).toEqual([
      ['12,000.00', '3'],
      ['8000', '2'],
    ])
    expect(parseBlock('5')).toEqual([['5']])
  })

  it('pastes a block from the focused cell and sends only changed cells, each with its version', () => {
    const g = gridRows(rows())
    const r = pasteBlock(g, 0, 0, parseBlock('100,000.00\t2\n80000\t1\n\t4\n9\t9\n'), 'CNY')
    expect(r).toEqual({ set: 6, invalid: 0, outside: 2 })
    const { changes, at } = changesOf(g)
    // a's amount was already 100,000.00: not sent; c's amount stays empty: not sent either
    expect(changes).toEqual([
      { userId: 'a', code: 'new_buyers', value: 2, clear: false, version: 0 },
      { userId: 'b', code: 'sales_amount', value: 8_000_000, clear: false, version: 0 },
      { userId: 'b', code: 'new_buyers', value: 1, clear: false, version: 0 },
      { userId: 'c', code: 'new_buyers', value: 4, clear: false, version: 1 },
    ])
    expect(at[3]).toEqual([2, 'new_buyers'])
  })

  it('clears a cell with its version and keeps unreadable text as an error until fixed', () => {
    const g = gridRows(rows())
    pasteBlock(g, 0, 0, [['', 'lots']], 'CNY')
    expect(hasErrors(g)).toBe(true)
    expect(g[0].cells.new_buyers.raw).toBe('lots')
    expect(changesOf(g).changes).toEqual([{ userId: 'a', code: 'sales_amount', value: 0, clear: true, version: 2 }])
    expect(isDirty(g)).toBe(true)
  })

  it('fills every row of a level and puts the backend errors on the cells they name', () => {
    const g = gridRows(rows())
    expect(fillLevel(g, 'junior', { sales_amount: 5_000_000 })).toBe(2)
    const { changes, at } = changesOf(g)
    expect(changes.map((c) => [c.userId, c.value])).toEqual([
      ['a', 5_000_000],
      ['c', 5_000_000],
    ])
    expect(markErrors(g, at, { 'changes.1.value': { code: 'validation.invalidAmount' } })).toBe(1)
    expect(g[2].cells.sales_amount.error).toBe('validation.invalidAmount')
    expect(g[0].cells.sales_amount.error).toBeNull()
  })
})
