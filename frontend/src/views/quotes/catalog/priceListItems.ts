// The rows of a price list as typed: a product and its price on this list.
import type { FieldErrors } from '../../../api/errors'
import type { PriceList } from '../../../api/catalog'
import { amountInput, parseAmount } from '../../../lib/money'
import { entryErrors } from '../builder'

export interface ItemDraft {
  /** Stable for the row's life, so errors stay with their row when others are removed. */
  key: number
  productId: string
  price: string
}

/** Field errors by row key. */
export type ItemErrors = Record<number, FieldErrors>

let nextKey = 1

export function newItem(productId = '', price = ''): ItemDraft {
  return { key: nextKey++, productId, price }
}

export function itemsOf(p: PriceList | null, currency: string): ItemDraft[] {
  return (p?.items ?? []).map((i) => newItem(i.productId, amountInput(i.priceMinor, currency)))
}

/** What the frontend can tell at once: a row without a product, a price that is not an amount. */
export function checkItems(items: ItemDraft[], currency: string): ItemErrors {
  const out: ItemErrors = {}
  for (const d of items) {
    const errs: FieldErrors = {}
    if (!d.productId) errs.productId = { code: 'validation.invalidProduct', params: {} }
    if (parseAmount(d.price, currency) === null) errs.priceMinor = { code: 'quotes.builder.priceFormat', params: {} }
    if (Object.keys(errs).length) out[d.key] = errs
  }
  return out
}

/** The backend's errors split: the list's own fields, and "items.2.priceMinor" under the row it names. */
export function splitErrors(fields: FieldErrors, items: ItemDraft[]): { header: FieldErrors; items: ItemErrors } {
  const header: FieldErrors = {}
  for (const [name, e] of Object.entries(fields)) {
    if (!/^items\.\d+\./.test(name)) header[name] = e
  }
  const byRow: ItemErrors = {}
  items.forEach((d, i) => {
    const errs = entryErrors(fields, 'items', i)
    if (Object.keys(errs).length) byRow[d.key] = errs
  })
  return { header, items: byRow }
}

/**
 * The product's floor price when the row's price is below it, else null. The
 * floor reaches only those who may see it (managers and the owner, who keep
 * price lists); for anyone else it is 0 and nothing is said.
 */
export function belowFloor(d: ItemDraft, floorMinor: number | undefined, currency: string): number | null {
  if (!floorMinor || floorMinor <= 0) return null
  const price = parseAmount(d.price, currency)
  return price !== null && price < floorMinor ? floorMinor : null
}
