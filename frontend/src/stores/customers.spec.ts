import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { useCustomersStore } from './customers'
import { useSessionStore } from './session'
import { AppError } from '../api/errors'

type GoWindow = Window & { go?: unknown }

const today = {
  revisits: [{ taskId: 't1', customerId: 'c1', customerName: '瞿溪湾茶业', segment: 'ordinary', dueOn: '2026-05-01', daysOverdue: 2, lastContactAt: '' }],
  birthdays: [
    { contactId: 'p1', contactName: '陆佳怡', customerId: 'c1', customerName: '瞿溪湾茶业', on: '2026-05-03', inDays: 0, age: 0, greetingZh: '陆佳怡，生日快乐', greetingEn: 'Happy birthday, 陆佳怡' },
  ],
}

function signedIn(role: 'owner' | 'manager' | 'rep', id = 'u1') {
  const session = useSessionStore()
  session.user = { id, name: '周明远', role } as never
  return session
}

describe('customers store', () => {
  let Today: ReturnType<typeof vi.fn>
  beforeEach(() => {
    Today = vi.fn(() => Promise.resolve(today))
    ;(window as GoWindow).go = { app: { Customers: { Today }, Users: { List: vi.fn(() => Promise.resolve([])) } } }
    setActivePinia(createPinia())
  })
  afterEach(() => {
    delete (window as GoWindow).go
  })

  it('counts due revisits and birthdays for the Today tab', async () => {
    signedIn('rep')
    const store = useCustomersStore()
    expect(store.todayCount).toBe(0)
    await store.loadToday()
    expect(store.todayCount).toBe(2)
    expect(store.todayFailed).toBe(false)
  })

  it('keeps a failed Today load visible as failed and rethrows a typed error', async () => {
    Today.mockImplementationOnce(() => Promise.reject('{"kind":"forbidden","code":"errors.forbidden.role"}'))
    signedIn('rep')
    const store = useCustomersStore()
    await expect(store.loadToday()).rejects.toBeInstanceOf(AppError)
    expect(store.todayFailed).toBe(true)
    expect(store.todayLoading).toBe(false)
  })

  it('clears the filters but keeps the sort and the page size', () => {
    signedIn('owner')
    const store = useCustomersStore()
    Object.assign(store.query, { ownerId: 'pool', stage: 'lead', tag: 'VIP', city: '杭州', sort: 'lastContact', desc: true, limit: 100, offset: 200 })
    expect(store.filtered).toBe(true)
    store.clearFilters()
    expect(store.filtered).toBe(false)
    expect(store.query).toMatchObject({ ownerId: '', stage: '', tag: '', city: '', sort: 'lastContact', desc: true, limit: 100, offset: 0 })
  })

  it('knows who may hand customers over', () => {
    const session = signedIn('rep')
    const store = useCustomersStore()
    expect(store.canAssign).toBe(false)
    session.user = { id: 'u2', name: '郑国强', role: 'manager' } as never
    expect(store.canAssign).toBe(true)
    expect(store.isOwner).toBe(false)
  })

  it("forgets the previous user's day and filters when someone else signs in", async () => {
    const session = signedIn('rep', 'u1')
    const store = useCustomersStore()
    await store.loadToday()
    store.query.stage = 'lead'
    session.user = { id: 'u2', name: '许晓峰', role: 'rep' } as never
    await nextTick()
    expect(store.today).toBeNull()
    expect(store.query.stage).toBe('')
  })
})
