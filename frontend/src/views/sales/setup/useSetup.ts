import { computed, ref } from 'vue'
import * as api from '../../../api/sales'
import type { LostReason, Rule, Stage } from '../../../api/sales'
import { useErrorReporter } from '../../../composables/useErrorReporter'

/** The setup tab's records: the stages in order, every SOP rule, every lost reason (retired ones too). */
export function useSetup() {
  const { report } = useErrorReporter()
  const stages = ref<Stage[] | null>(null)
  const rules = ref<Rule[]>([])
  const reasons = ref<LostReason[] | null>(null)
  /** The stage being edited: an id, "new:open" / "new:after" for one being added, or "". */
  const selected = ref('')

  const stage = computed(() => stages.value?.find((s) => s.id === selected.value) ?? null)
  const rulesOf = (stageId: string) => rules.value.filter((r) => r.stageId === stageId)

  async function loadStages(): Promise<void> {
    try {
      const [s, r] = await Promise.all([api.stages(), api.rules('')])
      stages.value = s
      rules.value = r
      if (!selected.value.startsWith('new:') && !s.some((x) => x.id === selected.value)) selected.value = s[0]?.id ?? ''
    } catch (e) {
      report(e)
    }
  }

  async function loadReasons(): Promise<void> {
    try {
      reasons.value = await api.lostReasons(true)
    } catch (e) {
      report(e)
    }
  }

  const loadAll = () => Promise.all([loadStages(), loadReasons()])

  return { stages, rules, reasons, selected, stage, rulesOf, loadStages, loadReasons, loadAll }
}

export type SetupState = ReturnType<typeof useSetup>
