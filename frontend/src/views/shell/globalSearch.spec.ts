import { describe, expect, it } from 'vitest'
import type { Hit } from '../../api/search'
import { flat, groups, hitRoute, isOpenShortcut, keyAction, step, ticketRoute } from './globalSearch'

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; isComposing: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

const hit = (kind: string, id: string, more: Partial<Hit> = {}): Hit =>
  ({ kind, id, customerId: '', title: id, titleEn: '', detail: '', status: '', amountMinor: 0, currency: '', ...more }) as Hit

describe('the global search keys', () => {
  it('opens on Ctrl+K and Cmd+K in either case, not with other modifiers or while composing', () => {
    expect(isOpenShortcut(key('k', { ctrlKey: true }))).toBe(true)
    expect(isOpenShortcut(key('K', { metaKey: true }))).toBe(true)
    expect(isOpenShortcut(key('k'))).toBe(false)
    expect(isOpenShortcut(key('k', { ctrlKey: true, shiftKey: true }))).toBe(false)
    expect(isOpenShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false)
    expect(isOpenShortcut(key('k', { ctrlKey: true, isComposing: true }))).toBe(false)
  })

  it('walks with the arrows and Tab, opens with Enter, closes with Esc, leaves letters to the box', () => {
    expect(keyAction(key('ArrowDown'))).toEqual({ move: 1 })
    expect(keyAction(key('ArrowUp'))).toEqual({ move: -1 })
    expect(keyAction(key('Tab', { shiftKey: true }))).toEqual({ move: -1 })
    expect(keyAction(key('Enter'))).toBe('open')
    expect(keyAction(key('Enter', { shiftKey: true }))).toBe('ticket')
    expect(keyAction(key('Escape'))).toBe('close')
    expect(keyAction(key('PageDown'))).toBe('last')
    expect(keyAction(key('a'))).toBeNull()
    // Enter that picks characters in a Chinese input method opens nothing
    expect(keyAction(key('Enter', { isComposing: true }))).toBeNull()
  })

  it('wraps round at both ends', () => {
    expect(step(0, 3, -1)).toBe(2)
    expect(step(2, 3, 1)).toBe(0)
    expect(step(1, 3, 1)).toBe(2)
    expect(step(0, 0, 1)).toBe(0)
  })
})

describe('the global search results', () => {
  it('groups by kind in a fixed order and numbers the rows as the arrows walk them', () => {
    const hits = [hit('quote', 'q1'), hit('customer', 'c1'), hit('product', 'p1'), hit('customer', 'c2'), hit('deal', 'd1')]
    const g = groups(hits)
    expect(g.map((x) => x.kind)).toEqual(['customer', 'deal', 'quote', 'product'])
    expect(g.flatMap((x) => x.rows.map((r) => `${r.hit.id}:${r.index}`))).toEqual(['c1:0', 'c2:1', 'd1:2', 'q1:3', 'p1:4'])
    expect(flat(g).map((h) => h.id)).toEqual(['c1', 'c2', 'd1', 'q1', 'p1'])
  })

  it('opens each kind on its page, a contact on their customer', () => {
    expect(hitRoute(hit('customer', 'c1'))).toBe('/customers/c1')
    expect(hitRoute(hit('contact', 'p9', { customerId: 'c1' }))).toBe('/customers/c1')
    expect(hitRoute(hit('deal', 'd1'))).toBe('/sales/deals/d1')
    expect(hitRoute(hit('quote', 'q1'))).toBe('/quotes/q1')
    expect(hitRoute(hit('product', 'p1', { detail: 'DK-120' }))).toBe('/quotes/catalog?q=DK-120')
  })

  it('opens a new ticket for the customer of a customer, contact, deal or quote; not for a product', () => {
    expect(ticketRoute(hit('customer', 'c1', { customerId: 'c1' }))).toBe('/customers/c1?ticket=new')
    expect(ticketRoute(hit('contact', 'p9', { customerId: 'c1' }))).toBe('/customers/c1?ticket=new')
    expect(ticketRoute(hit('deal', 'd1', { customerId: 'c2' }))).toBe('/customers/c2?ticket=new')
    expect(ticketRoute(hit('product', 'p1'))).toBeNull()
  })
})
