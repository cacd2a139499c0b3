import { computed, reactive, ref } from 'vue'
import { defineStore } from 'pinia'
import * as catalogApi from '../api/catalog'
import type { PriceList, Product } from '../api/catalog'
import * as quotesApi from '../api/quotes'
import type { DiscountLimit, QuoteFilter } from '../api/quotes'
import * as usersApi from '../api/users'
import type { User } from '../api/session'
import { useSessionStore } from './session'

/**
 * What the quote screens share: the catalog the builder searches locally
 * (instant and offline), price lists, the people the user may see (for the
 * owner filter and who may approve), discount limits, and the list's filter
 * so it survives a trip into a quote and back.
 */
export const useQuotesStore = defineStore('quotes', () => {
  const session = useSessionStore()

  const products = ref<Product[]>([])
  const priceLists = ref<PriceList[]>([])
  const people = ref<User[]>([])
  const limits = ref<DiscountLimit[]>([])
  const filter = reactive<QuoteFilter>({ status: '', customerId: '', ownerId: '', query: '', latestOnly: true })
  /** The customer chosen in the list filter, for its label. */
  const filterCustomerName = ref('')

  /** Managers and the owner keep the catalog, price lists and term templates. */
  const isEditor = computed(() => session.role === 'owner' || session.role === 'manager')
  const isOwner = computed(() => session.role === 'owner')

  const productById = computed(() => new Map(products.value.map((p) => [p.id, p])))

  async function loadProducts(): Promise<Product[]> {
    products.value = await catalogApi.products({ query: '', category: '', activeOnly: false, limit: 0 })
    return products.value
  }

  async function loadPriceLists(): Promise<PriceList[]> {
    priceLists.value = await catalogApi.priceLists()
    return priceLists.value
  }

  async function loadPeople(): Promise<User[]> {
    people.value = await usersApi.list()
    return people.value
  }

  async function loadLimits(): Promise<DiscountLimit[]> {
    limits.value = await quotesApi.discountLimits()
    return limits.value
  }

  /**
   * Whether the signed-in user may approve a quote owned by ownerId: the
   * owner always; a manager for the reps they manage, never their own quote.
   */
  function canApprove(ownerId: string): boolean {
    const me = session.user
    if (!me) return false
    if (me.role === 'owner') return true
    if (me.role !== 'manager' || ownerId === me.id) return false
    return people.value.some((u) => u.id === ownerId && u.managerId === me.id)
  }

  /** The total discount the signed-in user may give unapproved (their own limit, else their level's). */
  const myLimitBp = computed(() => {
    const me = session.user
    if (!me) return 0
    const own = limits.value.find((l) => l.scope === 'user' && l.subject === me.id)
    const level = limits.value.find((l) => l.scope === 'level' && l.subject === me.level)
    return (own ?? level)?.maxDiscountBp ?? 0
  })

  let userId = ''
  function clear(): void {
    products.value = []
    priceLists.value = []
    people.value = []
    limits.value = []
    Object.assign(filter, { status: '', customerId: '', ownerId: '', query: '', latestOnly: true })
    filterCustomerName.value = ''
  }

  /** Forgets what the previous user saw when someone else signs in on this machine. */
  function forUser(id: string): void {
    if (userId !== id) clear()
    userId = id
  }

  return {
    products,
    priceLists,
    people,
    limits,
    filter,
    filterCustomerName,
    isEditor,
    isOwner,
    productById,
    myLimitBp,
    loadProducts,
    loadPriceLists,
    loadPeople,
    loadLimits,
    canApprove,
    clear,
    forUser,
  }
})
