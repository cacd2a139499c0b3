import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { usePreferencesStore } from './preferences'
import { languageFromLocale } from '../lib/language'
import { i18n } from '../i18n'

function withOsLanguage(tag: string) {
  vi.spyOn(window.navigator, 'language', 'get').mockReturnValue(tag)
  setActivePinia(createPinia())
  return usePreferencesStore()
}

type GoWindow = Window & { go?: unknown }

describe('preferences store: language', () => {
  beforeEach(() => {
    ;(window as GoWindow).go = {
      app: {
        Session: {
          SetLanguage: vi.fn(() => Promise.resolve()),
          SetTheme: vi.fn(() => Promise.resolve()),
          MenuLanguage: vi.fn(() => Promise.resolve()),
        },
      },
    }
  })
  afterEach(() => {
    vi.restoreAllMocks()
    delete (window as GoWindow).go
  })

  it.each(['zh-TW', 'zh-Hans', 'zh', 'zh-CN', 'zh-HK', 'ZH-cn', 'zh_TW', 'zh-Hant-TW'])(
    'picks zh-CN when the OS says %s',
    (tag) => {
      expect(withOsLanguage(tag).language).toBe('zh-CN')
    },
  )

  it.each(['en-US', 'en', 'de-DE', 'ja-JP', 'fr', '', 'zhx', 'az-Latn'])('picks en when the OS says %j', (tag) => {
    expect(withOsLanguage(tag).language).toBe('en')
  })

  it('lets Status.language override the OS', () => {
    const prefs = withOsLanguage('zh-CN')
    prefs.load('en', 'dark')
    expect(prefs.language).toBe('en')
    expect(prefs.themePref).toBe('dark')
    prefs.load('', 'nonsense')
    expect(prefs.language).toBe('zh-CN')
    expect(prefs.themePref).toBe('system')
  })

  it('switches the UI language live and persists it', async () => {
    const prefs = withOsLanguage('en-GB')
    await nextTick()
    expect(i18n.global.locale.value).toBe('en')
    expect(await prefs.setLanguage('zh-CN')).toBe(true)
    await nextTick()
    expect(i18n.global.locale.value).toBe('zh-CN')
    type Mocked = { SetLanguage: ReturnType<typeof vi.fn>; MenuLanguage: ReturnType<typeof vi.fn> }
    const session = ((window as GoWindow).go as { app: { Session: Mocked } }).app.Session
    expect(session.SetLanguage).toHaveBeenCalledWith('zh-CN')
    expect(session.MenuLanguage).toHaveBeenLastCalledWith('zh-CN')
  })

  it('keeps the switch even when persisting fails', async () => {
    ;(window as GoWindow).go = {
      app: {
        Session: {
          SetLanguage: () => Promise.reject('{"kind":"internal","code":"errors.internal"}'),
          MenuLanguage: () => Promise.resolve(),
        },
      },
    }
    const prefs = withOsLanguage('zh-CN')
    expect(await prefs.setLanguage('en')).toBe(false)
    expect(prefs.language).toBe('en')
  })
})

describe('languageFromLocale', () => {
  it('handles missing values', () => {
    expect(languageFromLocale(undefined)).toBe('en')
    expect(languageFromLocale(null)).toBe('en')
  })
})
