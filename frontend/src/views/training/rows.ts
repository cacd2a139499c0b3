import type { Ref } from 'vue'
import type { useFieldErrors } from '../../composables/useFieldErrors'
import { moved } from './format'

type Errors = Pick<ReturnType<typeof useFieldErrors>, 'errors' | 'clear'>

/**
 * Removing or moving a row of a list field ("items", "actions", "criteria").
 * The rows after it shift, so their errors would sit on the wrong rows: all
 * of the list's errors are dropped instead.
 */
export function useRows<T>(rows: Ref<T[]>, fe: Errors, list: string) {
  function dropErrors(): void {
    for (const name of Object.keys(fe.errors.value)) if (name.startsWith(list)) fe.clear(name)
  }

  function remove(i: number): void {
    rows.value.splice(i, 1)
    dropErrors()
  }

  function move(i: number, delta: number): void {
    rows.value = moved(rows.value, i, delta)
    dropErrors()
  }

  return { remove, move }
}
