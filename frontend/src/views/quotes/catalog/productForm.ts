// A catalog product's form as typed (prices and the tax rate as text), and
// the conversion to what the backend takes.
import type { Product, ProductForm } from '../../../api/catalog'
import type { FieldErrors } from '../../../api/errors'
import { amountInput, parseAmount, parseRate, rateInput } from '../../../lib/money'

export interface ProductDraft {
  sku: string
  nameZh: string
  nameEn: string
  spec: string
  unit: string
  category: string
  currency: string
  listPrice: string
  floorPrice: string
  cost: string
  taxRate: string
  active: boolean
  imageDataUrl: string
  /** Whether the picture was picked or removed here; otherwise the stored one stays. */
  imageChanged: boolean
}

/** A new product takes the company's currency and tax rate; an unset floor or cost shows empty. */
export function productDraft(p: Product | null, defaults: { currency: string; taxRateBp: number }): ProductDraft {
  const currency = p?.currency || defaults.currency
  return {
    sku: p?.sku ?? '',
    nameZh: p?.nameZh ?? '',
    nameEn: p?.nameEn ?? '',
    spec: p?.spec ?? '',
    unit: p?.unit ?? '',
    category: p?.category ?? '',
    currency,
    listPrice: p ? amountInput(p.listPriceMinor, currency) : '',
    floorPrice: p?.floorPriceMinor ? amountInput(p.floorPriceMinor, currency) : '',
    cost: p?.costMinor ? amountInput(p.costMinor, currency) : '',
    taxRate: rateInput(p ? p.taxRateBp : defaults.taxRateBp),
    active: p?.active ?? true,
    imageDataUrl: p?.imageDataUrl ?? '',
    imageChanged: false,
  }
}

/**
 * The form to send, or the field errors the frontend can tell at once (the
 * backend checks everything again). An empty floor or cost is 0 (none).
 */
export function productInput(d: ProductDraft, current: Pick<Product, 'id' | 'version'> | null): { form: ProductForm; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const money = (field: string, text: string, required: boolean): number => {
    if (!text.trim()) {
      if (required) errors[field] = { code: 'validation.required', params: {} }
      return 0
    }
    const v = parseAmount(text, d.currency)
    if (v === null) errors[field] = { code: 'quotes.builder.priceFormat', params: {} }
    return v ?? 0
  }
  const listPriceMinor = money('listPriceMinor', d.listPrice, true)
  const floorPriceMinor = money('floorPriceMinor', d.floorPrice, false)
  const costMinor = money('costMinor', d.cost, false)
  const taxRateBp = parseRate(d.taxRate)
  if (taxRateBp === null) errors.taxRateBp = { code: 'validation.percentFormat', params: {} }
  if (!d.sku.trim()) errors.sku = { code: 'validation.required', params: {} }
  if (!d.nameZh.trim()) errors.nameZh = { code: 'validation.required', params: {} }
  const form: ProductForm = {
    id: current?.id ?? '',
    sku: d.sku.trim(),
    nameZh: d.nameZh.trim(),
    nameEn: d.nameEn.trim(),
    spec: d.spec.trim(),
    unit: d.unit.trim(),
    category: d.category.trim(),
    currency: d.currency,
    listPriceMinor,
    costMinor,
    floorPriceMinor,
    taxRateBp: taxRateBp ?? 0,
    active: d.active,
    imageDataUrl: d.imageChanged ? d.imageDataUrl : '',
    keepImage: !d.imageChanged,
    version: current?.version ?? 0,
  }
  return { form, errors }
}
