import * as System from '../../wailsjs/go/app/System'
import { app } from '../../wailsjs/go/models'
import { call } from './errors'

export type About = app.About

export const about = (): Promise<About> => call(() => System.About())

/** Opens the native save dialog; resolves "" when the person cancelled. */
export const backup = (): Promise<string> => call(() => System.Backup())
