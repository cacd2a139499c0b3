import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { usePreferencesStore } from '../../stores/preferences'
import type { ChartWords } from './salesOptions'

/** The words and currency chart builders need, following a language switch live. */
export function useChartWords(currency: Ref<string>) {
  const { t } = useI18n()
  const prefs = usePreferencesStore()
  return computed<ChartWords>(() => ({ t: (k, p, count) => (count === undefined ? t(k, p ?? {}) : t(k, p ?? {}, count)), lang: prefs.language, currency: currency.value }))
}
