import { describe, expect, it } from 'vitest'
import { i18n, setI18nLanguage, translateCode } from './i18n'

describe('translateCode', () => {
  const { t, te } = i18n.global
  const tr = (code: string, params: Record<string, unknown> = {}) =>
    translateCode(t as Parameters<typeof translateCode>[0], te, code, params)

  it('picks the plural form from a count among the params', () => {
    setI18nLanguage('en')
    expect(tr('validation.stageInUse', { count: 1 })).toMatch(/^1 deal is still/)
    expect(tr('validation.stageInUse', { count: 3 })).toMatch(/^3 deals are still/)
    setI18nLanguage('zh-CN')
    expect(tr('validation.stageInUse', { count: 3 })).toContain('3')
  })

  it('shows the generic error for a code this build does not know', () => {
    setI18nLanguage('en')
    expect(tr('validation.noSuchCode')).toBe(t('errors.internal'))
    setI18nLanguage('zh-CN')
  })
})
