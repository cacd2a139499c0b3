import { describe, expect, it, vi } from 'vitest'
import { createI18n } from 'vue-i18n'
import en from '../locales/en.json'
import zhCN from '../locales/zh-CN.json'
import { AppError, call, toAppError } from './errors'
import { fieldMessages } from '../lib/fieldErrors'
import { translateCode } from '../i18n'

const validation = JSON.stringify({
  kind: 'validation',
  code: 'errors.validation',
  fields: {
    name: { code: 'validation.required', params: {} },
    quotePrefix: { code: 'validation.tooLong', params: { max: 10 } },
  },
})

describe('toAppError', () => {
  it('parses a JSON string', () => {
    const e = toAppError(validation)
    expect(e).toBeInstanceOf(AppError)
    expect(e.kind).toBe('validation')
    expect(e.code).toBe('errors.validation')
    expect(e.fields).toEqual({
      name: { code: 'validation.required', params: {} },
      quotePrefix: { code: 'validation.tooLong', params: { max: 10 } },
    })
  })

  it('parses an Error whose message is the JSON', () => {
    const e = toAppError(new Error(JSON.stringify({ kind: 'conflict', code: 'errors.conflict.company' })))
    expect(e.kind).toBe('conflict')
    expect(e.code).toBe('errors.conflict.company')
    expect(e.isConflict).toBe(true)
    expect(e.fields).toEqual({})
  })

  it.each([
    ['not_found', 'errors.notFound.user'],
    ['forbidden', 'errors.forbidden.lastOwner'],
    ['unauthenticated', 'errors.unauthenticated'],
    ['internal', 'errors.internal'],
  ])('keeps kind %s', (kind, code) => {
    const e = toAppError(JSON.stringify({ kind, code }))
    expect([e.kind, e.code]).toEqual([kind, code])
  })

  it.each([
    ['plain text', 'sql: database is locked'],
    ['an Error with raw text', new Error('open /x: permission denied')],
    ['JSON without a known kind', JSON.stringify({ kind: 'oops', code: 'x' })],
    ['a JSON array', '[1,2]'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
  ])('turns %s into internal', (_, reason) => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const e = toAppError(reason)
    expect(e.kind).toBe('internal')
    expect(e.code).toBe('errors.internal')
    expect(e.fields).toEqual({})
    spy.mockRestore()
  })

  it('drops malformed field entries and non-scalar params', () => {
    const e = toAppError(
      JSON.stringify({
        kind: 'validation',
        code: 'errors.validation',
        fields: { a: { code: 'validation.required', params: { n: 1, bad: { x: 1 } } }, b: 'nope', c: { params: {} } },
      }),
    )
    expect(e.fields).toEqual({ a: { code: 'validation.required', params: { n: 1 } } })
  })

  it('returns an AppError unchanged', () => {
    const original = new AppError('forbidden', 'errors.forbidden.ownerOnly')
    expect(toAppError(original)).toBe(original)
  })
})

describe('call', () => {
  it('rethrows a rejection as AppError', async () => {
    await expect(call(() => Promise.reject(validation))).rejects.toMatchObject({
      kind: 'validation',
      fields: { name: { code: 'validation.required' } },
    })
  })

  it('turns a synchronous throw into internal', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const err = await call(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'app')")
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).kind).toBe('internal')
    spy.mockRestore()
  })

  it('passes the value through', async () => {
    await expect(call(() => Promise.resolve(7))).resolves.toBe(7)
  })
})

describe('field mapping', () => {
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en, 'zh-CN': zhCN } })
  const { t, te } = i18n.global
  const translate = (code: string, params: Record<string, unknown>) =>
    translateCode(t as (k: string, p?: Record<string, unknown>) => string, (k) => te(k), code, params)

  it('puts each field message under its backend field name, with params', () => {
    const e = toAppError(validation)
    i18n.global.locale.value = 'en'
    expect(fieldMessages(e.fields, translate)).toEqual({
      name: 'Required',
      quotePrefix: 'At most 10 characters',
    })
  })

  it('follows the current language', () => {
    const e = toAppError(validation)
    i18n.global.locale.value = 'zh-CN'
    expect(fieldMessages(e.fields, translate).quotePrefix).toBe('不能超过 10 个字符')
    i18n.global.locale.value = 'en'
  })

  it('shows an unknown code as the internal error, not as a raw key', () => {
    const msgs = fieldMessages({ x: { code: 'validation.fromTheFuture', params: {} } }, translate)
    expect(msgs.x).toBe(en.errors.internal)
  })
})
