import * as Users from '../../wailsjs/go/app/Users'
import { auth } from '../../wailsjs/go/models'
import { call } from './errors'
import type { Level, Role, User } from './session'

export interface UserForm {
  id: string
  name: string
  login: string
  /** Empty on update = keep the current password. */
  password: string
  role: Role
  level: Level
  managerId: string
  /** "YYYY-MM-DD" or "". */
  hireDate: string
  phone: string
  email: string
  active: boolean
  version: number
}

export const list = (): Promise<User[]> => call(() => Users.List())

export const create = (form: UserForm): Promise<User> =>
  call(() => Users.Create(auth.UserInput.createFrom(form)))

export const update = (form: UserForm): Promise<User> =>
  call(() => Users.Update(auth.UserInput.createFrom(form)))
