import * as CustomerFiles from '../../wailsjs/go/app/CustomerFiles'
import { EventsOn } from '../../wailsjs/runtime/runtime'
import { app, customer } from '../../wailsjs/go/models'
import { call } from './errors'
import type { ListQuery } from './customers'

// Customer import, export and duplicates (app/customer_io.go).

export type ImportPreview = customer.ImportPreview
export type ImportField = customer.ImportField
export type PreviewRow = customer.PreviewRow
export type RowError = customer.RowError
export type ImportSummary = customer.ImportSummary
export type ExportResult = app.ExportResult
export type DuplicatePair = customer.DuplicatePair
export type DuplicateSide = customer.DuplicateSide

/** Why two customers look like one (customer.Reason*), surest first. */
export const REASONS = ['samePhone', 'sameEmail', 'sameName', 'similarName'] as const

/** Fields a merge can take from either customer (customer.MergeFields). */
export const MERGE_FIELDS = [
  'name',
  'source',
  'industry',
  'region',
  'city',
  'country',
  'address',
  'phone',
  'email',
  'wechat',
  'website',
] as const
export type MergeField = (typeof MERGE_FIELDS)[number]

export interface MergeForm {
  keepId: string
  keepVersion: number
  dropId: string
  dropVersion: number
  /** Fields whose value comes from the duplicate. */
  take: MergeField[]
}

export interface Progress {
  done: number
  total: number
}

/** Native open dialog for a CSV or XLSX file; "" when cancelled. */
export const pickImportFile = (): Promise<string> => call(() => CustomerFiles.PickImportFile())

/**
 * How the file's first rows would import. A null mapping asks the backend
 * to guess it from the headers (an empty list would mean "map nothing").
 */
export const preview = (path: string, mapping: string[] | null): Promise<ImportPreview> =>
  call(() => CustomerFiles.Preview(path, mapping as string[]))

/** Runs the import in one transaction; a cancelled run comes back with cancelled set and nothing written. */
export const runImport = (path: string, mapping: string[]): Promise<ImportSummary> =>
  call(() => CustomerFiles.Import(path, customer.ImportOptions.createFrom({ mapping })))
export const cancelImport = (): Promise<void> => call(() => CustomerFiles.CancelImport())

/** Saves the refused rows with their reasons (native save dialog); "" when cancelled. */
export const saveRejected = (path: string, rejected: RowError[], lang: string): Promise<string> =>
  call(() => CustomerFiles.SaveRejected(path, rejected.map((r) => customer.RowError.createFrom(r)), lang))

/** Saves the filtered list as XLSX (native save dialog; paging ignored). */
export const exportList = (q: ListQuery, lang: string): Promise<ExportResult> =>
  call(() => CustomerFiles.Export(customer.ListQuery.createFrom({ ...q, tag: q.tag.trim(), city: q.city.trim(), offset: 0 }), lang))
export const cancelExport = (): Promise<void> => call(() => CustomerFiles.CancelExport())
/** Saves an empty customer list with the columns the import reads, headed in lang; "" when the dialog was closed. */
export const saveTemplate = (lang: string): Promise<string> => call(() => CustomerFiles.SaveTemplate(lang))

/** Go sends no pairs as null; the pane reads an empty list (before, a blank pane and a TypeError). */
export const duplicates = async (limit = 200): Promise<DuplicatePair[]> =>
  (await call(() => CustomerFiles.Duplicates(limit))) ?? []
export const dismissDuplicate = (aId: string, bId: string): Promise<void> =>
  call(() => CustomerFiles.DismissDuplicate(aId, bId))
export const merge = (f: MergeForm): Promise<customer.Customer> =>
  call(() => CustomerFiles.Merge(customer.MergeInput.createFrom(f)))
/** The customer a merged-away customer lives on in. */
export const mergedInto = (id: string): Promise<string> => call(() => CustomerFiles.MergedInto(id))

function hasRuntime(): boolean {
  return typeof window !== 'undefined' && typeof (window as { runtime?: unknown }).runtime === 'object'
}

/** Listens to a long job's progress ("customers-import" or "customers-export"); returns the unsubscribe. */
export function onProgress(job: 'customers-import' | 'customers-export', fn: (p: Progress) => void): () => void {
  if (!hasRuntime()) return () => {}
  const off = EventsOn(`${job}:progress`, (p: unknown) => {
    const v = (p ?? {}) as Partial<Progress>
    fn({ done: Number(v.done ?? 0), total: Number(v.total ?? 0) })
  })
  return () => typeof off === 'function' && off()
}
