import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ErrorParams, FieldErrors } from '../api/errors'
import { translateCode } from '../i18n'
import { fieldMessages } from '../lib/fieldErrors'

/**
 * Holds field errors by backend field name (codes, not text) so that the
 * messages under NFormItems follow a language switch live.
 */
export function useFieldErrors() {
  const { t, te } = useI18n()
  const errors = ref<FieldErrors>({})
  const messages = computed(() =>
    fieldMessages(errors.value, (code, params) => translateCode(t, te, code, params)),
  )

  function set(fields: FieldErrors): void {
    errors.value = { ...fields }
  }
  function add(name: string, code: string, params: ErrorParams = {}): void {
    errors.value = { ...errors.value, [name]: { code, params } }
  }
  function clear(name?: string): void {
    if (name === undefined) {
      errors.value = {}
    } else if (name in errors.value) {
      const next = { ...errors.value }
      delete next[name]
      errors.value = next
    }
  }
  const has = (name: string): boolean => name in errors.value
  const any = computed(() => Object.keys(errors.value).length > 0)
  /** For NFormItem :feedback. */
  const feedback = (name: string): string | undefined => messages.value[name]
  /** For NFormItem :validation-status. */
  const status = (name: string): 'error' | undefined => (has(name) ? 'error' : undefined)

  return { errors, set, add, clear, has, any, feedback, status }
}
