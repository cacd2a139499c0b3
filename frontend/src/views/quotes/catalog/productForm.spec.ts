import { describe, expect, it } from 'vitest'
import type { Product } from '../../../api/catalog'
import { productDraft, productInput } from './productForm'

const defaults = { currency: 'CNY', taxRateBp: 1300 }

describe('productDraft', () => {
  it('starts a new product in the company currency and tax rate', () => {
    const d = productDraft(null, defaults)
    expect(d).toMatchObject({ currency: 'CNY', taxRate: '13', listPrice: '', active: true, imageChanged: false })
  })
  it('shows a stored product, with an unset floor and cost left empty', () => {
    const p = { sku: 'Q-1', nameZh: '路由器', currency: 'USD', listPriceMinor: 12345, floorPriceMinor: 0, costMinor: 5000, taxRateBp: 600, active: false } as Product
    expect(productDraft(p, defaults)).toMatchObject({ currency: 'USD', listPrice: '123.45', floorPrice: '', cost: '50.00', taxRate: '6', active: false })
  })
})

describe('productInput', () => {
  it('turns typed prices into minor units and keeps the stored picture unless changed', () => {
    const d = { ...productDraft(null, defaults), sku: ' Q-2 ', nameZh: '网线', listPrice: '4.50', cost: '' }
    const { form, errors } = productInput(d, { id: 'p1', version: 3 })
    expect(errors).toEqual({})
    expect(form).toMatchObject({ id: 'p1', version: 3, sku: 'Q-2', listPriceMinor: 450, costMinor: 0, taxRateBp: 1300, keepImage: true, imageDataUrl: '' })
  })
  it('names the fields it can tell are wrong', () => {
    const d = { ...productDraft(null, defaults), listPrice: '', floorPrice: 'abc', taxRate: '1.234' }
    expect(Object.keys(productInput(d, null).errors).sort()).toEqual(['floorPriceMinor', 'listPriceMinor', 'nameZh', 'sku', 'taxRateBp'])
  })
})
