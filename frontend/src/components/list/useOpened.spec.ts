import { describe, expect, it } from 'vitest'
import { useOpened } from './useOpened'

describe('useOpened', () => {
  it('opens with the record given, or with none for a new one', () => {
    const { show, opened, open } = useOpened<{ id: string }>()
    expect(show.value).toBe(false)
    open({ id: 'x' })
    expect(show.value).toBe(true)
    expect(opened.value).toEqual({ id: 'x' })
    show.value = false
    open(null)
    expect(show.value).toBe(true)
    expect(opened.value).toBeNull()
  })
})
