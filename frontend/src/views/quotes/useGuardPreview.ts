import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useQuotesStore } from '../../stores/quotes'
import { useSessionStore } from '../../stores/session'
import { formatMoney, guardPreview } from '../../lib/money'
import { guardLines } from './builder'
import { reasonText } from './text'
import type { QuoteDraft } from './useQuoteDraft'

/**
 * What the backend's discount guard will say about the draft, while typing:
 * lines below their floor (worded, by line key) and every finding as text.
 * The owner needs no approval, so sees none.
 */
export function useGuardPreview(draft: Pick<QuoteDraft, 'form' | 'lines' | 'totals'>) {
  const { t, locale } = useI18n()
  const store = useQuotesStore()
  const session = useSessionStore()
  const { form, lines } = draft

  const findings = computed(() => {
    if (session.role === 'owner') return []
    return guardPreview(guardLines(lines.value, form.currency, form.taxIncluded), draft.totals.value, store.myLimitBp)
  })

  const floorWarnings = computed(() => {
    const out: Record<number, string> = {}
    for (const f of findings.value) {
      const d = lines.value[f.position - 1]
      if (f.kind === 'belowFloor' && d) out[d.key] = t('quotes.builder.belowFloor', { floor: formatMoney(f.limitMinor, form.currency, locale.value) })
    }
    return out
  })

  const findingTexts = computed(() => {
    const ctx = { t, currency: form.currency, locale: locale.value }
    return findings.value.map((f) => reasonText({ ...f, name: lines.value[f.position - 1]?.name ?? '' }, ctx))
  })

  return { floorWarnings, findingTexts }
}
