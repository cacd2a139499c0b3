import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import * as api from '../../../api/sales'
import type { ReportQuery } from '../../../api/sales'
import { useErrorReporter } from '../../../composables/useErrorReporter'
import { usePreferencesStore } from '../../../stores/preferences'

/** Saves report tables as XLSX through the native dialog, one export at a time. */
export function useExport(query: (table: string) => ReportQuery) {
  const { t } = useI18n()
  const message = useMessage()
  const prefs = usePreferencesStore()
  const { report } = useErrorReporter()
  /** The table being exported ("" for all), or null when idle. */
  const busy = ref<string | null>(null)

  async function exportTable(table: string): Promise<void> {
    if (busy.value !== null) return
    busy.value = table
    try {
      const path = await api.exportReport(query(table), prefs.language)
      if (path) message.success(t('sales.reports.exported', { path }))
    } catch (e) {
      report(e)
    } finally {
      busy.value = null
    }
  }

  return { busy, exportTable }
}
