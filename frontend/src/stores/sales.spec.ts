import { describe, expect, it } from 'vitest'
import { filterOf } from './sales'

describe('filterOf', () => {
  it.each([
    ['', { ownerId: '', teamId: '' }],
    ['me', { ownerId: 'me-id', teamId: '' }],
    ['team:m1', { ownerId: '', teamId: 'm1' }],
    ['user:u7', { ownerId: 'u7', teamId: '' }],
  ] as const)('%s', (choice, want) => {
    expect(filterOf(choice, 'me-id')).toEqual(want)
  })
})
