import { describe, expect, it, vi } from 'vitest'
import { computed, ref } from 'vue'
import type { FieldErrors } from '../api/errors'
import { useFormSave } from './useFormSave'

function fakeFields() {
  const errors = ref<FieldErrors>({})
  return {
    errors,
    clear: () => (errors.value = {}),
    set: (f: FieldErrors) => (errors.value = { ...f }),
    add: (name: string) => (errors.value = { ...errors.value, [name]: { code: 'validation.required', params: {} } }),
    any: computed(() => Object.keys(errors.value).length > 0),
  }
}

const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 0))

describe('useFormSave', () => {
  it('clears old errors, calls, hands the result to done and ends not saving', async () => {
    const fields = fakeFields()
    fields.add('name')
    const fail = vi.fn()
    const { saving, save } = useFormSave(fields, fail)
    const done = vi.fn()
    const p = save({ call: () => later('saved'), done, reload: () => {} })
    expect(saving.value).toBe(true)
    expect(fields.any.value).toBe(false)
    expect(await p).toBe(true)
    expect(done).toHaveBeenCalledWith('saved')
    expect(saving.value).toBe(false)
    expect(fail).not.toHaveBeenCalled()
  })

  it('stops before the call when a local check adds a field error', async () => {
    const fields = fakeFields()
    const call = vi.fn(() => later(1))
    const invalid = vi.fn()
    const { saving, save } = useFormSave(fields, vi.fn())
    const ok = await save({ check: () => fields.add('title'), invalid, call, done: () => {}, reload: () => {} })
    expect(ok).toBe(false)
    expect(call).not.toHaveBeenCalled()
    expect(invalid).toHaveBeenCalledOnce()
    expect(fields.errors.value).toHaveProperty('title')
    expect(saving.value).toBe(false)
  })

  it('takes one save at a time', async () => {
    const call = vi.fn(() => later(1))
    const { save } = useFormSave(fakeFields(), vi.fn())
    const step = { call, done: () => {}, reload: () => {} }
    const first = save(step)
    expect(await save(step)).toBe(false)
    expect(await first).toBe(true)
    expect(call).toHaveBeenCalledOnce()
  })

  it('hands a refusal to fail with the form fields (or the given setter) and the reload', async () => {
    const fields = fakeFields()
    const fail = vi.fn()
    const { saving, save } = useFormSave(fields, fail)
    const refusal = new Error('conflict')
    const reload = vi.fn()
    const done = vi.fn()
    expect(await save({ call: () => Promise.reject(refusal), done, reload })).toBe(false)
    expect(fail).toHaveBeenCalledWith(refusal, fields.set, reload)
    expect(done).not.toHaveBeenCalled()
    expect(saving.value).toBe(false)

    const setFields = vi.fn()
    await save({ call: () => Promise.reject(refusal), done, reload, setFields })
    expect(fail).toHaveBeenLastCalledWith(refusal, setFields, reload)
  })

  it('removes only after a yes, and a refused removal has no fields to mark', async () => {
    const fail = vi.fn()
    const { remove } = useFormSave(fakeFields(), fail)
    let yes: (() => Promise<void>) | undefined
    const call = vi.fn(() => later('gone'))
    const done = vi.fn()
    remove({ ask: (onOk) => (yes = onOk), call, done, reload: () => {} })
    expect(call).not.toHaveBeenCalled()
    await yes!()
    expect(done).toHaveBeenCalledWith('gone')

    const refusal = new Error('stale')
    const reload = vi.fn()
    remove({ ask: (onOk) => void onOk(), call: () => Promise.reject(refusal), done, reload })
    await vi.waitFor(() => expect(fail).toHaveBeenCalled())
    const [e, setFields, r] = fail.mock.calls[0]
    expect(e).toBe(refusal)
    expect(r).toBe(reload)
    // null: the shared handler then says the first field's reason as a message.
    expect(setFields).toBeNull()
  })
})
