import { describe, expect, it } from 'vitest'
import { draftOf, foldProductErrors, formOf } from './dealForm'

const blank = () => draftOf(null, { currency: 'CNY', ownerId: 'u1', stageId: 's1', customerId: 'c1' })

describe('formOf', () => {
  it('turns typed amounts into minor units and an empty budget into "not known"', () => {
    const d = { ...blank(), title: ' 年度采购 ', amount: '12,345.6', budget: '' }
    const { form, errors } = formOf(d, null)
    expect(errors).toEqual({})
    expect(form).toMatchObject({ title: '年度采购', amountMinor: 1234560, budgetMinor: null, stageId: 's1', ownerId: 'u1' })
  })
  it('keeps a budget of zero as a known budget', () => {
    expect(formOf({ ...blank(), title: 'x', budget: '0' }, null).form.budgetMinor).toBe(0)
  })
  it('names the fields it can tell are wrong', () => {
    const { errors } = formOf({ ...blank(), customerId: '', title: ' ', amount: '1.234', budget: 'abc' }, null)
    expect(Object.keys(errors).sort()).toEqual(['amountMinor', 'budgetMinor', 'customerId', 'title'])
  })
  it('sends the version read and no stage on update', () => {
    const { form } = formOf({ ...blank(), title: 'x' }, { id: 'd1', version: 4 })
    expect(form).toMatchObject({ id: 'd1', version: 4, stageId: '' })
  })
})

describe('foldProductErrors', () => {
  it('shows a product row error under the products field', () => {
    const f = foldProductErrors({
      'products.1.name': { code: 'validation.required', params: {} },
      title: { code: 'validation.tooLong', params: { max: 100 } },
    })
    expect(f).toEqual({ products: { code: 'validation.required', params: {} }, title: { code: 'validation.tooLong', params: { max: 100 } } })
  })
})
