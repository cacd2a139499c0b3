import { onBeforeUnmount, onMounted } from 'vue'
import { useRouter } from 'vue-router'
import { onMenuEvents } from '../api/events'
import { isLanguage, isThemePref } from '../lib/language'
import { usePreferencesStore } from '../stores/preferences'
import { useExportAllAction } from './useExportAllAction'

/** Wires the six native menu events for the lifetime of the calling component. */
export function useMenuEvents(openAbout: () => void): void {
  const router = useRouter()
  const prefs = usePreferencesStore()
  const exportAll = useExportAllAction()
  let off: () => void = () => {}

  onMounted(() => {
    off = onMenuEvents({
      navigate: (target) => {
        const path = '/' + target.replace(/^\/+/, '')
        void router.push(path)
      },
      // one place for backups: the owner's Backups tab in Settings
      backup: () => void router.push('/settings/backups'),
      exportAll: () => void exportAll.run(),
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
