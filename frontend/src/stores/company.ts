import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import * as companyApi from '../api/company'
import type { CompanyInput, CompanySettings } from '../api/company'

/** The fields a company profile needs before quotes and reports look right. */
export const PROFILE_FIELDS = ['name', 'phone', 'address'] as const
export type ProfileField = (typeof PROFILE_FIELDS)[number]

export function missingProfileFields(s: Pick<CompanySettings, ProfileField> | null): ProfileField[] {
  if (!s) return []
  return PROFILE_FIELDS.filter((f) => !(s[f] ?? '').trim())
}

export const useCompanyStore = defineStore('company', () => {
  const settings = ref<CompanySettings | null>(null)
  const loadFailed = ref(false)
  const missing = computed(() => missingProfileFields(settings.value))
  const name = computed(() => settings.value?.name ?? '')

  async function load(): Promise<CompanySettings> {
    try {
      const s = await companyApi.get()
      settings.value = s
      loadFailed.value = false
      return s
    } catch (e) {
      loadFailed.value = true
      throw e
    }
  }

  async function save(input: CompanyInput): Promise<CompanySettings> {
    const s = await companyApi.save(input)
    settings.value = s
    return s
  }

  function clear(): void {
    settings.value = null
    loadFailed.value = false
  }

  return { settings, loadFailed, missing, name, load, save, clear }
})
