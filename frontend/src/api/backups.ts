import * as Backups from '../../wailsjs/go/app/Backups'
import { EventsOn } from '../../wailsjs/runtime/runtime'
import { app, backups } from '../../wailsjs/go/models'
import { call } from './errors'

export type BackupStatus = backups.Status
export type BackupEntry = backups.Entry
export type BackupPreview = backups.Preview
export type DamagedOffer = app.DamagedOffer

export const status = (): Promise<BackupStatus> =>
  call(() => Backups.Status()).then((s) => ({ ...s, entries: s.entries ?? [] }) as BackupStatus)

/** Opens the native folder dialog; resolves "" when the person cancelled. */
export const chooseFolder = (): Promise<string> => call(() => Backups.ChooseFolder())

/** Backs up now; progress arrives through onProgress until the promise settles. */
export async function backUpNow(onProgress: (done: number, total: number) => void): Promise<BackupEntry> {
  const hasRuntime = typeof (window as { runtime?: unknown }).runtime === 'object'
  const off = hasRuntime
    ? EventsOn('backups-run:progress', (p: unknown) => {
        const { done, total } = (p ?? {}) as { done?: number; total?: number }
        onProgress(Number(done ?? 0), Number(total ?? 0))
      })
    : undefined
  try {
    return await call(() => Backups.BackUpNow())
  } finally {
    if (typeof off === 'function') off()
  }
}

export const cancelBackUp = (): Promise<void> => call(() => Backups.CancelBackUp())

/** True when the backup passes the full integrity check. */
export const verify = (name: string): Promise<boolean> => call(() => Backups.Verify(name))

export const preview = (name: string): Promise<BackupPreview> => call(() => Backups.Preview(name))

/** Restores a backup over the open data; everyone is signed out afterwards. */
export const restore = (name: string): Promise<string> => call(() => Backups.Restore(name))

/** At start-up on a damaged file: the newest good backup, if any. */
export const offer = (): Promise<DamagedOffer> => call(() => Backups.Offer())

export const restoreOffered = (): Promise<BackupPreview> => call(() => Backups.RestoreOffered())
