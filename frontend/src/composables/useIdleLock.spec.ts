import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { useIdleLock } from './useIdleLock'
import { useSessionStore } from '../stores/session'
import { useCompanyStore } from '../stores/company'
import type { CompanySettings } from '../api/company'

type GoWindow = Window & { go?: unknown }

describe('useIdleLock', () => {
  let now = 0
  const Lock = vi.fn(() => Promise.resolve())

  beforeEach(() => {
    vi.useFakeTimers()
    setActivePinia(createPinia())
    now = 1_000_000
    ;(window as GoWindow).go = {
      app: { Session: { IdleLockMinutes: vi.fn(() => Promise.resolve(15)), Lock } },
    }
  })
  afterEach(() => {
    vi.useRealTimers()
    Lock.mockClear()
    delete (window as GoWindow).go
  })

  function start() {
    const session = useSessionStore()
    session.phase = 'ready'
    const target = new EventTarget()
    const Host = defineComponent({
      setup() {
        useIdleLock(() => now, target)
        return () => h('div')
      },
    })
    return { session, target, wrapper: mount(Host) }
  }

  it('applies an idle time the owner just saved, without signing in again', async () => {
    const { session } = start()
    await vi.runOnlyPendingTimersAsync() // the sign-in's setting: 15 minutes
    now += 2 * 60_000
    vi.advanceTimersByTime(5_000)
    expect(session.locked).toBe(false)
    useCompanyStore().settings = { idleLockMinutes: 1 } as CompanySettings
    await nextTick()
    vi.advanceTimersByTime(5_000)
    expect(session.locked).toBe(true)
    expect(Lock).toHaveBeenCalled()
  })

  it('does not lock while someone is working', async () => {
    const { session, target } = start()
    useCompanyStore().settings = { idleLockMinutes: 1 } as CompanySettings
    await nextTick()
    for (let i = 0; i < 30; i++) {
      now += 10_000
      target.dispatchEvent(new Event('keydown'))
      vi.advanceTimersByTime(5_000)
    }
    expect(session.locked).toBe(false)
  })
})
