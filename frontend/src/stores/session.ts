import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import * as sessionApi from '../api/session'
import { toAppError } from '../api/errors'
import type { LoginForm, PasswordChangeForm, Role, SetupForm, Status, User } from '../api/session'
import { usePreferencesStore } from './preferences'

export type Phase = 'loading' | 'startupError' | 'setup' | 'login' | 'changePassword' | 'ready'

export const useSessionStore = defineStore('session', () => {
  const phase = ref<Phase>('loading')
  const status = ref<Status | null>(null)
  const user = ref<User | null>(null)
  /** i18n key of the reason the data could not be opened. */
  const startupError = ref('')
  /** The idle lock is on: the app stays mounted (unsaved input kept) under the lock screen. */
  const locked = ref(false)

  const role = computed<Role | ''>(() => (user.value?.role as Role | undefined) ?? '')
  const isOwner = computed(() => role.value === 'owner')
  const canSeeUsers = computed(() => role.value === 'owner' || role.value === 'manager')

  async function init(): Promise<void> {
    phase.value = 'loading'
    try {
      const s = await sessionApi.status()
      status.value = s
      usePreferencesStore().load(s.language, s.theme)
      if (s.startupError) {
        startupError.value = s.startupError
        phase.value = 'startupError'
      } else if (s.needsSetup) {
        phase.value = 'setup'
      } else if (s.user) {
        signedIn(s.user)
        locked.value = s.locked
      } else {
        phase.value = 'login'
      }
    } catch (e) {
      startupError.value = toAppError(e).code
      phase.value = 'startupError'
    }
  }

  /** A password the owner reset must be changed before anything else. */
  function signedIn(u: User): void {
    user.value = u
    locked.value = false
    phase.value = u.mustChangePassword ? 'changePassword' : 'ready'
  }

  async function setup(form: SetupForm): Promise<User> {
    const u = await sessionApi.setup(form)
    signedIn(u)
    return u
  }

  async function login(form: LoginForm): Promise<User> {
    const u = await sessionApi.login(form)
    signedIn(u)
    return u
  }

  async function changePassword(form: PasswordChangeForm): Promise<User> {
    const u = await sessionApi.changePassword(form)
    signedIn(u)
    return u
  }

  /** Locks the screen (idle time reached, or the backend said it is locked). */
  async function lock(): Promise<void> {
    if (phase.value !== 'ready' || locked.value) return
    locked.value = true
    await sessionApi.lock()
  }

  async function unlock(password: string): Promise<User> {
    const u = await sessionApi.unlock(password)
    user.value = u
    locked.value = false
    return u
  }

  async function logout(): Promise<void> {
    try {
      await sessionApi.logout()
    } finally {
      signedOut()
    }
  }

  /** The backend no longer knows us (or we signed out): back to the login screen. */
  function signedOut(): void {
    user.value = null
    locked.value = false
    phase.value = 'login'
  }

  /** Keeps the signed-in user fresh after someone edits their own record. */
  function refreshUser(u: User): void {
    if (user.value && user.value.id === u.id) user.value = u
  }

  return {
    phase,
    status,
    user,
    startupError,
    locked,
    role,
    isOwner,
    canSeeUsers,
    init,
    setup,
    login,
    changePassword,
    lock,
    unlock,
    logout,
    signedOut,
    refreshUser,
  }
})
