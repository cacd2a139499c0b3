import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import * as systemApi from '../api/system'
import { useErrorReporter } from './useErrorReporter'

// One run at a time across the window (the menu and the About card share it).
const running = ref(false)

/** "Export all data": the native save dialog, then the whole company as one workbook. */
export function useExportAllAction() {
  const { t, locale } = useI18n()
  const message = useMessage()
  const { report } = useErrorReporter()

  async function run(): Promise<string> {
    if (running.value) return ''
    running.value = true
    try {
      const r = await systemApi.exportAll(locale.value === 'en' ? 'en' : 'zh-CN')
      if (r.path) message.success(t('about.exportAllSaved', { path: r.path }), { duration: 6000 })
      return r.path
    } catch (e) {
      report(e)
      return ''
    } finally {
      running.value = false
    }
  }

  function cancel(): void {
    systemApi.cancelExportAll().catch(report)
  }

  return { run, cancel, running }
}
