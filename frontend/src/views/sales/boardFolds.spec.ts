import { describe, expect, it, vi } from 'vitest'
import { isFolded, readOpened, useBoardFolds, writeOpened, type FoldStorage } from './boardFolds'

function memory(initial: Record<string, string> = {}): FoldStorage & { data: Record<string, string> } {
  const data = { ...initial }
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v
    },
  }
}

const won = { id: 'won', kind: 'won' }
const lost = { id: 'lost', kind: 'lost' }
const lead = { id: 'lead', kind: 'open' }

describe('board folds', () => {
  it('folds the closed stages and never an open one', () => {
    expect(isFolded(won, new Set())).toBe(true)
    expect(isFolded(won, new Set(['won']))).toBe(false)
    expect(isFolded(lead, new Set())).toBe(false)
  })

  it('reads back what it wrote, and nothing from garbage', () => {
    const s = memory()
    writeOpened(s, new Set(['lost', 'won']))
    expect([...readOpened(s)]).toEqual(['lost', 'won'])
    expect(readOpened(memory({ 'steady.sales.board.opened': '{oops' })).size).toBe(0)
    expect(readOpened(memory({ 'steady.sales.board.opened': '[1,"won"]' }))).toEqual(new Set(['won']))
  })

  it('remembers a toggle for the next board', () => {
    const s = memory()
    const first = useBoardFolds(s)
    first.toggle(won)
    expect(first.folded(won)).toBe(false)
    expect(first.folded(lost)).toBe(true)
    const next = useBoardFolds(s)
    expect(next.folded(won)).toBe(false)
    next.toggle(won)
    expect(useBoardFolds(s).folded(won)).toBe(true)
  })

  it('still folds and unfolds when the storage refuses, and says so', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const broken: FoldStorage = {
      getItem: () => {
        throw new Error('no storage')
      },
      setItem: () => {
        throw new Error('full')
      },
    }
    const f = useBoardFolds(broken)
    expect(f.folded(won)).toBe(true)
    f.toggle(won)
    expect(f.folded(won)).toBe(false)
    expect(error).toHaveBeenCalledTimes(2)
    error.mockRestore()
  })
})
