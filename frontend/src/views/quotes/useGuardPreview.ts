import { computed, onBeforeUnmount, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import * as quotesApi from '../../api/quotes'
import type { QuoteForm, Reason } from '../../api/quotes'
import { toAppError } from '../../api/errors'
import { useErrorReporter } from '../../composables/useErrorReporter'
import { useSessionStore } from '../../stores/session'
import { formatMoney } from '../../lib/money'
import { reasonText } from './text'
import type { QuoteDraft } from './useQuoteDraft'

/** How long typing pauses before the backend is asked again. */
const CHECK_DELAY_MS = 250

/**
 * What the backend's discount guard will say about the draft, while typing:
 * lines below their floor (worded, by line key) and every finding as text.
 * The backend judges (it knows which typed lines are catalog products and
 * their floors, which reps never see); the builder only shows the verdict.
 * The owner needs no approval, so sees none.
 */
export function useGuardPreview(draft: Pick<QuoteDraft, 'form' | 'lines' | 'charges' | 'loading'>, input: () => QuoteForm) {
  const { t, locale } = useI18n()
  const session = useSessionStore()
  const { report } = useErrorReporter()
  const { form, lines } = draft
  const findings = ref<Reason[]>([])

  let asked = 0
  async function ask(): Promise<void> {
    const mine = ++asked
    if (session.role === 'owner' || draft.loading.value || lines.value.length === 0) {
      findings.value = []
      return
    }
    try {
      const found = await quotesApi.check(input())
      if (mine === asked) findings.value = found ?? []
    } catch (e) {
      if (mine !== asked) return
      findings.value = []
      // A line not yet readable says so beside itself; anything else is reported.
      if (toAppError(e).kind !== 'validation') report(e)
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    [() => ({ ...form }), lines, draft.charges, draft.loading],
    () => {
      clearTimeout(timer)
      timer = setTimeout(() => void ask(), CHECK_DELAY_MS)
    },
    { deep: true, immediate: true },
  )
  onBeforeUnmount(() => clearTimeout(timer))

  const floorWarnings = computed(() => {
    const out: Record<number, string> = {}
    for (const f of findings.value) {
      const d = lines.value[f.position - 1]
      if (f.kind !== 'belowFloor' || !d) continue
      // Managers are told the floor; reps only that the line is below it.
      out[d.key] = f.limitMinor
        ? t('quotes.builder.belowFloor', { floor: formatMoney(f.limitMinor, form.currency, locale.value) })
        : t('quotes.builder.belowFloorHeld')
    }
    return out
  })

  const findingTexts = computed(() => {
    const ctx = { t, currency: form.currency, locale: locale.value }
    return findings.value.map((f) => reasonText(f.position ? { ...f, name: lines.value[f.position - 1]?.name ?? f.name } : f, ctx))
  })

  return { floorWarnings, findingTexts }
}
