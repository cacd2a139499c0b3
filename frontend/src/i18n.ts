import { createI18n } from 'vue-i18n'
import zhCN from './locales/zh-CN.json'
import en from './locales/en.json'
import type { Language } from './lib/language'

export type MessageSchema = typeof zhCN

export const i18n = createI18n<[MessageSchema], Language, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  missingWarn: import.meta.env.DEV,
  fallbackWarn: import.meta.env.DEV,
  messages: { 'zh-CN': zhCN, en },
})

/** Switches every translated text live; the document title stays "Steady". */
export function setI18nLanguage(lang: Language): void {
  i18n.global.locale.value = lang
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang
  }
}

type Translate = (key: string, params: Record<string, unknown>, plural: number) => string
type Exists = (key: string) => boolean

/**
 * Translates a backend code. A code this build does not know is shown as the
 * generic internal error rather than as a raw key. A count among the params
 * picks the plural form ("1 deal is" / "3 deals are").
 */
export function translateCode(
  t: Translate,
  te: Exists,
  code: string,
  params: Record<string, unknown> = {},
): string {
  if (!te(code)) return t('errors.internal', {}, 1)
  const count = [params.count, params.n].find((v): v is number => typeof v === 'number')
  return t(code, params, count ?? 1)
}
