import { computed, ref, type Ref } from 'vue'
import { useRouter } from 'vue-router'
import * as quotesApi from '../../../api/quotes'
import { toAppError } from '../../../api/errors'
import type { Change, Quote, Summary } from '../../../api/quotes'
import { useQuotesStore } from '../../../stores/quotes'
import { useErrorReporter } from '../../../composables/useErrorReporter'

/**
 * The quote page's data: the quote, its chain of revisions and what changed
 * since the previous one, and what the quote's status lets a person do next.
 */
export function useQuoteDetail(id: Ref<string>) {
  const router = useRouter()
  const store = useQuotesStore()
  const { report } = useErrorReporter()

  const q = ref<Quote | null>(null)
  const revisions = ref<Summary[]>([])
  const changes = ref<Change[]>([])
  const loading = ref(true)

  async function load(): Promise<void> {
    loading.value = true
    try {
      const [quote, revs, diff] = await Promise.all([
        quotesApi.get(id.value),
        quotesApi.revisions(id.value),
        quotesApi.diff(id.value),
        store.people.length ? Promise.resolve(store.people) : store.loadPeople(),
        store.priceLists.length ? Promise.resolve(store.priceLists) : store.loadPriceLists(),
      ])
      q.value = quote
      revisions.value = revs
      changes.value = diff
    } catch (e) {
      const err = toAppError(e)
      report(err)
      if (err.kind === 'not_found' || err.kind === 'forbidden') void router.replace('/quotes')
    } finally {
      loading.value = false
    }
  }

  /** Shows the quote as a change returned it, with its chain read again. */
  async function show(next: Quote): Promise<void> {
    q.value = next
    try {
      const [revs, diff] = await Promise.all([quotesApi.revisions(next.id), quotesApi.diff(next.id)])
      revisions.value = revs
      changes.value = diff
    } catch (e) {
      report(e)
    }
  }

  const isLatest = computed(() => {
    const cur = q.value
    return !!cur && !revisions.value.some((r) => r.revision > cur.revision)
  })
  const latest = computed(() =>
    revisions.value.reduce<Summary | null>((a, r) => (!a || r.revision > a.revision ? r : a), null),
  )

  const can = computed(() => {
    const cur = q.value
    const s = cur?.status ?? ''
    return {
      edit: ['draft', 'pending_approval', 'approved'].includes(s),
      submit: s === 'draft',
      approve: s === 'pending_approval' && !!cur && store.canApprove(cur.ownerId),
      send: s === 'approved' || (s === 'draft' && !cur?.needsApproval),
      close: s === 'sent',
      revise: ['pending_approval', 'approved', 'sent', 'rejected', 'expired'].includes(s) && isLatest.value,
      remove: s === 'draft' && cur?.revision === 1,
    }
  })

  return { q, revisions, changes, loading, load, show, latest, can }
}

export type QuoteDetailState = ReturnType<typeof useQuoteDetail>
export type QuoteAbilities = QuoteDetailState['can']['value']
