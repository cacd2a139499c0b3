import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog, type ButtonProps } from 'naive-ui'
import * as catalogApi from '../../api/catalog'
import type { Product } from '../../api/catalog'
import { useErrorReporter } from '../../composables/useErrorReporter'
import { testid } from '../../lib/attrs'

/** What the person chose for typed text: the catalog product, the text as typed, or neither. */
export type TwinChoice = Product | 'typed' | 'cancel'

/**
 * Before a free-text line goes in, asks whether the text is a catalog
 * product: the backend matches it as the discount guard does (SKU or name in
 * any spelling catalog.MatchKey folds together), so a line the guard would
 * hold to a product's floor anyway can carry that product from the start.
 * Only a product in the quote's currency is offered. Enter takes the product.
 */
export function useCatalogTwin(currency: () => string) {
  const { t, locale } = useI18n()
  const dialog = useDialog()
  const { report } = useErrorReporter()

  async function twinOf(text: string): Promise<Product | null> {
    try {
      const found = await catalogApi.matching('', text)
      return (found ?? []).find((p) => p.currency === currency() && p.active) ?? null
    } catch (e) {
      report(e) // the guard still holds the line on saving
      return null
    }
  }

  async function ask(text: string): Promise<TwinChoice> {
    const p = await twinOf(text)
    if (!p) return 'typed'
    return new Promise<TwinChoice>((resolve) => {
      dialog.info({
        title: t('quotes.builder.matchTitle'),
        content: () => h('div', testid('quote-match'), t('quotes.builder.matchBody', { text, name: locale.value === 'en' && p.nameEn ? p.nameEn : p.nameZh, sku: p.sku })),
        positiveText: t('quotes.builder.matchUse'),
        negativeText: t('quotes.builder.matchKeep'),
        positiveButtonProps: testid('quote-match-use') as ButtonProps,
        negativeButtonProps: testid('quote-match-keep') as ButtonProps,
        onAfterEnter: () => document.querySelector<HTMLElement>('[data-testid="quote-match-use"]')?.focus(),
        onPositiveClick: () => resolve(p),
        onNegativeClick: () => resolve('typed'),
        onClose: () => resolve('cancel'),
        onEsc: () => resolve('cancel'),
        onMaskClick: () => resolve('cancel'),
      })
    })
  }

  return { ask }
}
