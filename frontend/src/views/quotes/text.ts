// How quote data reads to a person: discount-guard reasons and the changes
// between revisions (whose values arrive raw: minor units, thousandths and
// basis points as integer text).
import type { Change, Reason } from '../../api/quotes'
import { formatMoney, formatQty, formatRate } from '../../lib/money'

type Translate = (key: string, params?: Record<string, unknown>) => string

export interface TextContext {
  t: Translate
  currency: string
  locale: string
  /** A price list's name by id ("" when unknown). */
  priceListName?: (id: string) => string
}

/** One reason a quote needs approval, as a sentence. */
export function reasonText(r: Pick<Reason, 'kind' | 'position' | 'name' | 'priceMinor' | 'limitMinor' | 'discountBp' | 'limitBp'>, ctx: TextContext): string {
  if (r.kind === 'belowFloor') {
    const price = formatMoney(r.priceMinor, ctx.currency, ctx.locale)
    // Reps are never sent the floor (limitMinor 0): they learn only that the line is below it.
    if (!r.limitMinor) return ctx.t('quotes.reason.belowFloorHidden', { position: r.position, name: r.name, price })
    return ctx.t('quotes.reason.belowFloor', {
      position: r.position,
      name: r.name,
      price,
      floor: formatMoney(r.limitMinor, ctx.currency, ctx.locale),
    })
  }
  if (r.kind === 'catalogOtherCurrency') return ctx.t('quotes.reason.catalogOtherCurrency', { position: r.position, name: r.name })
  if (r.kind === 'priceListLevel') return ctx.t('quotes.reason.priceListLevel', { name: r.name })
  if (r.kind === 'copyOfAccepted') return ctx.t('quotes.reason.copyOfAccepted', { number: r.name })
  if (r.kind === 'discountOverLimit') {
    return ctx.t('quotes.reason.discountOverLimit', {
      discount: formatRate(r.discountBp),
      limit: formatRate(r.limitBp),
    })
  }
  return ctx.t('quotes.reason.other')
}

const MONEY_FIELDS = new Set(['unitPriceMinor', 'totalMinor'])
const RATE_FIELDS = new Set(['discountBp', 'taxRateBp'])

function int(text: string): number | null {
  return /^-?\d+$/.test(text) ? Number(text) : null
}

/** One raw value of a changed field as text. */
export function changeValue(field: string, raw: string, ctx: TextContext): string {
  if (raw === '') return '—'
  const n = int(raw)
  if (MONEY_FIELDS.has(field) && n !== null) return formatMoney(n, ctx.currency, ctx.locale)
  if (RATE_FIELDS.has(field) && n !== null) return formatRate(n)
  if (field === 'qtyMilli' && n !== null) return formatQty(n)
  if (field === 'taxIncluded') return raw === 'true' ? ctx.t('quotes.taxIncludedYes') : ctx.t('quotes.taxIncludedNo')
  if (field === 'priceListId') return ctx.priceListName?.(raw) || ctx.t('quotes.builder.noPriceList')
  if (field === 'charges') {
    return raw
      .split('; ')
      .map((part) => {
        const at = part.lastIndexOf(' ')
        const amount = at >= 0 ? int(part.slice(at + 1)) : null
        return amount === null ? part : `${part.slice(0, at)} ${formatMoney(amount, ctx.currency, ctx.locale)}`
      })
      .join('；')
  }
  if (field === 'line') {
    // "sku | name | qty | price | discount"
    const [sku, name, qty, price, discount] = raw.split(' | ')
    const q = int(qty ?? '')
    const p = int(price ?? '')
    const d = int(discount ?? '')
    const parts = [[sku, name].filter(Boolean).join(' ')]
    if (q !== null && p !== null) parts.push(`${formatQty(q)} × ${formatMoney(p, ctx.currency, ctx.locale)}`)
    if (d) parts.push(ctx.t('quotes.diff.lineDiscount', { rate: formatRate(d) }))
    return parts.join('，')
  }
  return raw
}

export interface ChangeRow {
  what: string
  kind: string
  before: string
  after: string
}

/** A change as a row of the history table. */
export function changeRow(c: Change, ctx: TextContext): ChangeRow {
  const field = ctx.t(`quotes.field.${c.field}`)
  const what = c.lineKey ? (c.kind === 'changed' ? `${c.name} · ${field}` : c.name) : field
  return { what, kind: c.kind, before: changeValue(c.field, c.before, ctx), after: changeValue(c.field, c.after, ctx) }
}

/** The i18n key naming a document language ("zh-CN" → quotes.docLanguage.zh). */
export function docLanguageKey(lang: string): string {
  return lang === 'en' ? 'quotes.docLanguage.en' : 'quotes.docLanguage.zh'
}
