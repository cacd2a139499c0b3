import { describe, expect, it } from 'vitest'
import { prefillIds } from './prefill'

describe('prefillIds', () => {
  it('reads the customer and the deal from the address', () => {
    expect(prefillIds({ customer: 'c1', deal: 'd1' })).toEqual({ customerId: 'c1', dealId: 'd1' })
  })
  it('takes no deal without a customer, and nothing from repeated or missing values', () => {
    expect(prefillIds({ deal: 'd1' })).toEqual({ customerId: '', dealId: '' })
    expect(prefillIds({ customer: ['c1', 'c2'] })).toEqual({ customerId: '', dealId: '' })
    expect(prefillIds({})).toEqual({ customerId: '', dealId: '' })
  })
})
