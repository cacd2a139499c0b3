import { describe, expect, it } from 'vitest'
import { compactAmount, days, localName, major, percent } from './format'

describe('localName', () => {
  it('picks the language and falls back to Chinese', () => {
    expect(localName({ nameZh: '报价', nameEn: 'Quotation' }, 'en')).toBe('Quotation')
    expect(localName({ nameZh: '报价', nameEn: 'Quotation' }, 'zh-CN')).toBe('报价')
    expect(localName({ nameZh: '试用', nameEn: ' ' }, 'en')).toBe('试用')
  })
})

describe('compactAmount', () => {
  it.each([
    [12_345_600, 'CNY', 'zh-CN', '¥12.3万'],
    [34_000_000_000, 'CNY', 'zh-CN', '¥3.4亿'],
    [99_900, 'CNY', 'zh-CN', '¥999'],
    [12_000_00, 'CNY', 'en', '¥12K'],
    [340_000_000, 'CNY', 'en', '¥3.4M'],
    [0, 'CNY', 'en', '¥0'],
    [-5_000_000, 'CNY', 'zh-CN', '-¥5万'],
  ] as const)('%i %s %s → %s', (minor, currency, lang, text) => {
    expect(compactAmount(minor, currency, lang)).toBe(text)
  })
})

describe('numbers', () => {
  it('percent keeps one decimal', () => {
    expect(percent(3333)).toBe('33.3%')
    expect(percent(5000)).toBe('50%')
    expect(percent(0)).toBe('0%')
  })
  it('days has one decimal', () => {
    expect(days(3.25)).toBe('3.3')
    expect(days(0)).toBe('0.0')
  })
  it('major units from minor', () => {
    expect(major(1_234_567, 'CNY')).toBe(12345.67)
    expect(major(1200, 'JPY')).toBe(1200)
  })
})
