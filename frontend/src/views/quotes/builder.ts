// The quote builder's line model: what a person types (text), what the
// backend receives (integers), and the catalog price each line follows when
// the price list or tax terms change. Pure functions, checked by builder.spec.ts.
import type { Product } from '../../api/catalog'
import type { FieldErrors } from '../../api/errors'
import type { LineForm, QuoteLine, TermKind } from '../../api/quotes'
import {
  amountInput,
  computeTotals,
  lineGrossFits,
  parseAmount,
  parseQty,
  parseRate,
  qtyInput,
  rateInput,
  taxTerms,
  type Totals,
} from '../../lib/money'

/**
 * A catalog price in its own tax terms (the company's, or the quote's for a
 * saved line). No floor: the backend judges floors, and reps never see them.
 */
export interface PriceRef {
  listMinor: number
  includesTax: boolean
}

export interface LineDraft {
  /** Local identity for rendering; never sent. */
  key: number
  /** The saved line's id, "" for a new line. */
  id: string
  productId: string
  sku: string
  name: string
  spec: string
  unit: string
  qty: string
  price: string
  discount: string
  taxRate: string
  /** Price and tax rate still follow the catalog (the backend fills them in). */
  catalogPrice: boolean
  ref: PriceRef | null
}

/** Terms that decide a catalog line's price. */
export interface PriceContext {
  currency: string
  quoteIncludesTax: boolean
  companyIncludesTax: boolean
  /** Product id → price on the chosen (active) price list. */
  listPrices: Map<string, number>
  language: string
}

let nextKey = 1
const newKey = (): number => nextKey++

export function productName(p: Product, language: string): string {
  return language === 'en' && p.nameEn ? p.nameEn : p.nameZh
}

export function refOf(p: Product, ctx: PriceContext): PriceRef {
  return {
    listMinor: ctx.listPrices.get(p.id) ?? p.listPriceMinor,
    includesTax: ctx.companyIncludesTax,
  }
}

/** A new line for a catalog product, priced as the backend will price it. */
export function catalogLine(p: Product, ctx: PriceContext): LineDraft {
  const ref = refOf(p, ctx)
  const price = taxTerms(ref.listMinor, p.taxRateBp, ref.includesTax, ctx.quoteIncludesTax)
  return {
    key: newKey(),
    id: '',
    productId: p.id,
    sku: p.sku,
    name: productName(p, ctx.language),
    spec: p.spec,
    unit: p.unit,
    qty: '1',
    price: amountInput(price, ctx.currency),
    discount: '',
    taxRate: rateInput(p.taxRateBp),
    catalogPrice: true,
    ref,
  }
}

/** A free-text line: the person types what it is and its price. */
export function freeLine(name: string, taxRateBp: number): LineDraft {
  return {
    key: newKey(),
    id: '',
    productId: '',
    sku: '',
    name,
    spec: '',
    unit: '',
    qty: '1',
    price: '',
    discount: '',
    taxRate: rateInput(taxRateBp),
    catalogPrice: false,
    ref: null,
  }
}

/** A saved line as editable text; its catalog reference from the catalog when known. */
export function draftFromLine(l: QuoteLine, currency: string, quoteIncludesTax: boolean, p?: Product, ctx?: PriceContext): LineDraft {
  const ref: PriceRef | null = l.productId
    ? p && ctx
      ? refOf(p, ctx)
      : { listMinor: l.listPriceMinor, includesTax: quoteIncludesTax }
    : null
  return {
    key: newKey(),
    id: l.id,
    productId: l.productId,
    sku: l.sku,
    name: l.name,
    spec: l.spec,
    unit: l.unit,
    qty: qtyInput(l.qtyMilli),
    price: amountInput(l.unitPriceMinor, currency),
    discount: l.discountBp ? rateInput(l.discountBp) : '',
    taxRate: rateInput(l.taxRateBp),
    catalogPrice: false,
    ref,
  }
}

/**
 * After the price list, currency or tax terms changed: a line that still
 * follows the catalog takes its new price and rate; every catalog line gets
 * its new reference.
 */
export function reprice(d: LineDraft, p: Product | undefined, ctx: PriceContext): LineDraft {
  if (!p) return d
  const ref = refOf(p, ctx)
  if (!d.catalogPrice) return { ...d, ref }
  const price = taxTerms(ref.listMinor, p.taxRateBp, ref.includesTax, ctx.quoteIncludesTax)
  return { ...d, ref, price: amountInput(price, ctx.currency), taxRate: rateInput(p.taxRateBp) }
}

