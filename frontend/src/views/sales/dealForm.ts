// The deal form's values as typed, and the conversion to what the backend takes.
import type { Deal, DealForm } from '../../api/sales'
import type { FieldErrors } from '../../api/errors'
import { amountInput, parseAmount } from '../../lib/money'

export interface DealDraft {
  customerId: string
  title: string
  amount: string
  currency: string
  expectedCloseOn: string
  ownerId: string
  stageId: string
  products: DealForm['products']
  budget: string
  decisionMaker: string
  purchaseTimeline: string
  needs: string
  notes: string
}

export function draftOf(d: Deal | null, defaults: { currency: string; ownerId: string; stageId: string; customerId?: string }): DealDraft {
  const currency = d?.currency || defaults.currency
  return {
    customerId: d?.customerId ?? defaults.customerId ?? '',
    title: d?.title ?? '',
    amount: d && d.amountMinor > 0 ? amountInput(d.amountMinor, currency) : '',
    currency,
    expectedCloseOn: d?.expectedCloseOn ?? '',
    ownerId: d?.ownerId ?? defaults.ownerId,
    stageId: d?.stageId ?? defaults.stageId,
    products: (d?.products ?? []).map((p) => ({ productId: p.productId, name: p.name })),
    budget: d?.budgetMinor != null ? amountInput(d.budgetMinor, currency) : '',
    decisionMaker: d?.decisionMaker ?? '',
    purchaseTimeline: d?.purchaseTimeline ?? '',
    needs: d?.needs ?? '',
    notes: d?.notes ?? '',
  }
}

/**
 * The form to send, or the field errors the frontend can tell at once (the
 * backend checks everything again). An empty amount is 0; an empty budget
 * is "not known yet".
 */
export function formOf(draft: DealDraft, current: Pick<Deal, 'id' | 'version'> | null): { form: DealForm; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const required = { code: 'validation.required', params: {} }
  if (!draft.customerId) errors.customerId = required
  if (!draft.title.trim()) errors.title = required
  const amount = draft.amount.trim() === '' ? 0 : parseAmount(draft.amount, draft.currency)
  if (amount === null) errors.amountMinor = { code: 'validation.invalidAmount', params: {} }
  const budget = draft.budget.trim() === '' ? null : parseAmount(draft.budget, draft.currency)
  if (draft.budget.trim() !== '' && budget === null) errors.budgetMinor = { code: 'validation.invalidAmount', params: {} }
  const form: DealForm = {
    id: current?.id ?? '',
    version: current?.version ?? 0,
    customerId: draft.customerId,
    title: draft.title.trim(),
    amountMinor: amount ?? 0,
    currency: draft.currency,
    expectedCloseOn: draft.expectedCloseOn,
    ownerId: draft.ownerId,
    stageId: current ? '' : draft.stageId,
    products: draft.products,
    budgetMinor: budget,
    decisionMaker: draft.decisionMaker.trim(),
    purchaseTimeline: draft.purchaseTimeline.trim(),
    needs: draft.needs.trim(),
    notes: draft.notes.trim(),
  }
  return { form, errors }
}

/** Product errors come back per row ("products.2.name"): the form shows them under the one picker. */
export function foldProductErrors(fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {}
  for (const [k, v] of Object.entries(fields)) {
    if (k.startsWith('products.')) out.products ??= v
    else out[k] = v
  }
  return out
}
