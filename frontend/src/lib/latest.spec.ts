import { describe, expect, it } from 'vitest'
import { latestOnly } from './latest'

describe('latestOnly', () => {
  it('keeps only the load started last current', () => {
    const start = latestOnly()
    const first = start()
    expect(first()).toBe(true)
    const second = start()
    expect(first()).toBe(false)
    expect(second()).toBe(true)
    start()
    expect(second()).toBe(false)
  })
})
