import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { useMessage } from 'naive-ui'
import * as quotesApi from '../../../api/quotes'
import { toAppError } from '../../../api/errors'
import type { Quote } from '../../../api/quotes'
import { useSaveErrors } from '../../../composables/useSaveErrors'
import type { QuoteDetailState } from './useQuoteDetail'
import { blockedBy, type Blocked } from '../../sales/missing'

/**
 * The status changes of the quote page (submit, send, accept, decline,
 * revise, duplicate, delete), each confirmed where it cannot be undone.
 * busy names the change under way.
 */
export function useQuoteActions(detail: QuoteDetailState) {
  const { t } = useI18n()
  const router = useRouter()
  const message = useMessage()
  // A status change leaves no edits behind: a conflict is said and the quote read again.
  const { handle, confirm } = useSaveErrors({ testid: 'quote' })
  const busy = ref('')
  /** The deal's unfinished checklists when accepting the quote would have won it; null otherwise. */
  const blocked = ref<Blocked | null>(null)

  /**
   * A refused change: a conflict is said and the quote read again, so the page
   * shows what changed; a quote gone meanwhile is said by that reading, which
   * then leaves for the list.
   */
  function refused(e: unknown): void {
    const err = toAppError(e)
    blocked.value = blockedBy(err)
    if (blocked.value) return
    if (err.kind === 'not_found') void detail.load()
    else handle(e, null, () => void detail.load())
  }

  /** Runs a status change; the page then shows the quote as the backend returned it. */
  async function step(name: string, run: () => Promise<Quote>, done: (x: Quote) => string, edit = false): Promise<void> {
    if (busy.value) return
    busy.value = name
    try {
      const next = await run()
      message.success(done(next))
      if (next.id !== detail.q.value?.id) {
        // A new revision or a copy: it is a draft, so open it for editing.
        void router.push(edit ? `/quotes/${next.id}/edit` : `/quotes/${next.id}`)
        return
      }
      await detail.show(next)
    } catch (e) {
      refused(e)
    } finally {
      busy.value = ''
    }
  }

  /** "quote-confirm…"; the yes button names its action (data-action). */
  function confirmThen(title: string, body: string, ok: string, key: string, run: () => Promise<void> | void): void {
    confirm(title, body, ok, run, { 'data-action': key })
  }

  function submit(): void {
    const cur = detail.q.value!
    void step('submit', () => quotesApi.submit(cur.id, cur.version), (x) =>
      x.status === 'pending_approval'
        ? t('quotes.detail.submittedPending', { number: x.number })
        : t('quotes.detail.submittedApproved', { number: x.number }),
    )
  }

  function markSent(): void {
    const cur = detail.q.value!
    confirmThen(t('quotes.detail.sendTitle'), t('quotes.detail.sendBody'), t('quotes.actions.send'), 'send', () =>
      void step('send', () => quotesApi.markSent(cur.id, cur.version), () => t('quotes.detail.sent')),
    )
  }

  function accept(): void {
    const cur = detail.q.value!
    confirmThen(t('quotes.detail.acceptTitle'), t('quotes.detail.acceptBody'), t('quotes.actions.accept'), 'accept', () =>
      void step('accept', () => quotesApi.accept(cur.id, cur.version), () => t('quotes.detail.accepted')),
    )
  }

  function decline(): void {
    const cur = detail.q.value!
    confirmThen(t('quotes.detail.declineTitle'), t('quotes.detail.declineBody'), t('quotes.actions.decline'), 'decline', () =>
      void step('decline', () => quotesApi.decline(cur.id, cur.version), () => t('quotes.detail.declined')),
    )
  }

  function revise(): void {
    const cur = detail.q.value!
    confirmThen(t('quotes.detail.reviseTitle'), t('quotes.detail.reviseBody'), t('quotes.actions.revise'), 'revise', () =>
      void step('revise', () => quotesApi.revise(cur.id, cur.version), (x) => t('quotes.detail.revised', { number: x.number }), true),
    )
  }

  function duplicate(): void {
    const cur = detail.q.value!
    void step('duplicate', () => quotesApi.duplicate(cur.id), (x) => t('quotes.detail.duplicated', { number: x.number }), true)
  }

  function remove(): void {
    const cur = detail.q.value!
    confirmThen(t('quotes.detail.deleteTitle'), t('quotes.detail.deleteBody', { number: cur.number }), t('common.remove'), 'delete', async () => {
      try {
        await quotesApi.remove(cur.id, cur.version)
        message.success(t('quotes.detail.deleted'))
        void router.push('/quotes')
      } catch (e) {
        refused(e)
      }
    })
  }

  return { busy, blocked, submit, markSent, accept, decline, revise, duplicate, remove }
}
