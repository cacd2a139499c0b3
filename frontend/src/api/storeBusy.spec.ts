import { afterEach, describe, expect, it } from 'vitest'
import { onStoreBusy } from './storeBusy'

type Listener = (payload: unknown) => void

/** A stand-in for the Wails runtime that keeps the listeners. */
function fakeRuntime() {
  const listeners: Record<string, Listener[]> = {}
  let offs = 0
  ;(window as unknown as { runtime: unknown }).runtime = {
    EventsOnMultiple(name: string, cb: Listener) {
      ;(listeners[name] ??= []).push(cb)
      return () => offs++
    },
  }
  return {
    emit: (name: string, payload: unknown) => (listeners[name] ?? []).forEach((cb) => cb(payload)),
    offs: () => offs,
  }
}

afterEach(() => delete (window as unknown as { runtime?: unknown }).runtime)

describe('onStoreBusy', () => {
  it('passes on how many saves wait, and 0 for anything unreadable', () => {
    const rt = fakeRuntime()
    const heard: number[] = []
    const off = onStoreBusy((n) => heard.push(n))
    rt.emit('store:busy', { waiting: 2 })
    rt.emit('store:busy', { waiting: 0 })
    rt.emit('store:busy', null)
    rt.emit('store:busy', { waiting: 'lots' })
    expect(heard).toEqual([2, 0, 0, 0])
    off()
    expect(rt.offs()).toBe(1)
  })

  it('does nothing outside the app window', () => {
    const heard: number[] = []
    onStoreBusy((n) => heard.push(n))()
    expect(heard).toEqual([])
  })
})
