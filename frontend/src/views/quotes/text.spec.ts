import { describe, expect, it } from 'vitest'
import { changeRow, changeValue, reasonText } from './text'

const t = (key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`
const ctx = { t, currency: 'CNY', locale: 'zh-CN', priceListName: (id: string) => (id === 'pl1' ? 'VIP' : '') }

describe('reasonText', () => {
  it('formats money and rates', () => {
    expect(reasonText({ kind: 'belowFloor', position: 2, name: '路由器', priceMinor: 9000, limitMinor: 10170, discountBp: 0, limitBp: 0 }, ctx)).toBe(
      'quotes.reason.belowFloor{"position":2,"name":"路由器","price":"¥90.00","floor":"¥101.70"}',
    )
    expect(reasonText({ kind: 'discountOverLimit', position: 0, name: '', priceMinor: 0, limitMinor: 0, discountBp: 1333, limitBp: 500 }, ctx)).toBe(
      'quotes.reason.discountOverLimit{"discount":"13.33%","limit":"5%"}',
    )
  })
})

describe('changeValue', () => {
  it('reads the raw integers of each field', () => {
    expect(changeValue('unitPriceMinor', '123450', ctx)).toBe('¥1,234.50')
    expect(changeValue('qtyMilli', '2500', ctx)).toBe('2.5')
    expect(changeValue('discountBp', '750', ctx)).toBe('7.5%')
    expect(changeValue('priceListId', 'pl1', ctx)).toBe('VIP')
    expect(changeValue('charges', '运费 5000; 安装 1234', ctx)).toBe('运费 ¥50.00；安装 ¥12.34')
    expect(changeValue('notes', '', ctx)).toBe('—')
    expect(changeValue('line', 'RT-1 | 路由器 | 2000 | 11300 | 0', ctx)).toBe('RT-1 路由器，2 × ¥113.00')
  })

  it('names line changes after the line', () => {
    const row = changeRow({ kind: 'changed', field: 'qtyMilli', lineKey: 'k', name: '路由器', before: '1000', after: '3000' }, ctx)
    expect(row).toEqual({ what: '路由器 · quotes.field.qtyMilli', kind: 'changed', before: '1', after: '3' })
  })
})
