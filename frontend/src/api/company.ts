import * as Company from '../../wailsjs/go/app/Company'
import { company, onboarding } from '../../wailsjs/go/models'
import { call } from './errors'

export type CompanySettings = company.Settings

/** The editable part of the settings plus the version that was read. */
export type CompanyInput = Omit<CompanySettings, 'updatedAt' | 'convertValues'> & { updatedAt?: unknown }

export const get = (): Promise<CompanySettings> => call(() => Company.Get())

export const save = (input: CompanyInput): Promise<CompanySettings> =>
  call(() => Company.Save(company.Settings.createFrom(input)))

export const currencies = (): Promise<string[]> => call(() => Company.Currencies())

export const timezones = (): Promise<string[]> => call(() => Company.Timezones())

export type RateMonth = company.RateMonth
export type Rate = company.Rate
export type RateChange = company.RateChange
export type Conversion = company.Conversion

/** A month's exchange rates (YYYY-MM, '' for the current month) and the month before's. */
export const rates = (month: string): Promise<RateMonth> => call(() => Company.Rates(month))

/** Sets or clears a month's rates, each naming the version it read (owner only). */
export const saveRates = (month: string, changes: RateChange[]): Promise<RateMonth> =>
  call(() => Company.SaveRates(month, changes.map((c) => company.RateChange.createFrom(c))))

/** Fills a month with the month before's rates it lacks (owner only). */
export const copyRates = (month: string): Promise<RateMonth> => call(() => Company.CopyRates(month))

export type GettingStarted = onboarding.Checklist
export type GettingStartedItem = onboarding.Item

/** The owner's getting-started checklist, each item ticked from the company's data (owner only). */
export const gettingStarted = (): Promise<GettingStarted> => call(() => Company.GettingStarted())

/** Puts the checklist away for good (owner only). */
export const dismissGettingStarted = (): Promise<void> => call(() => Company.DismissGettingStarted())
