import * as Customers from '../../wailsjs/go/app/Customers'
import { customer } from '../../wailsjs/go/models'
import { call } from './errors'

export type Customer = customer.Customer
export type Contact = customer.Contact
export type CustomerRow = customer.CustomerRow
export type CustomerPage = customer.CustomerPage
export type SearchHit = customer.SearchHit
export type Activity = customer.Activity
export type TimelineEntry = customer.TimelineEntry
export type TimelinePage = customer.TimelinePage
export type Today = customer.Today
export type DueRevisit = customer.DueRevisit
export type Birthday = customer.Birthday
export type Settings = customer.Settings

// The code lists of backend/customer (customer.go, activity.go): the order
// is the order forms and filters show them in.
export const KINDS = ['company', 'person'] as const
export const STAGES = ['lead', 'prospect', 'customer', 'repeat', 'dormant', 'churned'] as const
export type Stage = (typeof STAGES)[number]
/** The stages a new customer may start in (customer.StartStages). */
export const START_STAGES = ['lead', 'prospect', 'customer'] as const
export const SEGMENTS = ['high_value', 'potential', 'ordinary', 'at_risk'] as const
export type Segment = (typeof SEGMENTS)[number]
export const SOURCES = [
  'referral',
  'exhibition',
  'website',
  'cold_call',
  'channel_partner',
  'social_media',
  'advertising',
  'inbound_call',
  'other',
] as const
export const ACTIVITY_KINDS = ['call', 'visit', 'email', 'wechat', 'meeting', 'note'] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]
/** Sort orders the list offers (customer.listSorts). */
export const SORTS = ['name', 'lastContact', 'created', 'segment', 'stage'] as const
export type Sort = (typeof SORTS)[number]

/** The owner filter that means "in the pool" (公海). */
export const POOL = 'pool'

export interface ListQuery {
  /** "" everyone in scope, POOL, or a user id. */
  ownerId: string
  stage: string
  segment: string
  tag: string
  source: string
  city: string
  /** YYYY-MM-DD (local) or "". */
  contactedAfter: string
  contactedBefore: string
  /** "" or an after-sales health filter (service HEALTH_FILTERS). */
  health: string
  sort: Sort
  desc: boolean
  /** A page's next or prev cursor; "" the first page (the last with back). */
  cursor: string
  /** Read the page before the cursor. */
  back: boolean
  /** Only without a cursor: a jump by position, costing its depth. */
  offset: number
  limit: number
}

export function emptyQuery(): ListQuery {
  return {
    ownerId: '',
    stage: '',
    segment: '',
    tag: '',
    source: '',
    city: '',
    contactedAfter: '',
    contactedBefore: '',
    health: '',
    sort: 'name',
    desc: false,
    cursor: '',
    back: false,
    offset: 0,
    limit: 50,
  }
}

export interface ContactForm {
  id: string
  customerId: string
  name: string
  title: string
  phone: string
  email: string
  wechat: string
  /** "", "MM-DD" or "YYYY-MM-DD". */
  birthday: string
  primary: boolean
  version: number
}

export interface CustomerForm {
  id: string
  kind: string
  name: string
  /** Create only; "" = the signed-in user. */
  ownerId: string
  /** Create only; "" = lead. */
  stage: string
  source: string
  industry: string
  region: string
  city: string
  country: string
  address: string
  phone: string
  email: string
  wechat: string
  website: string
  tags: string[]
  notes: string
  /** Create only: contacts added with the customer. */
  contacts: ContactForm[]
  version: number
  /** Create only: a manager's or the owner's word that a customer on file with the same phone or name is another one. */
  allowDuplicate?: boolean
}

export interface ActivityForm {
  id: string
  customerId: string
  contactId: string
  kind: string
  /** RFC 3339, or "" for now. */
  at: string
  summary: string
  outcome: string
  nextStep: string
  /** YYYY-MM-DD or "". */
  nextStepOn: string
  version: number
  /** The owner's reason to date it further back than the window allows ("" for none). */
  backdateReason: string
  /** "" or one of the customer's open deals: logging does that deal's SOP task waiting for this kind (kept as logged on an update). */
  dealId: string
}

export const list = (q: ListQuery): Promise<CustomerPage> =>
  call(() => Customers.List(customer.ListQuery.createFrom(q)))
export const search = (query: string, limit = 20): Promise<SearchHit[]> =>
  call(() => Customers.Search(query, limit))
export const get = (id: string): Promise<Customer> => call(() => Customers.Get(id))

export const create = (f: CustomerForm): Promise<Customer> =>
  call(() => Customers.Create(customer.CustomerInput.createFrom(f)))
export const update = (f: CustomerForm): Promise<Customer> =>
  call(() => Customers.Update(customer.CustomerInput.createFrom({ ...f, contacts: [] })))
export const remove = (id: string, version: number): Promise<void> => call(() => Customers.Delete(id, version))

export const addContact = (customerId: string, f: ContactForm): Promise<Contact> =>
  call(() => Customers.AddContact(customerId, customer.ContactInput.createFrom(f)))
export const updateContact = (f: ContactForm): Promise<Contact> =>
  call(() => Customers.UpdateContact(customer.ContactInput.createFrom(f)))
export const deleteContact = (id: string, version: number): Promise<void> =>
  call(() => Customers.DeleteContact(id, version))

export const logActivity = (f: ActivityForm): Promise<Activity> =>
  call(() => Customers.LogActivity(customer.ActivityInput.createFrom(f)))
export const updateActivity = (f: ActivityForm): Promise<Activity> =>
  call(() => Customers.UpdateActivity(customer.ActivityInput.createFrom(f)))
export const deleteActivity = (id: string, version: number): Promise<void> =>
  call(() => Customers.DeleteActivity(id, version))

/** The customer's story, newest first; before = the previous page's next. */
export const timeline = (customerId: string, limit = 30, before = ''): Promise<TimelinePage> =>
  call(() => Customers.Timeline(customerId, limit, before))

export const changeStage = (customerId: string, version: number, to: string, reason: string): Promise<Customer> =>
  call(() => Customers.ChangeStage(customerId, version, to, reason))
export const claim = (customerId: string): Promise<Customer> => call(() => Customers.Claim(customerId))
/** A customer with the version the caller read (a stale one is a conflict). */
export interface CustomerRef {
  id: string
  version: number
}
export const assign = (refs: CustomerRef[], toUserId: string, reason: string): Promise<void> =>
  call(() => Customers.Assign(refs.map((r) => customer.CustomerRef.createFrom(r)), toUserId, reason))
export const release = (customerId: string, version: number, reason: string): Promise<void> =>
  call(() => Customers.Release(customerId, version, reason))

export const today = (): Promise<Today> => call(() => Customers.Today())
export const settings = (): Promise<Settings> => call(() => Customers.Settings())
export const saveSettings = (s: Settings): Promise<Settings> =>
  call(() => Customers.SaveSettings(customer.Settings.createFrom(s)))
