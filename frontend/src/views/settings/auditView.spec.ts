import { describe, expect, it } from 'vitest'
import { daySpan, fieldKey, recordLink, shown } from './auditView'

describe('audit screen helpers', () => {
  it('opens customers, deals and quotes on their pages, nothing else', () => {
    expect(recordLink('customer', 'k1')).toBe('/customers/k1')
    expect(recordLink('deal', 'd1')).toBe('/sales/deals/d1')
    expect(recordLink('quote', 'q1')).toBe('/quotes/q1')
    expect(recordLink('trainingTask', 't1')).toBeNull()
  })

  it('takes the last picked day whole', () => {
    const first = new Date(2026, 10, 2, 0, 0).getTime()
    const last = new Date(2026, 10, 4, 0, 0).getTime()
    const { since, until } = daySpan([first, last])
    expect(new Date(since).getTime()).toBe(new Date(2026, 10, 2).getTime())
    expect(new Date(until).getTime()).toBe(new Date(2026, 10, 5).getTime())
    expect(since).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    expect(daySpan(null)).toEqual({ since: '', until: '' })
  })

  it('shortens long values and marks none', () => {
    expect(shown('')).toBe('—')
    expect(shown('x'.repeat(100), 10)).toBe('xxxxxxxxx…')
  })

  it('names a changed field from the locale files where the app has a name for it', () => {
    const keys = new Set(['customers.fields.companyName', 'customers.fields.city', 'sales.fields.amountMinor'])
    const exists = (k: string) => keys.has(k)
    expect(fieldKey('customer', 'name', exists)).toBe('customers.fields.companyName')
    expect(fieldKey('customer', 'city', exists)).toBe('customers.fields.city')
    expect(fieldKey('deal', 'amountMinor', exists)).toBe('sales.fields.amountMinor')
    expect(fieldKey('customer', 'allowDuplicate', exists)).toBe('')
    expect(fieldKey('quote', 'city', exists)).toBe('')
  })
})
