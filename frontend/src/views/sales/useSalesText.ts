import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Stage, Task } from '../../api/sales'
import { formatMoney } from '../../lib/money'
import { useSalesStore } from '../../stores/sales'
import { inLanguage } from './format'
import type { MissingItem } from './missing'

/**
 * Names kept in both languages (stages, checklist items, task titles, lost
 * reasons) in the UI's language, and money as the sales screens show it.
 * Computed on every call so that a language switch applies live.
 */
export function useSalesText() {
  const { t, locale } = useI18n()
  const store = useSalesStore()
  const lang = computed(() => String(locale.value))

  function stageName(s: Stage | string | undefined): string {
    const st = typeof s === 'string' ? store.stage(s) : s
    return st ? inLanguage(st.nameZh, st.nameEn, lang.value) : ''
  }
  const stageGoal = (st: Stage): string => inLanguage(st.goalZh, st.goalEn, lang.value)
  const label = (x: { labelZh: string; labelEn: string }): string => inLanguage(x.labelZh, x.labelEn, lang.value)
  const taskTitle = (x: Pick<Task, 'titleZh' | 'titleEn'>): string => inLanguage(x.titleZh, x.titleEn, lang.value)
  function reasonName(id: string): string {
    const r = store.reasonById.get(id)
    return r ? inLanguage(r.nameZh, r.nameEn, lang.value) : ''
  }
  const money = (minor: number, currency: string): string => formatMoney(minor, currency, lang.value)

  /** What to do about one missing checklist item. */
  function hint(m: MissingItem): string {
    switch (m.kind) {
      case 'field':
        return t('sales.missing.fill', { field: t(`sales.fields.${m.field}`) })
      case 'tasks':
        return t('sales.missing.tasks', { count: m.count }, m.count)
      default:
        return t('sales.missing.tick')
    }
  }

  return { lang, stageName, stageGoal, label, taskTitle, reasonName, money, hint }
}
