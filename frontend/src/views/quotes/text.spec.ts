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

  it('says a line is below its floor without the floor when the backend kept it back (a rep)', () => {
    const r = { kind: 'belowFloor', position: 1, name: '激光打印机', priceMinor: 100, limitMinor: 0, discountBp: 0, limitBp: 0 }
    expect(reasonText(r, ctx)).toBe('quotes.reason.belowFloorHidden{"position":1,"name":"激光打印机","price":"¥1.00"}')
  })

  it('words the price-list, copy and currency reasons', () => {
    const base = { position: 2, name: '经销商价', priceMinor: 0, limitMinor: 0, discountBp: 0, limitBp: 0 }
    expect(reasonText({ ...base, kind: 'priceListLevel' }, ctx)).toBe('quotes.reason.priceListLevel{"name":"经销商价"}')
    expect(reasonText({ ...base, kind: 'copyOfAccepted', name: 'QT-1' }, ctx)).toBe('quotes.reason.copyOfAccepted{"number":"QT-1"}')
    expect(reasonText({ ...base, kind: 'catalogOtherCurrency' }, ctx)).toBe(
      'quotes.reason.catalogOtherCurrency{"position":2,"name":"经销商价"}',
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
