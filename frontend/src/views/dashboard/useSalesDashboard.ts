import { computed, ref } from 'vue'
import * as api from '../../api/sales'
import type { ManagerDashboard, RepDashboard } from '../../api/sales'
import { useSessionStore } from '../../stores/session'

/**
 * The sales part of the 工作台: everyone's own tasks, pipeline and month so
 * far; for a manager or the owner also the team's. A failure leaves its cards
 * saying so rather than empty.
 */
export function useSalesDashboard() {
  const session = useSessionStore()
  const rep = ref<RepDashboard | null>(null)
  const team = ref<ManagerDashboard | null>(null)
  const failed = ref(false)
  const leads = computed(() => session.role === 'owner' || session.role === 'manager')

  async function load(): Promise<void> {
    failed.value = false
    try {
      const [r, m] = await Promise.all([api.repDashboard(), leads.value ? api.managerDashboard(api.everyone()) : Promise.resolve(null)])
      rep.value = r
      team.value = m
    } catch (e) {
      failed.value = true
      console.error('steady: sales dashboard', e)
    }
  }

  return { rep, team, failed, leads, load }
}
