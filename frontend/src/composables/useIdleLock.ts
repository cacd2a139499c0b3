import { onBeforeUnmount, onMounted, watch } from 'vue'
import { idleLockMinutes } from '../api/session'
import { useSessionStore } from '../stores/session'
import { useCompanyStore } from '../stores/company'

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/**
 * Locks the screen after the company's idle time without input (0 = never).
 * The app stays mounted under the lock screen, so nothing typed is lost.
 * `clock` and `target` are for tests.
 */
export function useIdleLock(clock: () => number = Date.now, target: EventTarget = window) {
  const session = useSessionStore()
  const company = useCompanyStore()
  let minutes = 0
  let last = clock()
  let timer: ReturnType<typeof setInterval> | undefined

  const touch = () => {
    last = clock()
  }

  /** Called every few seconds: locks once the idle time has passed. */
  function check(): void {
    if (minutes > 0 && !session.locked && clock() - last >= minutes * 60_000) void session.lock()
  }

  async function load(): Promise<void> {
    try {
      minutes = await idleLockMinutes()
    } catch {
      minutes = 0 // not readable now (locked, signed out): the next sign-in reads it again
    }
  }

  onMounted(() => {
    for (const name of ACTIVITY) target.addEventListener(name, touch, { passive: true })
    timer = setInterval(check, 5_000)
    void load()
  })
  onBeforeUnmount(() => {
    for (const name of ACTIVITY) target.removeEventListener(name, touch)
    if (timer) clearInterval(timer)
  })
  // The owner's new idle time applies at once in this window, not from the
  // next sign-in: the company store holds what was just saved.
  watch(
    () => company.settings?.idleLockMinutes,
    (m) => {
      if (typeof m === 'number' && m >= 0) minutes = m
    },
  )
  // Unlocking starts the idle time again and picks up a changed setting.
  watch(
    () => session.locked,
    (locked) => {
      if (!locked) {
        touch()
        void load()
      }
    },
  )

  return { check, load, touch }
}
