import { ref } from 'vue'
import type { FieldErrors } from '../../api/errors'
import type { useFieldErrors } from '../../composables/useFieldErrors'
import { parseAmount } from '../../lib/money'
import { entryErrors, headerErrors, lineProblems } from './builder'
import type { QuoteDraft } from './useQuoteDraft'

/**
 * The builder's errors: header fields in fe, lines and charges by their
 * local key. checkLocally finds what the backend would refuse anyway before
 * anything is sent; showFieldErrors puts the backend's refusal beside the
 * fields it names.
 */
export function useDraftChecks(draft: Pick<QuoteDraft, 'form' | 'lines' | 'charges' | 'discountBp'>, fe: ReturnType<typeof useFieldErrors>) {
  const lineErrors = ref<Record<number, FieldErrors>>({})
  const chargeErrors = ref<Record<number, FieldErrors>>({})

  function clear(): void {
    fe.clear()
    lineErrors.value = {}
    chargeErrors.value = {}
  }

  /** A person changed a line's field: its error no longer applies. */
  function lineEdited(key: number, field: string): void {
    const errs = lineErrors.value[key]
    if (!errs) return
    const next = { ...errs }
    delete next[field]
    const all = { ...lineErrors.value }
    if (Object.keys(next).length) all[key] = next
    else delete all[key]
    lineErrors.value = all
    fe.clear('lines')
  }

  function checkLocally(): boolean {
    const { form } = draft
    fe.clear()
    const le: Record<number, FieldErrors> = {}
    for (const d of draft.lines.value) {
      const p = lineProblems(d, form.currency)
      if (Object.keys(p).length) le[d.key] = p
    }
    lineErrors.value = le
    const ce: Record<number, FieldErrors> = {}
    for (const c of draft.charges.value) {
      const errs: FieldErrors = {}
      if (!c.label.trim()) errs.label = { code: 'validation.required', params: {} }
      if (parseAmount(c.amount, form.currency) === null) errs.amountMinor = { code: 'quotes.builder.priceFormat', params: {} }
      if (Object.keys(errs).length) ce[c.key] = errs
    }
    chargeErrors.value = ce
    if (!form.customerName.trim()) fe.add('customerName', 'validation.required')
    if (draft.discountBp.value === null) fe.add('discountBp', 'validation.percentFormat')
    if (!draft.lines.value.length) fe.add('lines', 'quotes.builder.noLines')
    return !fe.any.value && !Object.keys(le).length && !Object.keys(ce).length
  }

  function showFieldErrors(fields: FieldErrors): void {
    fe.set(headerErrors(fields))
    const le: Record<number, FieldErrors> = {}
    draft.lines.value.forEach((d, i) => {
      const errs = entryErrors(fields, 'lines', i)
      if (Object.keys(errs).length) le[d.key] = errs
    })
    lineErrors.value = le
    const ce: Record<number, FieldErrors> = {}
    draft.charges.value.forEach((c, i) => {
      const errs = entryErrors(fields, 'charges', i)
      if (Object.keys(errs).length) ce[c.key] = errs
    })
    chargeErrors.value = ce
  }

  return { lineErrors, chargeErrors, clear, lineEdited, checkLocally, showFieldErrors }
}

export type DraftChecks = ReturnType<typeof useDraftChecks>
