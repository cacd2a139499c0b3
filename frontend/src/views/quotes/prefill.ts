// A new quote opened from a customer's page or a deal's page comes with that
// customer (and deal) filled in: /quotes/new?customer=<id>&deal=<id>.
import type { LocationQuery } from 'vue-router'
import * as quotesApi from '../../api/quotes'
import type { DraftForm } from './useQuoteDraft'

/** The ids a new quote's address asks to fill in ("" for none). */
export function prefillIds(query: LocationQuery): { customerId: string; dealId: string } {
  const one = (v: LocationQuery[string]): string => (typeof v === 'string' ? v.trim() : '')
  const customerId = one(query.customer)
  return { customerId, dealId: customerId ? one(query.deal) : '' }
}

/**
 * Fills the customer (name, address, main contact) and the deal. The deal
 * picker keeps the deal only when it is an open deal of that customer, and
 * the backend checks both again on save (a pool customer is refused there).
 */
export async function prefill(query: LocationQuery, form: DraftForm): Promise<string> {
  const { customerId, dealId } = prefillIds(query)
  if (!customerId) return ''
  const c = await quotesApi.customerById(customerId)
  const main = (c.contacts ?? []).find((x) => x.primary) ?? c.contacts?.[0]
  Object.assign(form, {
    customerId: c.id,
    customerName: c.name,
    customerAddress: c.address || '',
    contactName: main?.name ?? '',
    contactPhone: main?.phone || c.phone,
    contactEmail: main?.email || c.email,
    dealId,
  })
  return c.name
}
