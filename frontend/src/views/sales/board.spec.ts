import { describe, expect, it } from 'vitest'
import type { Stage } from '../../api/sales'
import { gridColumns, nextStage, targetOn, targetsFor } from './board'

const st = (id: string, kind: string) => ({ id, kind }) as Stage
const stages = [st('lead', 'open'), st('contact', 'open'), st('quote', 'open'), st('won', 'won'), st('after', 'after'), st('lost', 'lost')]

describe('targetsFor', () => {
  it('lets an open deal go to other open stages, and to won or lost through their dialogs', () => {
    const out = targetsFor({ stageId: 'contact', status: 'open' }, stages).map((t) => `${t.stage.id}:${t.kind}`)
    expect(out).toEqual(['lead:move', 'quote:move', 'won:win', 'lost:lose'])
  })
  it('lets a won deal move only between won and after-sales', () => {
    expect(targetsFor({ stageId: 'won', status: 'won' }, stages).map((t) => t.stage.id)).toEqual(['after'])
  })
  it('lets a lost deal go nowhere', () => {
    expect(targetsFor({ stageId: 'lost', status: 'lost' }, stages)).toEqual([])
  })
  it('refuses a drop on the column the card is in', () => {
    expect(targetOn({ stageId: 'lead', status: 'open' }, stages[0], stages)).toBeNull()
  })
})

describe('nextStage', () => {
  it('is the following open stage, none after the last', () => {
    expect(nextStage('lead', stages)?.id).toBe('contact')
    expect(nextStage('quote', stages)).toBeUndefined()
  })
})

describe('gridColumns', () => {
  it('gives folded stages a strip and shares the rest with a floor', () => {
    expect(gridColumns([false, true])).toBe('minmax(124px, 1fr) 36px')
  })
})
