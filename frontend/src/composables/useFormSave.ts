import { ref, type Ref } from 'vue'
import type { FieldErrors } from '../api/errors'
import type { SaveFailure } from './useSaveErrors'

/** The part of useFieldErrors a save needs. */
export interface SaveFields {
  clear(): void
  set(f: FieldErrors): void
  any: Readonly<Ref<boolean>>
}

export interface SaveStep<T> {
  /** Local checks before the call; a field error added here stops the save. */
  check?: () => void
  /** Runs when the local checks stopped the save. */
  invalid?: () => void
  call: () => Promise<T>
  done: (result: T) => void
  /** Where "reload" in the conflict dialog goes. */
  reload: () => void
  /** Takes the backend's field errors; the form's own by default. */
  setFields?: (f: FieldErrors) => void
}

export interface RemoveStep<T> {
  /** Asks the person; runs onOk only on yes. */
  ask: (onOk: () => Promise<void>) => void
  call: () => Promise<T>
  done: (result: T) => void
  reload: () => void
}

/**
 * The save cycle every form shares: one save at a time (saving drives the
 * buttons and the mask), local checks first, then the call; a refusal goes to
 * fail (field errors under the fields, a conflict offers a reload).
 */
export function useFormSave(fields: SaveFields, fail: SaveFailure) {
  const saving = ref(false)

  /** Resolves true when the call succeeded and done ran. */
  async function save<T>(step: SaveStep<T>): Promise<boolean> {
    if (saving.value) return false
    fields.clear()
    step.check?.()
    if (fields.any.value) {
      step.invalid?.()
      return false
    }
    saving.value = true
    try {
      step.done(await step.call())
      return true
    } catch (e) {
      fail(e, step.setFields ?? fields.set, step.reload)
      return false
    } finally {
      saving.value = false
    }
  }

  /** Asks first, then removes; a refusal says its reason, as there are no fields to mark. */
  function remove<T>(step: RemoveStep<T>): void {
    step.ask(async () => {
      try {
        step.done(await step.call())
      } catch (e) {
        fail(e, null, step.reload)
      }
    })
  }

  return { saving, save, remove }
}
