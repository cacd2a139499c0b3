import { computed, reactive, ref, watch } from 'vue'
import { defineStore } from 'pinia'
import * as api from '../api/customers'
import { emptyQuery, type ListQuery, type Today } from '../api/customers'
import * as usersApi from '../api/users'
import type { User } from '../api/session'
import { useSessionStore } from './session'

/**
 * What the customer screens share: the people the signed-in user may see
 * (owner filter, assign, the create form's owner), the list's filters so they
 * survive a trip into a customer and back, and the day's list (due revisits
 * and birthdays) that the dashboard card and the Today tab both show.
 */
export const useCustomersStore = defineStore('customers', () => {
  const session = useSessionStore()

  const people = ref<User[]>([])
  const query = reactive<ListQuery>(emptyQuery())
  const today = ref<Today | null>(null)
  const todayLoading = ref(false)
  const todayFailed = ref(false)

  /** Managers and the owner hand customers over; reps claim from the pool. */
  const canAssign = computed(() => session.role === 'owner' || session.role === 'manager')
  const isOwner = computed(() => session.role === 'owner')
  const me = computed(() => session.user?.id ?? '')

  /** Active people by name: who may own a customer. */
  const owners = computed(() =>
    people.value.filter((u) => u.active).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  )

  /** Due and overdue revisits plus birthdays: the number on the Today tab. */
  const todayCount = computed(() => (today.value ? today.value.revisits.length + today.value.birthdays.length : 0))

  async function loadPeople(): Promise<User[]> {
    people.value = await usersApi.list()
    return people.value
  }

  async function loadToday(): Promise<Today | null> {
    todayLoading.value = true
    try {
      today.value = await api.today()
      todayFailed.value = false
    } catch (e) {
      todayFailed.value = true
      throw e
    } finally {
      todayLoading.value = false
    }
    return today.value
  }

  /** Sets the list's filters (not its sort or page size) back to "everything". */
  function clearFilters(): void {
    const blank = emptyQuery()
    query.ownerId = blank.ownerId
    query.stage = blank.stage
    query.segment = blank.segment
    query.tag = blank.tag
    query.source = blank.source
    query.city = blank.city
    query.contactedAfter = blank.contactedAfter
    query.contactedBefore = blank.contactedBefore
    query.health = blank.health
    query.offset = 0
  }

  /** Whether any filter narrows the list. */
  const filtered = computed(
    () =>
      !!(
        query.ownerId ||
        query.stage ||
        query.segment ||
        query.tag.trim() ||
        query.source ||
        query.city.trim() ||
        query.contactedAfter ||
        query.contactedBefore ||
        query.health
      ),
  )

  /** Drops what belongs to the previous user (after signing out and in as someone else). */
  function reset(): void {
    people.value = []
    today.value = null
    Object.assign(query, emptyQuery())
  }

  watch(
    () => session.user?.id,
    (next, prev) => {
      if (prev !== undefined && next !== prev) reset()
    },
  )

  return {
    people,
    query,
    today,
    todayLoading,
    todayFailed,
    canAssign,
    isOwner,
    me,
    owners,
    todayCount,
    filtered,
    loadPeople,
    loadToday,
    clearFilters,
    reset,
  }
})
