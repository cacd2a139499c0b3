// Pure helpers of the audit screen: where a record opens, and a picked span
// of local days as the instants the backend filters by.

/** The page of a record the app has one for; null otherwise. */
export function recordLink(entity: string, id: string): string | null {
  switch (entity) {
    case 'customer':
      return `/customers/${id}`
    case 'deal':
      return `/sales/deals/${id}`
    case 'quote':
      return `/quotes/${id}`
  }
  return null
}

/**
 * Local calendar days [first, last] (as the date picker gives them: local
 * midnights in ms) as since/until instants: from the first day's start to
 * the start of the day after the last, so the last day counts whole.
 */
export function daySpan(range: [number, number] | null): { since: string; until: string } {
  if (!range) return { since: '', until: '' }
  const first = new Date(range[0])
  const last = new Date(range[1])
  const since = new Date(first.getFullYear(), first.getMonth(), first.getDate())
  const until = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1)
  return { since: rfc3339(since), until: rfc3339(until) }
}

function rfc3339(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** A changed value as a person reads it: long JSON shortened, none as a dash. */
export function shown(v: string, max = 60): string {
  if (v === '') return '—'
  return v.length > max ? v.slice(0, max - 1) + '…' : v
}

/** Where each kind of record keeps the names of its fields in the locale files. */
const FIELD_NAMES: Record<string, string[]> = {
  customer: ['customers.fields.'],
  customer_settings: ['customers.rules.fields.'],
  deal: ['sales.fields.'],
}

/**
 * The i18n key of a changed field's name for a record of kind entity, or ""
 * when the app has none (the raw field name is then shown as it is).
 */
export function fieldKey(entity: string, field: string, exists: (key: string) => boolean): string {
  const name = field === 'name' && entity === 'customer' ? 'companyName' : field
  for (const prefix of FIELD_NAMES[entity] ?? []) if (exists(prefix + name)) return prefix + name
  return ''
}