export interface ParsedLine {
  qtyMilli: number | null
  priceMinor: number | null
  discountBp: number | null
  taxRateBp: number | null
}

export function parseLine(d: LineDraft, currency: string): ParsedLine {
  return {
    qtyMilli: parseQty(d.qty),
    priceMinor: d.price.trim() === '' ? null : parseAmount(d.price, currency),
    discountBp: parseRate(d.discount),
    taxRateBp: parseRate(d.taxRate),
  }
}

/** What is wrong with a line before it is sent, keyed like the backend's fields. */
export function lineProblems(d: LineDraft, currency: string): FieldErrors {
  const p = parseLine(d, currency)
  const out: FieldErrors = {}
  if (!d.name.trim()) out.name = { code: 'validation.required', params: {} }
  if (p.qtyMilli === null) out.qtyMilli = { code: 'quotes.builder.qtyFormat', params: {} }
  if (d.price.trim() === '') out.unitPriceMinor = { code: 'validation.required', params: {} }
  else if (p.priceMinor === null) out.unitPriceMinor = { code: 'quotes.builder.priceFormat', params: {} }
  else if (p.qtyMilli !== null && !lineGrossFits(p.qtyMilli, p.priceMinor))
    out.unitPriceMinor = { code: 'validation.invalidAmount', params: {} }
  if (p.discountBp === null) out.discountBp = { code: 'validation.percentFormat', params: {} }
  if (p.taxRateBp === null) out.taxRateBp = { code: 'validation.percentFormat', params: {} }
  return out
}

/** The live totals: anything not (yet) readable counts as zero. */
export function liveTotals(
  drafts: LineDraft[],
  currency: string,
  discountBp: number,
  taxIncluded: boolean,
  charges: number[],
): Totals {
  return computeTotals({
    discountBp,
    taxIncluded,
    charges,
    lines: drafts.map((d) => {
      const p = parseLine(d, currency)
      const qtyMilli = p.qtyMilli ?? 0
      const priceMinor = p.priceMinor ?? 0
      const fits = lineGrossFits(qtyMilli, priceMinor)
      return {
        qtyMilli: fits ? qtyMilli : 0,
        priceMinor: fits ? priceMinor : 0,
        discountBp: p.discountBp ?? 0,
        taxRateBp: p.taxRateBp ?? 0,
      }
    }),
  })
}

/** The line as the backend's LineInput (call only when lineProblems found nothing). */
export function toLineForm(d: LineDraft, currency: string): LineForm {
  const p = parseLine(d, currency)
  return {
    id: d.id,
    productId: d.productId,
    sku: d.sku.trim(),
    name: d.name.trim(),
    spec: d.spec.trim(),
    unit: d.unit.trim(),
    qtyMilli: p.qtyMilli ?? 0,
    unitPriceMinor: p.priceMinor ?? 0,
    catalogPrice: d.catalogPrice && d.productId !== '',
    discountBp: p.discountBp ?? 0,
    taxRateBp: p.taxRateBp ?? 0,
  }
}

/** The errors of one entry of a list field ("lines.2.qtyMilli" → {qtyMilli}). */
export function entryErrors(fields: FieldErrors, list: string, index: number): FieldErrors {
  const prefix = `${list}.${index}.`
  const out: FieldErrors = {}
  for (const [name, fe] of Object.entries(fields)) {
    if (name.startsWith(prefix)) out[name.slice(prefix.length)] = fe
  }
  return out
}

/** Everything but the list entries' errors ("lines.0.name" is left out, "lines" stays). */
export function headerErrors(fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {}
  for (const [name, fe] of Object.entries(fields)) {
    if (!/^(lines|charges)\.\d+\./.test(name)) out[name] = fe
  }
  return out
}

/** YYYY-MM-DD of a local date. */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** day + n calendar days (YYYY-MM-DD in and out). */
export function addDays(day: string, n: number): string {
  const [y, m, dd] = day.split('-').map(Number)
  return isoDay(new Date(y, m - 1, dd + n))
}

/** A shipping or other charge as typed. */
export interface ChargeDraft {
  key: number
  label: string
  amount: string
}

export function newCharge(label = '', amount = ''): ChargeDraft {
  return { key: newKey(), label, amount }
}

/** The quote field holding each kind of term. */
export const TERM_FIELD: Record<TermKind, 'paymentTerms' | 'deliveryTerms' | 'warrantyTerms'> = {
  payment: 'paymentTerms',
  delivery: 'deliveryTerms',
  warranty: 'warrantyTerms',
}
