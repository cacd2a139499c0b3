import { onBeforeUnmount, onMounted } from 'vue'
import { useRouter } from 'vue-router'
import { useMessage } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import { onMenuEvents } from '../api/events'
import { isLanguage, isThemePref } from '../lib/language'
import { usePreferencesStore } from '../stores/preferences'
import { useSessionStore } from '../stores/session'
import { useExportAllAction } from './useExportAllAction'

/** Wires the six native menu events for the lifetime of the calling component. */
export function useMenuEvents(openAbout: () => void): void {
  const router = useRouter()
  const prefs = usePreferencesStore()
  const exportAll = useExportAllAction()
  const session = useSessionStore()
  const message = useMessage()
  const { t } = useI18n()
  /** Linux keeps the owner's menu items for everyone (the native menu cannot
   * change while the app runs): others are told, not sent to a blank tab. */
  const ownerOnly = (run: () => void) => () => {
    if (session.isOwner) run()
    else message.warning(t('backups.ownerOnly'))
  }
  let off: () => void = () => {}

  onMounted(() => {
    off = onMenuEvents({
      navigate: (target) => {
        const path = '/' + target.replace(/^\/+/, '')
        void router.push(path)
      },
      // one place for backups: the owner's Backups tab in Settings
      backup: ownerOnly(() => void router.push('/settings/backups')),
      exportAll: ownerOnly(() => void exportAll.run()),
      about: openAbout,
      language: (lang) => {
        if (isLanguage(lang)) void prefs.setLanguage(lang)
      },
      theme: (theme) => {
        if (isThemePref(theme)) void prefs.setTheme(theme)
      },
    })
  })
  onBeforeUnmount(() => off())
}
