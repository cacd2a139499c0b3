import { describe, expect, it } from 'vitest'
import { scopeFilter, scopeOptions, type Person } from './scope'

const t = (k: string, p?: Record<string, unknown>) => (p ? `${k.split('.').pop()}:${String(p.name)}` : k.split('.').pop()!)
const people: Person[] = [
  { id: 'o', name: '周明远', role: 'owner', active: true, managerId: '' },
  { id: 'm', name: '王经理', role: 'manager', active: true, managerId: 'o' },
  { id: 'r', name: '林小雨', role: 'rep', active: true, managerId: 'm' },
  { id: 'x', name: '离职', role: 'rep', active: false, managerId: 'm' },
  { id: 'n', name: '新经理', role: 'manager', active: true, managerId: '' },
]

describe('scopeOptions', () => {
  it('gives the owner the company, each team and each active person', () => {
    const o = scopeOptions(people, { id: 'o', role: 'owner' }, t)
    expect(o[0]).toEqual({ label: 'company', value: '' })
    expect(o[1].children).toEqual([{ label: 'teamOf:王经理', value: 'team:m' }])
    expect(o[2].children?.map((c) => c.value)).toEqual(['owner:o', 'owner:m', 'owner:r', 'owner:n'])
    expect(o[2].children?.[0].label).toBe('me:周明远')
  })
  it('gives a manager their team and its people, and a rep nothing', () => {
    const o = scopeOptions(people.slice(1, 3), { id: 'm', role: 'manager' }, t)
    expect(o.map((x) => x.label)).toEqual(['myTeam', 'people'])
    expect(scopeOptions(people, { id: 'r', role: 'rep' }, t)).toEqual([])
  })
})

describe('scopeFilter', () => {
  it('turns a choice into the backend filter', () => {
    expect(scopeFilter('')).toEqual({ ownerId: '', teamId: '' })
    expect(scopeFilter('team:m')).toEqual({ ownerId: '', teamId: 'm' })
    expect(scopeFilter('owner:r')).toEqual({ ownerId: 'r', teamId: '' })
  })
})
