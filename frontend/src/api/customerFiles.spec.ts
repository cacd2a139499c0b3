import { describe, expect, it, vi } from 'vitest'
import * as Bound from '../../wailsjs/go/app/CustomerFiles'
import * as api from './customerFiles'

vi.mock('../../wailsjs/go/app/CustomerFiles', () => ({
  Duplicates: vi.fn(async () => null),
}))

describe('the customer files adapter', () => {
  it('reads no duplicates from Go (null, as on an empty database) as an empty list', async () => {
    expect(await api.duplicates()).toEqual([])
    expect(Bound.Duplicates).toHaveBeenCalledWith(200)
  })
})
