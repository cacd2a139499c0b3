import { describe, expect, it } from 'vitest'
import { choicesFor, takeOf, winner, type Values } from './mergeChoice'

const blank: Values = { name: '', source: '', industry: '', region: '', city: '', country: '', address: '', phone: '', email: '', wechat: '', website: '' }
const a: Values = { ...blank, name: '杭州明远智能科技有限公司', city: '杭州', phone: '0571-87654321' }
const b: Values = { ...blank, name: '明远智能科技', city: '杭州', email: 'info@mingyuan.cn', phone: '13800138000' }

describe('merge choices', () => {
  it('keeps the survivor’s values by default and fills its blanks from the duplicate', () => {
    const c = choicesFor('a')
    expect(takeOf(a, b, 'a', c)).toEqual([])
    expect(winner(a, b, 'a', c, 'name')).toBe('a')
    expect(winner(a, b, 'a', c, 'email')).toBe('b')
    expect(winner(a, b, 'a', c, 'city')).toBe('a')
    expect(winner(a, b, 'a', c, 'wechat')).toBeNull()
  })

  it('takes only fields the person picked that really differ', () => {
    const c = { ...choicesFor('b'), name: 'a' as const, city: 'a' as const, address: 'a' as const }
    expect(takeOf(a, b, 'b', c)).toEqual(['name'])
    expect(winner(a, b, 'b', c, 'phone')).toBe('b')
    expect(winner(a, b, 'b', c, 'name')).toBe('a')
  })
})
