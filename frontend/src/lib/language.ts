export const LANGUAGES = ['zh-CN', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
/** "" means: follow the operating system. */
export type LanguagePref = Language | ''

export const THEMES = ['system', 'light', 'dark'] as const
export type ThemePref = (typeof THEMES)[number]

/** Any Chinese locale tag (zh, zh-CN, zh-TW, zh-Hans, zh_HK …) → zh-CN; everything else → en. */
export function languageFromLocale(tag: string | null | undefined): Language {
  return /^zh(?:[-_]|$)/i.test((tag ?? '').trim()) ? 'zh-CN' : 'en'
}

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v)
}

export function isThemePref(v: unknown): v is ThemePref {
  return typeof v === 'string' && (THEMES as readonly string[]).includes(v)
}

/** The language the operating system (through the web view) reports. */
export function osLanguage(): Language {
  return languageFromLocale(typeof navigator === 'undefined' ? '' : navigator.language)
}
