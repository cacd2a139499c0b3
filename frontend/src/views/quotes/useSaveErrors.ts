import { useSaveErrors as useAreaSaveErrors } from '../../composables/useSaveErrors'

/** What a refused save in the quotes area was about: it names the conflict and picks the dialogs' test ids. */
export type SaveSubject = 'quote' | 'term' | 'product' | 'priceList'

const WORDS: Record<SaveSubject, { testid: string; conflictBody: string }> = {
  quote: { testid: 'quote', conflictBody: 'quotes.conflictBody' },
  term: { testid: 'quote', conflictBody: 'quotes.terms.conflictBody' },
  product: { testid: 'catalog', conflictBody: 'catalog.conflictBody' },
  priceList: { testid: 'catalog', conflictBody: 'catalog.priceList.conflictBody' },
}

/** The quotes area's save dialogs: "quote-conflict…"/"quote-confirm…" for quotes and terms, "catalog-…" for the catalog. */
export function useSaveErrors(subject: SaveSubject) {
  return useAreaSaveErrors({ ...WORDS[subject], conflictTitle: 'quotes.conflictTitle', withCode: false })
}
