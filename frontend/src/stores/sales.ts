import { computed, ref, watch } from 'vue'
import { defineStore } from 'pinia'
import * as api from '../api/sales'
import type { Filter, LostReason, Stage } from '../api/sales'
import * as usersApi from '../api/users'
import type { User } from '../api/session'
import { useSessionStore } from './session'

/** Whose deals and tasks a sales screen shows: everyone in scope, me, a team, or one person. */
export type OwnerChoice = '' | 'me' | `team:${string}` | `user:${string}`

/** The backend filter for a choice. */
export function filterOf(choice: OwnerChoice, me: string): Filter {
  if (choice === 'me') return { ownerId: me, teamId: '' }
  if (choice.startsWith('team:')) return { ownerId: '', teamId: choice.slice(5) }
  if (choice.startsWith('user:')) return { ownerId: choice.slice(5), teamId: '' }
  return api.everyone()
}

/**
 * What the sales screens share: the stages and lost reasons (read once per
 * sign-in, refreshed after setup changes them), the people the signed-in user
 * may see, and the owner filter so it survives moving between tabs.
 */
export const useSalesStore = defineStore('sales', () => {
  const session = useSessionStore()

  const stages = ref<Stage[]>([])
  const lostReasons = ref<LostReason[]>([])
  const people = ref<User[]>([])
  const owner = ref<OwnerChoice>('')

  const me = computed(() => session.user?.id ?? '')
  const role = computed(() => session.role)
  const isOwner = computed(() => role.value === 'owner')
  /** Reps see only their own deals: no owner filter, no owner field. */
  const seesOthers = computed(() => role.value === 'owner' || role.value === 'manager')
  const filter = computed(() => filterOf(owner.value, me.value))

  const openStages = computed(() => stages.value.filter((s) => s.kind === 'open'))
  const stageById = computed(() => new Map(stages.value.map((s) => [s.id, s])))
  const stage = (id: string): Stage | undefined => stageById.value.get(id)
  const reasonById = computed(() => new Map(lostReasons.value.map((r) => [r.id, r])))

  /** Active people by name: who may own a deal. */
  const owners = computed(() => people.value.filter((u) => u.active).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')))
  /** People who lead a team (a manager, or the owner with direct reports). */
  const leads = computed(() => owners.value.filter((u) => u.id !== me.value && people.value.some((p) => p.managerId === u.id)))

  let stagesLoad: Promise<Stage[]> | null = null
  /** The stages, read once; force after they were edited. */
  function loadStages(force = false): Promise<Stage[]> {
    if (!force && stages.value.length > 0) return Promise.resolve(stages.value)
    if (!stagesLoad || force) {
      stagesLoad = api
        .stages()
        .then((s) => (stages.value = s))
        .finally(() => (stagesLoad = null))
    }
    return stagesLoad
  }

  async function loadLostReasons(): Promise<LostReason[]> {
    lostReasons.value = await api.lostReasons(true)
    return lostReasons.value
  }

  async function loadPeople(): Promise<User[]> {
    if (!seesOthers.value) return people.value
    people.value = await usersApi.list()
    return people.value
  }

  /** Drops what belongs to the previous user (after signing out and in as someone else). */
  function reset(): void {
    stages.value = []
    lostReasons.value = []
    people.value = []
    owner.value = ''
  }

  watch(
    () => session.user?.id,
    (next, prev) => {
      if (prev !== undefined && next !== prev) reset()
    },
  )

  return {
    stages,
    lostReasons,
    people,
    owner,
    me,
    isOwner,
    seesOthers,
    filter,
    openStages,
    stage,
    reasonById,
    owners,
    leads,
    loadStages,
    loadLostReasons,
    loadPeople,
    reset,
  }
})
