import type { ImportField, RowError } from '../../../api/customerFiles'

// Words the import screens build from what the backend sends: field labels
// come with the fields (zh and en), reasons are i18n codes.

type Translate = (key: string, params?: Record<string, unknown>) => string
type Exists = (key: string) => boolean

/** A field's label in the language ("en", else Chinese); the key when unknown. */
export function fieldLabel(fields: ImportField[], key: string, lang: string): string {
  const f = fields.find((x) => x.key === key)
  if (!f) return key
  return lang === 'en' ? f.en : f.zh
}

/** Where a refused row went wrong: the file's column (or the field) and why, translated. */
export function rowReason(
  t: Translate,
  te: Exists,
  fields: ImportField[],
  e: RowError,
  lang: string,
): { column: string; reason: string } {
  const column = e.column || (e.field ? fieldLabel(fields, e.field, lang) : '')
  const reason = te(e.code) ? t(e.code, (e.params ?? {}) as Record<string, unknown>) : t('errors.internal')
  return { column, reason }
}

/**
 * The mapping with column `at` set to `key` ("" skips it). A field goes to
 * one column only, so a column that had it before gives it up.
 */
export function remap(mapping: string[], at: number, key: string): string[] {
  return mapping.map((k, i) => (i === at ? key : key !== '' && k === key ? '' : k))
}

/** The first distinct non-empty cells of column `at` in the preview rows, for the mapping table. */
export function samples(rows: { cells: string[] }[], at: number, n = 2): string[] {
  const out: string[] = []
  for (const r of rows) {
    const v = (r.cells?.[at] ?? '').trim()
    if (v && !out.includes(v)) out.push(v)
    if (out.length >= n) break
  }
  return out
}
