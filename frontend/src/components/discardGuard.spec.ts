import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { discardGuard } from './discardGuard'

describe('the discard guard of a drawer', () => {
  it('counts what the person changed, not what the drawer loaded', () => {
    const form = reactive({ name: '', tags: [] as string[] })
    const g = discardGuard(() => form)
    form.name = '杭州明远' // the drawer fills the record before anyone touches it
    expect(g.dirty()).toBe(false)
    g.reach()
    expect(g.dirty()).toBe(false)
    form.tags.push('展会')
    expect(g.dirty()).toBe(true)
  })

  it('sees no change once the typing is undone', () => {
    const form = reactive({ name: 'A' })
    const g = discardGuard(() => form)
    g.reach()
    form.name = 'AB'
    expect(g.dirty()).toBe(true)
    form.name = 'A'
    expect(g.dirty()).toBe(false)
  })

  it('keeps the first look: reaching again later does not forget a change', () => {
    const form = reactive({ name: 'A' })
    const g = discardGuard(() => form)
    g.reach()
    form.name = 'B'
    g.reach()
    expect(g.dirty()).toBe(true)
  })

  it('starts clean when the drawer opens again', () => {
    const form = reactive({ name: 'A' })
    const g = discardGuard(() => form)
    g.reach()
    form.name = 'B'
    g.reset()
    expect(g.dirty()).toBe(false)
  })

  it('without a model, any input event counts', () => {
    const g = discardGuard()
    g.reach()
    expect(g.dirty()).toBe(false)
    g.input()
    expect(g.dirty()).toBe(true)
    g.reset()
    expect(g.dirty()).toBe(false)
  })

  it('counts text that arrived without a key or a pointer first (pasted, dropped)', () => {
    const form = reactive({ name: '' })
    const g = discardGuard(() => form)
    form.name = '嘉兴禾田'
    g.input()
    expect(g.dirty()).toBe(true)
    g.reach() // the Esc that closes is a key too: it must not take the changed form as the start
    expect(g.dirty()).toBe(true)
  })
})
