import { describe, expect, it } from 'vitest'
import type { Product } from '../../api/catalog'
import {
  catalogLine,
  entryErrors,
  freeLine,
  headerErrors,
  lineProblems,
  liveTotals,
  reprice,
  toLineForm,
  type PriceContext,
} from './builder'

function product(over: Partial<Product>): Product {
  return {
    id: 'p1',
    sku: 'SKU-1',
    nameZh: '产品',
    nameEn: 'Product',
    spec: '',
    unit: '台',
    category: '',
    currency: 'CNY',
    listPriceMinor: 11300,
    costMinor: 0,
    floorPriceMinor: 10170,
    taxRateBp: 1300,
    active: true,
    hasImage: false,
    imageDataUrl: '',
    version: 1,
    createdAt: '',
    updatedAt: '',
    ...over,
  } as Product
}

const ctx = (over: Partial<PriceContext> = {}): PriceContext => ({
  currency: 'CNY',
  quoteIncludesTax: true,
  companyIncludesTax: true,
  listPrices: new Map(),
  language: 'zh-CN',
  ...over,
})

describe('catalog lines', () => {
  it('start from the list price in the quote tax terms', () => {
    const d = catalogLine(product({}), ctx())
    expect([d.price, d.taxRate, d.qty, d.name, d.catalogPrice]).toEqual(['113.00', '13', '1', '产品', true])
    const added = catalogLine(product({}), ctx({ quoteIncludesTax: false }))
    expect(added.price).toBe('100.00')
    expect(catalogLine(product({}), ctx({ language: 'en' })).name).toBe('Product')
  })

  it('take the price list price when the list has the product', () => {
    const d = catalogLine(product({}), ctx({ listPrices: new Map([['p1', 9900]]) }))
    expect(d.price).toBe('99.00')
  })

  it('follow the catalog until a price is typed', () => {
    const p = product({})
    const d = catalogLine(p, ctx())
    expect(reprice(d, p, ctx({ quoteIncludesTax: false })).price).toBe('100.00')
    const typed = { ...d, price: '88', catalogPrice: false }
    expect(reprice(typed, p, ctx({ quoteIncludesTax: false })).price).toBe('88')
  })

  it('send catalogPrice only while they follow the catalog', () => {
    const d = catalogLine(product({}), ctx())
    expect(toLineForm(d, 'CNY')).toMatchObject({ productId: 'p1', catalogPrice: true, qtyMilli: 1000, unitPriceMinor: 11300, taxRateBp: 1300 })
    expect(toLineForm({ ...d, catalogPrice: false, qty: '2.5', discount: '5' }, 'CNY')).toMatchObject({
      catalogPrice: false,
      qtyMilli: 2500,
      discountBp: 500,
    })
  })
})

describe('line problems', () => {
  it('name each bad field like the backend does', () => {
    const d = { ...freeLine('', 1300), qty: '1.2345', price: 'x', discount: '120' }
    expect(Object.keys(lineProblems(d, 'CNY')).sort()).toEqual(['discountBp', 'name', 'qtyMilli', 'unitPriceMinor'])
    expect(lineProblems({ ...freeLine('安装', 600), price: '300' }, 'CNY')).toEqual({})
  })
})

describe('live totals', () => {
  it('treat unreadable input as zero', () => {
    const p = product({})
    const lines = [
      { ...catalogLine(p, ctx()), qty: '2', price: '90', catalogPrice: false },
      { ...freeLine('安装', 600), price: 'abc' },
    ]
    const totals = liveTotals(lines, 'CNY', 0, true, [1000])
    expect(totals.subtotalMinor).toBe(18000)
    expect(totals.totalMinor).toBe(19000)
  })
})

describe('errors by entry', () => {
  const fields = {
    customerName: { code: 'validation.required', params: {} },
    'lines.1.qtyMilli': { code: 'validation.invalidQuantity', params: {} },
    'charges.0.label': { code: 'validation.required', params: {} },
  }
  it('split header and line errors', () => {
    expect(Object.keys(headerErrors(fields))).toEqual(['customerName'])
    expect(entryErrors(fields, 'lines', 1)).toEqual({ qtyMilli: { code: 'validation.invalidQuantity', params: {} } })
    expect(entryErrors(fields, 'lines', 0)).toEqual({})
    expect(Object.keys(entryErrors(fields, 'charges', 0))).toEqual(['label'])
  })
})

