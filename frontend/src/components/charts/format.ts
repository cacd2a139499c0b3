// Small words and numbers the charts and report tables share.
import { formatAmount, formatMoney, minorDigits } from '../../lib/money'

export type Lang = 'zh-CN' | 'en'

/** A record named in both languages (stages, lost reasons). */
export interface Bilingual {
  nameZh: string
  nameEn: string
}

/** The name in the UI language; Chinese when no English name was given. */
export function localName(x: Bilingual, lang: Lang): string {
  return lang === 'en' && x.nameEn.trim() !== '' ? x.nameEn : x.nameZh
}

/**
 * An amount short enough for a chart axis: ¥1.2万 / ¥3.4亿 in Chinese, ¥12K /
 * ¥3.4M in English; small amounts as whole units.
 */
export function compactAmount(minor: number, currency: string, lang: Lang): string {
  const major = minor / 10 ** minorDigits(currency)
  const sign = major < 0 ? '-' : ''
  const abs = Math.abs(major)
  const steps: [number, string][] = lang === 'en' ? [[1e9, 'B'], [1e6, 'M'], [1e3, 'K']] : [[1e8, '亿'], [1e4, '万']]
  const symbol = formatMoney(0, currency, lang).replace(/[\d.,\s-]/g, '')
  for (const [size, suffix] of steps) {
    if (abs >= size) return `${sign}${symbol}${trim(abs / size)}${suffix}`
  }
  return `${sign}${symbol}${Math.round(abs)}`
}

/** One decimal at most, without a trailing ".0". */
function trim(v: number): string {
  return String(Math.round(v * 10) / 10)
}

/** Basis points as a percentage with one decimal at most: 3333 → "33.3%", 5000 → "50%". */
export function percent(bp: number): string {
  return `${trim(bp / 100)}%`
}

/** Average days with one decimal: 3.25 → "3.3". */
export function days(v: number): string {
  return (Math.round(v * 10) / 10).toFixed(1)
}

/** Minor units as a plain number for a chart value (major units). */
export function major(minor: number, currency: string): number {
  return Number(formatAmount(minor, currency).replace(/,/g, ''))
}
