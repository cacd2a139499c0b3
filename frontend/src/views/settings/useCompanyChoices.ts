import { computed, ref } from 'vue'
import * as companyApi from '../../api/company'
import { zoneLabel } from './timezoneName'

/** A currency's name in the person's language ("" when the runtime does not know it). */
function currencyName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'currency' }).of(code) ?? ''
  } catch {
    return ''
  }
}

/**
 * The currencies and time zones the company may choose from, as select
 * options. Until (or unless) the lists load, the company's own value is the
 * one option, so the select never shows a bare code it cannot name.
 */
export function useCompanyChoices(chosen: { currency: string; timezone: string }, language: () => string) {
  const currencyCodes = ref<string[]>([])
  const timezoneNames = ref<string[]>([])

  async function load(): Promise<void> {
    const [cs, zs] = await Promise.all([companyApi.currencies(), companyApi.timezones()])
    currencyCodes.value = cs ?? []
    timezoneNames.value = zs ?? []
  }

  const currencyOptions = computed(() => {
    const codes = currencyCodes.value.length ? currencyCodes.value : chosen.currency ? [chosen.currency] : []
    return codes.map((code) => {
      const name = currencyName(code, language())
      return { value: code, label: name && name !== code ? `${code} · ${name}` : code }
    })
  })

  const timezoneOptions = computed(() => {
    const names = timezoneNames.value.length ? timezoneNames.value : chosen.timezone ? [chosen.timezone] : []
    return names.map((z) => ({ value: z, label: zoneLabel(z, language()) }))
  })

  return { load, currencyOptions, timezoneOptions }
}
