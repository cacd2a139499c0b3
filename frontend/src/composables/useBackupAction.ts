import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import { useSystemStore } from '../stores/system'
import { useErrorReporter } from './useErrorReporter'

/** "Back up now": native save dialog, then the saved path (nothing when cancelled). */
export function useBackupAction() {
  const { t } = useI18n()
  const message = useMessage()
  const system = useSystemStore()
  const { report } = useErrorReporter()

  async function run(): Promise<string> {
    try {
      const path = await system.backup()
      if (path) message.success(t('about.backupSaved', { path }), { duration: 6000 })
      return path
    } catch (e) {
      report(e)
      return ''
    }
  }

  return { run }
}
