import { describe, expect, it } from 'vitest'
import { tabAttrs } from './attrs'

describe('tabAttrs', () => {
  it('names the tab, puts it in the tab order and picks it on Enter or Space only', () => {
    let picked = 0
    const attrs = tabAttrs('sales-tab-board', () => picked++) as Record<string, unknown>
    expect(attrs['data-testid']).toBe('sales-tab-board')
    expect(attrs.tabindex).toBe(0)
    const keydown = attrs.onKeydown as (e: KeyboardEvent) => void
    for (const key of ['Enter', ' ', 'a', 'Tab']) keydown(new KeyboardEvent('keydown', { key }))
    expect(picked).toBe(2)
  })
})
