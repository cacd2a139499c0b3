import { quietly } from '../lib/quiet'
import { computed, ref, watch } from 'vue'
import { defineStore } from 'pinia'
import { useOsTheme } from 'naive-ui'
import * as sessionApi from '../api/session'
import { setI18nLanguage } from '../i18n'
import {
  isLanguage,
  isThemePref,
  osLanguage,
  type Language,
  type LanguagePref,
  type ThemePref,
} from '../lib/language'

/** Language and theme: follow the operating system unless the person chose. */
export const usePreferencesStore = defineStore('preferences', () => {
  const languagePref = ref<LanguagePref>('')
  const themePref = ref<ThemePref>('system')
  const systemLanguage = ref<Language>(osLanguage())
  const osTheme = useOsTheme()

  const language = computed<Language>(() => languagePref.value || systemLanguage.value)
  const theme = computed<'light' | 'dark'>(() => {
    if (themePref.value !== 'system') return themePref.value
    return osTheme.value === 'dark' ? 'dark' : 'light'
  })

  watch(
    language,
    (lang) => {
      setI18nLanguage(lang)
      // The native menu follows what the UI shows; failing to relabel it is harmless.
      sessionApi.menuLanguage(lang).catch(quietly('menu language'))
    },
    { immediate: true },
  )

  /** Takes the stored choices from Session.Status without writing them back. */
  function load(lang: string, th: string): void {
    languagePref.value = isLanguage(lang) ? lang : ''
    themePref.value = isThemePref(th) ? th : 'system'
  }

  /** Switches live, then persists; resolves false when persisting failed. */
  async function setLanguage(lang: Language): Promise<boolean> {
    languagePref.value = lang
    try {
      await sessionApi.setLanguage(lang)
      return true
    } catch {
      return false
    }
  }

  async function setTheme(th: ThemePref): Promise<boolean> {
    themePref.value = th
    try {
      await sessionApi.setTheme(th)
      return true
    } catch {
      return false
    }
  }

  return { languagePref, themePref, language, theme, load, setLanguage, setTheme }
})
