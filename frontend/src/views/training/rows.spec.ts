import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import type { FieldErrors } from '../../api/errors'
import { useRows } from './rows'

function fakeErrors(names: string[]) {
  const errors = ref<FieldErrors>(Object.fromEntries(names.map((n) => [n, { code: 'validation.required', params: {} }])))
  const clear = (name?: string) => {
    if (name === undefined) errors.value = {}
    else {
      const next = { ...errors.value }
      delete next[name]
      errors.value = next
    }
  }
  return { errors, clear }
}

describe('useRows', () => {
  it('removes a row and drops every error of its list, not the others', () => {
    const rows = ref(['a', 'b', 'c'])
    const fe = fakeErrors(['items', 'items.2.dueDays', 'name'])
    useRows(rows, fe, 'items').remove(1)
    expect(rows.value).toEqual(['a', 'c'])
    expect(Object.keys(fe.errors.value)).toEqual(['name'])
  })

  it('moves a row and drops the list errors; at the ends nothing moves', () => {
    const rows = ref(['a', 'b', 'c'])
    const fe = fakeErrors(['items.0.courseId'])
    const { move } = useRows(rows, fe, 'items')
    move(0, 1)
    expect(rows.value).toEqual(['b', 'a', 'c'])
    expect(fe.errors.value).toEqual({})
    move(2, 1)
    expect(rows.value).toEqual(['b', 'a', 'c'])
  })
})
