// Typed adapter over the Catalog bindings.
import * as Catalog from '../../wailsjs/go/app/Catalog'
import { catalog } from '../../wailsjs/go/models'
import { call } from './errors'

export type Product = catalog.Product
export type PriceList = catalog.PriceList
export type PriceListItem = catalog.PriceListItem
export type Price = catalog.Price
export type ImportSummary = catalog.ImportSummary
export type RowError = catalog.RowError

export interface ProductFilter {
  query: string
  category: string
  activeOnly: boolean
  /** 0: all. */
  limit: number
}

export interface ProductForm {
  id: string
  sku: string
  nameZh: string
  nameEn: string
  spec: string
  unit: string
  category: string
  currency: string
  listPriceMinor: number
  costMinor: number
  floorPriceMinor: number
  taxRateBp: number
  active: boolean
  imageDataUrl: string
  /** On update with an empty imageDataUrl: keep the stored picture. */
  keepImage: boolean
  version: number
}

export interface PriceListForm {
  id: string
  name: string
  tier: string
  currency: string
  active: boolean
  /** Rep levels that may quote from the list unapproved ([] = every level); only the owner may change them. */
  levels: string[]
  items: { productId: string; priceMinor: number }[]
  version: number
}

export interface ImportDefaults {
  currency: string
  taxRateBp: number
}

export const products = (f: ProductFilter): Promise<Product[]> =>
  call(() => Catalog.Products(catalog.ProductFilter.createFrom(f)))

export const product = (id: string): Promise<Product> => call(() => Catalog.Product(id))

export const createProduct = (f: ProductForm): Promise<Product> =>
  call(() => Catalog.CreateProduct(catalog.ProductInput.createFrom(f)))

export const updateProduct = (f: ProductForm): Promise<Product> =>
  call(() => Catalog.UpdateProduct(catalog.ProductInput.createFrom(f)))

export const deleteProduct = (id: string, version: number): Promise<void> =>
  call(() => Catalog.DeleteProduct(id, version))

export const categories = (): Promise<string[]> => call(() => Catalog.Categories())

export const priceLists = (): Promise<PriceList[]> => call(() => Catalog.PriceLists())

export const priceList = (id: string): Promise<PriceList> => call(() => Catalog.PriceList(id))

export const savePriceList = (f: PriceListForm): Promise<PriceList> =>
  call(() => Catalog.SavePriceList(catalog.PriceListInput.createFrom(f)))

export const deletePriceList = (id: string, version: number): Promise<void> =>
  call(() => Catalog.DeletePriceList(id, version))

/** A product's price under a price list ("" = its list price). */
export const price = (productId: string, priceListId: string): Promise<Price> =>
  call(() => Catalog.Price(productId, priceListId))

/** Native save dialog, then the workbook; "" when cancelled. */
export const exportWorkbook = (lang: string): Promise<string> => call(() => Catalog.Export(lang))
/** Saves an empty catalog with the columns the import reads, headed in lang; "" when the dialog was closed. */
export const saveTemplate = (lang: string): Promise<string> => call(() => Catalog.SaveTemplate(lang))

/** Native open dialog for the workbook to import; "" when cancelled. */
export const pickImportFile = (): Promise<string> => call(() => Catalog.PickImportFile())

/** With dryRun nothing is written: the summary says what would happen. */
export const importWorkbook = (path: string, defaults: ImportDefaults, dryRun: boolean): Promise<ImportSummary> =>
  call(() => Catalog.Import(path, catalog.ImportDefaults.createFrom(defaults), dryRun))

/** The products the discount guard would hold a typed line with this SKU and name to. */
export const matching = (sku: string, name: string): Promise<Product[]> => call(() => Catalog.Matching(sku, name))
