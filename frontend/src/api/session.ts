import * as Session from '../../wailsjs/go/app/Session'
import { app, auth } from '../../wailsjs/go/models'
import { call } from './errors'

export type Role = 'owner' | 'manager' | 'rep'
export type Level = 'new_hire' | 'junior' | 'senior'
export type User = auth.User
export type Status = app.Status

export interface SetupForm {
  companyName: string
  ownerName: string
  login: string
  password: string
  /** "" = follow the operating system. */
  language: string
}

export interface LoginForm {
  login: string
  password: string
  remember: boolean
}

export const status = (): Promise<Status> => call(() => Session.Status())

export const setup = (form: SetupForm): Promise<User> =>
  call(() => Session.Setup(app.SetupInput.createFrom(form)))

export const login = (form: LoginForm): Promise<User> =>
  call(() => Session.Login(app.LoginInput.createFrom(form)))

export const logout = (): Promise<void> => call(() => Session.Logout())

export const setLanguage = (lang: string): Promise<void> => call(() => Session.SetLanguage(lang))

export const setTheme = (theme: string): Promise<void> => call(() => Session.SetTheme(theme))

/** Relabels the native menu in the language the UI shows, without storing a choice. */
export const menuLanguage = (lang: string): Promise<void> => call(() => Session.MenuLanguage(lang))

/** Locks this window: the backend refuses every call until unlock. */
export const lock = (): Promise<void> => call(() => Session.Lock())

/** Lifts the lock with the signed-in user's password. */
export const unlock = (password: string): Promise<User> => call(() => Session.Unlock(password))

export interface PasswordChangeForm {
  current: string
  next: string
}

/** Sets the signed-in user's own password. */
export const changePassword = (form: PasswordChangeForm): Promise<User> =>
  call(() => Session.ChangePassword(auth.PasswordChange.createFrom(form)))

/** The company's idle lock in minutes (0 = never). */
export const idleLockMinutes = (): Promise<number> => call(() => Session.IdleLockMinutes())
