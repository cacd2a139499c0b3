import { describe, expect, it } from 'vitest'
import { belowFloor, checkItems, newItem, splitErrors } from './priceListItems'

describe('price list rows', () => {
  it('flags a row without a product and a price that is not an amount, by row key', () => {
    const ok = newItem('p1', '850')
    const bad = newItem('', '8x')
    const errs = checkItems([ok, bad], 'CNY')
    expect(Object.keys(errs)).toEqual([String(bad.key)])
    expect(errs[bad.key].productId.code).toBe('validation.invalidProduct')
    expect(errs[bad.key].priceMinor.code).toBe('quotes.builder.priceFormat')
  })

  it('puts the backend\'s row errors under the row they name and keeps the rest for the list', () => {
    const a = newItem('p1', '1')
    const b = newItem('p2', '2')
    const split = splitErrors(
      {
        name: { code: 'validation.required', params: {} },
        'items.1.productId': { code: 'validation.duplicate', params: {} },
      },
      [a, b],
    )
    expect(Object.keys(split.header)).toEqual(['name'])
    expect(split.items[a.key]).toBeUndefined()
    expect(split.items[b.key].productId.code).toBe('validation.duplicate')
  })
})

describe('a price list price below the floor', () => {
  it('names the floor when the typed price is under it, not at it or above', () => {
    expect(belowFloor(newItem('p1', '199.99'), 20000, 'CNY')).toBe(20000)
    expect(belowFloor(newItem('p1', '200'), 20000, 'CNY')).toBeNull()
    expect(belowFloor(newItem('p1', '250.00'), 20000, 'CNY')).toBeNull()
  })
  it('says nothing without a floor (none set, or hidden from the person) or without a price', () => {
    expect(belowFloor(newItem('p1', '1'), 0, 'CNY')).toBeNull()
    expect(belowFloor(newItem('p1', '1'), undefined, 'CNY')).toBeNull()
    expect(belowFloor(newItem('p1', ''), 20000, 'CNY')).toBeNull()
    expect(belowFloor(newItem('p1', 'abc'), 20000, 'CNY')).toBeNull()
  })
})
