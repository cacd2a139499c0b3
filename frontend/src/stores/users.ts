import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import * as usersApi from '../api/users'
import type { UserForm } from '../api/users'
import type { User } from '../api/session'
import { useSessionStore } from './session'

export const useUsersStore = defineStore('users', () => {
  const users = ref<User[]>([])
  const loading = ref(false)

  /** Who can be somebody's manager: active owners and managers. */
  const managerCandidates = computed(() =>
    users.value.filter((u) => u.active && (u.role === 'owner' || u.role === 'manager')),
  )

  async function load(): Promise<void> {
    loading.value = true
    try {
      users.value = await usersApi.list()
    } finally {
      loading.value = false
    }
  }

  function put(u: User): void {
    const i = users.value.findIndex((x) => x.id === u.id)
    if (i >= 0) users.value.splice(i, 1, u)
    else users.value.push(u)
    useSessionStore().refreshUser(u)
  }

  async function create(form: UserForm): Promise<User> {
    const u = await usersApi.create(form)
    put(u)
    return u
  }

  async function update(form: UserForm): Promise<User> {
    const u = await usersApi.update(form)
    put(u)
    return u
  }

  return { users, loading, managerCandidates, load, create, update }
})
