import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FieldErrors } from '../../api/errors'
import { useRetryCountdown, TRY_AGAIN } from './useRetryCountdown'

// A fake of the form's field errors: what the person sees beside the fields.
function sink() {
  let shown: FieldErrors = {}
  return {
    get shown() {
      return shown
    },
    set: (f: FieldErrors) => (shown = { ...f }),
    add: (name: string, code: string, params: Record<string, string | number> = {}) =>
      (shown = { ...shown, [name]: { code, params } }),
    clear: (name?: string) => {
      if (name === undefined) shown = {}
      else {
        const next = { ...shown }
        delete next[name]
        shown = next
      }
    },
  }
}

describe('useRetryCountdown', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('counts "try again in N s" down and holds the button until the wait is over', () => {
    const fe = sink()
    const r = useRetryCountdown(fe)
    r.show({ password: { code: TRY_AGAIN, params: { seconds: 3 } } })
    expect(r.waiting.value).toBe(true)
    expect(fe.shown.password.params.seconds).toBe(3)
    vi.advanceTimersByTime(1000)
    expect(fe.shown.password.params.seconds).toBe(2)
    vi.advanceTimersByTime(2000)
    expect(r.waiting.value).toBe(false)
    expect(fe.shown.password).toBeUndefined()
  })

  it('a wrong password is shown as it is, with nothing to wait for', () => {
    const fe = sink()
    const r = useRetryCountdown(fe)
    r.show({ password: { code: 'auth.badCredentials', params: {} } })
    expect(r.waiting.value).toBe(false)
    expect(fe.shown.password.code).toBe('auth.badCredentials')
  })
})
