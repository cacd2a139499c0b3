import { computed, nextTick, reactive, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { useMessage } from 'naive-ui'
import * as quotesApi from '../../api/quotes'
import * as catalogApi from '../../api/catalog'
import * as companyApi from '../../api/company'
import type { Quote, TermKind, TermTemplate } from '../../api/quotes'
import { useQuotesStore } from '../../stores/quotes'
import { useCompanyStore } from '../../stores/company'
import { usePreferencesStore } from '../../stores/preferences'
import { useErrorReporter } from '../../composables/useErrorReporter'
import { amountInput, parseAmount, parseRate, rateInput } from '../../lib/money'
import {
  addDays,
  draftFromLine,
  isoDay,
  liveTotals,
  newCharge,
  productName,
  reprice,
  TERM_FIELD,
  type ChargeDraft,
  type LineDraft,
  type PriceContext,
} from './builder'

/** The builder's header fields as typed (the discount as percent text). */
export function emptyForm() {
  return {
    language: 'zh-CN',
    customerId: '',
    customerName: '',
    customerAddress: '',
    contactName: '',
    contactPhone: '',
    contactEmail: '',
    dealId: '',
    currency: 'CNY',
    priceListId: '',
    taxIncluded: false,
    discount: '',
    issueDate: '',
    validUntil: '',
    paymentTerms: '',
    deliveryTerms: '',
    warrantyTerms: '',
    notes: '',
  }
}
export type DraftForm = ReturnType<typeof emptyForm>

export interface DraftHooks {
  /** A load starts: earlier errors no longer apply. */
  reset(): void
  /** A saved quote was put into the form. */
  loaded(q: Quote): void
  /** A new quote was started: fill in what its address asks for (prefill.ts). */
  started?(): Promise<void>
}

/**
 * The quote being built: header fields, lines and charges as typed, the
 * saved quote they came from (null for a new one), live totals, and whether
 * anything changed since the last load or save. Catalog lines are priced
 * again when the price list, currency or tax terms change, and untouched
 * default texts follow the document's language.
 */
export function useQuoteDraft(editId: Ref<string>, hooks: DraftHooks) {
  const { t } = useI18n()
  const router = useRouter()
  const message = useMessage()
  const store = useQuotesStore()
  const company = useCompanyStore()
  const prefs = usePreferencesStore()
  const { report } = useErrorReporter()

  const loading = ref(true)
  const read = ref<Quote | null>(null)
  const currencyCodes = ref<string[]>([])
  const templates = ref<TermTemplate[]>([])
  const listPrices = ref(new Map<string, number>())
  const dirty = ref(false)
  // Off while the form is filled by code, so only a person's edits count as changes.
  let tracking = false

  const form = reactive(emptyForm())
  const lines = ref<LineDraft[]>([])
  const charges = ref<ChargeDraft[]>([])

  const ctx = computed<PriceContext>(() => ({
    currency: form.currency,
    quoteIncludesTax: form.taxIncluded,
    companyIncludesTax: company.settings?.pricesIncludeTax ?? false,
    listPrices: listPrices.value,
    language: form.language,
  }))
  const defaultTaxRateBp = computed(() => company.settings?.taxRateBp ?? 0)
  const finderProducts = computed(() => store.products.filter((p) => p.active && p.currency === form.currency))

  const discountBp = computed(() => parseRate(form.discount))
  const chargeMinors = computed(() => charges.value.map((c) => parseAmount(c.amount, form.currency) ?? 0))
  const totals = computed(() =>
    liveTotals(lines.value, form.currency, discountBp.value ?? 0, form.taxIncluded, chargeMinors.value),
  )

  function defaultBody(kind: TermKind, language: string): string {
    return templates.value.find((x) => x.kind === kind && x.language === language && x.isDefault)?.body ?? ''
  }

  function fillNew(): void {
    const s = company.settings
    form.language = prefs.language
    form.currency = s?.currency || 'CNY'
    form.taxIncluded = s?.pricesIncludeTax ?? false
    form.issueDate = isoDay(new Date())
    form.validUntil = addDays(form.issueDate, 30)
    form.paymentTerms = defaultBody('payment', form.language)
    form.deliveryTerms = defaultBody('delivery', form.language)
    form.warrantyTerms = defaultBody('warranty', form.language)
  }

  async function fillFrom(q: Quote): Promise<void> {
    read.value = q
    Object.assign(form, {
      language: q.language,
      customerId: q.customerId,
      customerName: q.customerName,
      customerAddress: q.customerAddress,
      contactName: q.contactName,
      contactPhone: q.contactPhone,
      contactEmail: q.contactEmail,
      dealId: q.dealId,
      currency: q.currency,
      priceListId: q.priceListId,
      taxIncluded: q.taxIncluded,
      discount: q.discountBp ? rateInput(q.discountBp) : '',
      issueDate: q.issueDate,
      validUntil: q.validUntil,
      paymentTerms: q.paymentTerms,
      deliveryTerms: q.deliveryTerms,
      warrantyTerms: q.warrantyTerms,
      notes: q.notes,
    })
    await loadListPrices()
    lines.value = (q.lines ?? []).map((l) =>
      draftFromLine(l, q.currency, q.taxIncluded, store.productById.get(l.productId), ctx.value),
    )
    charges.value = (q.charges ?? []).map((c) => newCharge(c.label, amountInput(c.amountMinor, q.currency)))
    hooks.loaded(q)
  }

  async function loadListPrices(): Promise<void> {
    const id = form.priceListId
    if (!id) {
      listPrices.value = new Map()
      return
    }
    try {
      const pl = await catalogApi.priceList(id)
      listPrices.value = pl.active ? new Map(pl.items.map((i) => [i.productId, i.priceMinor])) : new Map()
    } catch (e) {
      listPrices.value = new Map()
      report(e)
    }
  }

  async function load(): Promise<void> {
    loading.value = true
    tracking = false
    hooks.reset()
    try {
      // The quote is read beside the lists its lines need, not after them:
      // one round trip less before the lines show.
      const [, cs, tpls, q] = await Promise.all([
        company.settings ? Promise.resolve(company.settings) : company.load(),
        companyApi.currencies(),
        quotesApi.termTemplates(''),
        editId.value ? quotesApi.get(editId.value) : Promise.resolve(null),
        store.loadProducts(),
        store.loadPriceLists(),
        store.loadLimits(),
        store.people.length ? Promise.resolve(store.people) : store.loadPeople(),
      ])
      currencyCodes.value = cs ?? []
      templates.value = tpls ?? []
      if (q) {
        if (!['draft', 'pending_approval', 'approved'].includes(q.status)) {
          message.warning(t('quotes.builder.notEditable'))
          void router.replace(`/quotes/${q.id}`)
          return
        }
        await fillFrom(q)
      } else {
        fillNew()
        await hooks.started?.()
      }
    } catch (e) {
      report(e)
    } finally {
      loading.value = false
      void nextTick(() => {
        tracking = true
        dirty.value = false
        if (!editId.value) document.querySelector<HTMLInputElement>('[data-testid="quote-customer"]')?.focus()
      })
    }
  }

  /** The draft was saved: nothing is unsaved, and nothing the page does next is an edit. */
  function saved(q: Quote): void {
    read.value = q
    dirty.value = false
    tracking = false
  }

  watch([form, lines, charges], () => {
    if (tracking) dirty.value = true
  }, { deep: true })

  function repriceAll(): void {
    lines.value = lines.value.map((d) => (d.productId ? reprice(d, store.productById.get(d.productId), ctx.value) : d))
  }
  // The catalog terms changed: lines that follow the catalog are priced again.
  watch(
    () => form.priceListId,
    async () => {
      if (!tracking) return
      await loadListPrices()
      repriceAll()
    },
  )
  watch(
    () => [form.currency, form.taxIncluded],
    () => {
      if (tracking) repriceAll()
    },
  )
  watch(
    () => form.currency,
    () => {
      if (!tracking) return
      const pl = store.priceLists.find((p) => p.id === form.priceListId)
      if (pl && pl.currency !== form.currency) form.priceListId = ''
    },
  )
  watch(
    () => form.language,
    (lang, old) => {
      if (!tracking || !old) return
      // Untouched default terms and catalog names follow the document's language.
      for (const kind of quotesApi.TERM_KINDS) {
        const field = TERM_FIELD[kind]
        if (form[field] === defaultBody(kind, old)) form[field] = defaultBody(kind, lang)
      }
      lines.value = lines.value.map((d) => {
        const p = store.productById.get(d.productId)
        return p && d.name === productName(p, old) ? { ...d, name: productName(p, lang) } : d
      })
    },
  )

  return {
    loading,
    read,
    currencyCodes,
    templates,
    dirty,
    form,
    lines,
    charges,
    ctx,
    defaultTaxRateBp,
    finderProducts,
    discountBp,
    totals,
    load,
    saved,
  }
}

export type QuoteDraft = ReturnType<typeof useQuoteDraft>
