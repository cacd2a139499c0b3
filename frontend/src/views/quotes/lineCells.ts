// The typed cells of a quote line, and the backend field each one fills.

export type LineCell = 'name' | 'spec' | 'qty' | 'unit' | 'price' | 'discount' | 'taxRate'

export const LINE_FIELD: Record<LineCell, string> = {
  name: 'name',
  spec: 'spec',
  qty: 'qtyMilli',
  unit: 'unit',
  price: 'unitPriceMinor',
  discount: 'discountBp',
  taxRate: 'taxRateBp',
}

/** i18n keys of the line fields the backend may name in its errors. */
export const LINE_FIELD_LABEL: Record<string, string> = {
  name: 'quotes.line.name',
  spec: 'quotes.line.spec',
  sku: 'quotes.line.sku',
  unit: 'quotes.line.unit',
  qtyMilli: 'quotes.line.qty',
  unitPriceMinor: 'quotes.line.price',
  discountBp: 'quotes.line.discount',
  taxRateBp: 'quotes.line.taxRate',
  productId: 'quotes.line.product',
}

/** How the cells after the name look: numbers right-aligned with a numeric keyboard, rates with a percent sign. */
export const LINE_CELLS: { cell: Exclude<LineCell, 'name'>; number?: boolean; percent?: boolean }[] = [
  { cell: 'spec' },
  { cell: 'qty', number: true },
  { cell: 'unit' },
  { cell: 'price', number: true },
  { cell: 'discount', number: true, percent: true },
  { cell: 'taxRate', number: true, percent: true },
]
