import type { FieldErrors } from '../api/errors'

type Translate = (code: string, params: Record<string, unknown>) => string

/** Field errors as the text shown under each field, in the current language. */
export function fieldMessages(fields: FieldErrors, translate: Translate): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, fe] of Object.entries(fields)) {
    out[name] = translate(fe.code, fe.params)
  }
  return out
}
