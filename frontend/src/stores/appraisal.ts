import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import * as api from '../api/appraisal'
import type { Appraisal } from '../api/appraisal'
import { useSessionStore } from './session'
import { useCompanyStore } from './company'

/**
 * What every appraisal tab shares: the month looked at (by default the last
 * full month of the company's calendar), who is looking and what they may
 * do, and the company's currency the money is in.
 */
export const useAppraisalStore = defineStore('appraisal', () => {
  const session = useSessionStore()
  const company = useCompanyStore()

  /** The company's month today (YYYY-MM); "" until read. */
  const current = ref('')
  /** The month the tabs show. */
  const month = ref('')

  const me = computed(() => session.user?.id ?? '')
  const isOwner = computed(() => session.role === 'owner')
  /** Managers and the owner run the month; a rep only reads and answers their own. */
  const canManage = computed(() => session.role === 'owner' || session.role === 'manager')
  const currency = computed(() => company.settings?.currency || 'CNY')

  /** Whether the signed-in user sets scores on a: the owner (not their own), or the rep's manager. */
  function manages(a: Pick<Appraisal, 'userId' | 'managerId'>): boolean {
    if (a.userId === me.value) return false
    return isOwner.value || (session.role === 'manager' && a.managerId === me.value)
  }

  /** Reads the company's month once; the month shown starts at the last full one. */
  async function init(): Promise<void> {
    if (current.value) return
    current.value = await api.currentMonth()
    if (!month.value) month.value = previousMonth(current.value)
  }

  function clear(): void {
    current.value = ''
    month.value = ''
  }

  return { current, month, me, isOwner, canManage, currency, manages, init, clear }
})

/** The month before key: "2026-01" → "2025-12". */
export function previousMonth(key: string): string {
  const [y, m] = key.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}
