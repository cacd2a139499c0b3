import * as Company from '../../wailsjs/go/app/Company'
import { company } from '../../wailsjs/go/models'
import { call } from './errors'

export type CompanySettings = company.Settings

/** The editable part of the settings plus the version that was read. */
export type CompanyInput = Omit<CompanySettings, 'updatedAt' | 'convertValues'> & { updatedAt?: unknown }

export const get = (): Promise<CompanySettings> => call(() => Company.Get())

export const save = (input: CompanyInput): Promise<CompanySettings> =>
  call(() => Company.Save(company.Settings.createFrom(input)))

export const currencies = (): Promise<string[]> => call(() => Company.Currencies())

export const timezones = (): Promise<string[]> => call(() => Company.Timezones())
