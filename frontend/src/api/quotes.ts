// Typed adapter over the Quotes bindings (plus the few customer and system
// calls the quote screens need). Every rejection becomes an AppError.
import * as Quotes from '../../wailsjs/go/app/Quotes'
import * as Customers from '../../wailsjs/go/app/Customers'
import { customer, quote } from '../../wailsjs/go/models'
import { call } from './errors'

export type Quote = quote.Quote
export type QuoteLine = quote.Line
export type Summary = quote.Summary
export type Change = quote.Change
export type QuoteEvent = quote.Event
export type Reason = quote.Reason
export type Charge = quote.Charge
export type TermTemplate = quote.TermTemplate
export type DiscountLimit = quote.DiscountLimit
export type CustomerHit = customer.SearchHit
export type CustomerRecord = customer.Customer
export type Contact = customer.Contact

/** Every status, in the order a quote moves through them (quote.Statuses). */
export const STATUSES = [
  'draft',
  'pending_approval',
  'approved',
  'sent',
  'accepted',
  'rejected',
  'expired',
  'superseded',
] as const
export type Status = (typeof STATUSES)[number]

export const TERM_KINDS = ['payment', 'delivery', 'warranty'] as const
export type TermKind = (typeof TERM_KINDS)[number]

export const DOC_LANGUAGES = ['zh-CN', 'en'] as const

export interface QuoteFilter {
  status: string
  customerId: string
  ownerId: string
  query: string
  latestOnly: boolean
}

export interface LineForm {
  id: string
  productId: string
  sku: string
  name: string
  spec: string
  unit: string
  qtyMilli: number
  unitPriceMinor: number
  /** Let the backend take price and tax rate from the price list or catalog. */
  catalogPrice: boolean
  discountBp: number
  taxRateBp: number
}

export interface QuoteForm {
  id: string
  version: number
  language: string
  customerId: string
  customerName: string
  customerAddress: string
  contactName: string
  contactPhone: string
  contactEmail: string
  dealId: string
  currency: string
  priceListId: string
  taxIncluded: boolean
  discountBp: number
  charges: { label: string; amountMinor: number }[]
  issueDate: string
  validUntil: string
  paymentTerms: string
  deliveryTerms: string
  warrantyTerms: string
  notes: string
  lines: LineForm[]
}

export const list = (f: QuoteFilter): Promise<Summary[]> => call(() => Quotes.List(quote.Filter.createFrom(f)))

export const get = (id: string): Promise<Quote> => call(() => Quotes.Get(id))

export const create = (form: QuoteForm): Promise<Quote> => call(() => Quotes.Create(quote.Input.createFrom(form)))

export const update = (form: QuoteForm): Promise<Quote> => call(() => Quotes.Update(quote.Input.createFrom(form)))

/** What the discount guard would hold the draft for, were it saved now (reps never get a floor price). */
export const check = (form: QuoteForm): Promise<Reason[]> => call(() => Quotes.Check(quote.Input.createFrom(form)))

export const remove = (id: string, version: number): Promise<void> => call(() => Quotes.Delete(id, version))

export const submit = (id: string, version: number): Promise<Quote> => call(() => Quotes.Submit(id, version))

export const approve = (id: string, version: number, note: string): Promise<Quote> =>
  call(() => Quotes.Approve(id, version, note))

export const rejectApproval = (id: string, version: number, note: string): Promise<Quote> =>
  call(() => Quotes.RejectApproval(id, version, note))

export const markSent = (id: string, version: number): Promise<Quote> => call(() => Quotes.MarkSent(id, version))

export const accept = (id: string, version: number): Promise<Quote> => call(() => Quotes.Accept(id, version))

export const decline = (id: string, version: number): Promise<Quote> => call(() => Quotes.Decline(id, version))

export const revise = (id: string, version: number): Promise<Quote> => call(() => Quotes.Revise(id, version))

export const duplicate = (id: string): Promise<Quote> => call(() => Quotes.Duplicate(id))

export const revisions = (id: string): Promise<Summary[]> => call(() => Quotes.Revisions(id))

export const history = (id: string): Promise<QuoteEvent[]> => call(() => Quotes.History(id))

export const diff = (id: string): Promise<Change[]> => call(() => Quotes.Diff(id))

/** Opens the native save dialog and writes the document; resolves "" when cancelled. */
export const exportDocument = (id: string, format: 'xlsx' | 'pdf'): Promise<string> =>
  call(() => Quotes.Export(id, format))

export const termTemplates = (language = ''): Promise<TermTemplate[]> => call(() => Quotes.TermTemplates(language))

export const saveTermTemplate = (t: TermTemplate): Promise<TermTemplate> =>
  call(() => Quotes.SaveTermTemplate(quote.TermTemplate.createFrom(t)))

export const deleteTermTemplate = (id: string, version: number): Promise<void> =>
  call(() => Quotes.DeleteTermTemplate(id, version))

export const discountLimits = (): Promise<DiscountLimit[]> => call(() => Quotes.DiscountLimits())

export const setDiscountLimit = (d: DiscountLimit): Promise<DiscountLimit> =>
  call(() => Quotes.SetDiscountLimit(quote.DiscountLimit.createFrom(d)))

export const deleteDiscountLimit = (id: string, version: number): Promise<void> =>
  call(() => Quotes.DeleteDiscountLimit(id, version))

/** Customers and contacts whose name (pinyin, phone…) matches; [] when there are none. */
export const searchCustomers = (query: string, limit = 8): Promise<CustomerHit[]> =>
  call(() => Customers.Search(query, limit))

/** One customer with contacts, to copy its address and a contact onto a quote. */
export const customerById = (id: string): Promise<CustomerRecord> => call(() => Customers.Get(id))
