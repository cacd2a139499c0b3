import * as System from '../../wailsjs/go/app/System'
import { app } from '../../wailsjs/go/models'
import { call } from './errors'

export type About = app.About

export const about = (): Promise<About> => call(() => System.About())

/** Opens the native save dialog; resolves "" when the person cancelled. */
export const backup = (): Promise<string> => call(() => System.Backup())

/** Opens a saved file with the system's program for it. */
export const openPath = (path: string): Promise<void> => call(() => System.OpenPath(path))

/** Opens the folder holding a saved file. */
export const showInFolder = (path: string): Promise<void> => call(() => System.ShowInFolder(path))
