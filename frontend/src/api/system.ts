import * as System from '../../wailsjs/go/app/System'
import { app, audit } from '../../wailsjs/go/models'
import { call } from './errors'

export type About = app.About
export type AuditQuery = audit.Query
export type AuditPage = audit.Page
export type AuditItem = audit.Item
export type ExportAllResult = app.ExportAllResult

export const about = (): Promise<About> => call(() => System.About())

/** Opens a saved file with the system's program for it. */
export const openPath = (path: string): Promise<void> => call(() => System.OpenPath(path))

/** Opens the folder holding a saved file. */
export const showInFolder = (path: string): Promise<void> => call(() => System.ShowInFolder(path))

/** A page of the trail of changes, newest first (the owner only). */
export const auditLog = (q: Partial<AuditQuery>): Promise<AuditPage> =>
  call(() =>
    System.AuditLog({ actorId: '', entity: '', entityId: '', since: '', until: '', after: '', limit: 0, ...q }),
  )

/** Saves the whole company as one workbook through the save dialog; path "" when cancelled. */
export const exportAll = (lang: string): Promise<ExportAllResult> => call(() => System.ExportAll(lang))

export const cancelExportAll = (): Promise<void> => call(() => System.CancelExportAll())
