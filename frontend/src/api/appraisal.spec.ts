import { describe, expect, it, vi } from 'vitest'
import * as Bound from '../../wailsjs/go/app/Appraisal'
import * as api from './appraisal'

vi.mock('../../wailsjs/go/app/Appraisal', () => ({
  Templates: vi.fn(async () => null),
  Appraisals: vi.fn(async () => null),
  Targets: vi.fn(async () => null),
  Evidence: vi.fn(async () => null),
  History: vi.fn(async () => null),
  Generate: vi.fn(async () => {
    throw JSON.stringify({ kind: 'validation', code: 'errors.validation', fields: { month: { code: 'validation.monthAhead' } } })
  }),
}))

describe('the appraisal adapter', () => {
  it('reads an empty list from Go (null) as an empty list', async () => {
    expect(await api.templates()).toEqual([])
    expect(await api.appraisals('2026-10')).toEqual([])
    expect(await api.targets('2026-10')).toEqual([])
    expect(await api.evidence('a1', 'sales_amount')).toEqual([])
    expect(await api.history('u1', '2026-10', 12)).toEqual([])
    expect(Bound.History).toHaveBeenCalledWith('u1', '2026-10', 12)
  })

  it('turns a refusal into a typed error with its field', async () => {
    await expect(api.generate('2027-01')).rejects.toMatchObject({ kind: 'validation', fields: { month: { code: 'validation.monthAhead' } } })
  })
})
