import { onBeforeUnmount, ref } from 'vue'
import type { FieldErrors } from '../../api/errors'

interface FieldErrorSink {
  set(fields: FieldErrors): void
  add(name: string, code: string, params?: Record<string, string | number>): void
  clear(name?: string): void
}

export const TRY_AGAIN = 'auth.tryAgainIn'

/**
 * Shows a sign-in's field errors; "try again in N s" counts down beside the
 * password and holds the submit button until the wait is over.
 */
export function useRetryCountdown(fe: FieldErrorSink) {
  const waiting = ref(false)
  let timer: ReturnType<typeof setInterval> | undefined

  function stop(): void {
    if (timer) clearInterval(timer)
    timer = undefined
    waiting.value = false
  }

  function show(fields: FieldErrors): void {
    stop()
    fe.set(fields)
    const wait = fields.password?.code === TRY_AGAIN ? Number(fields.password.params.seconds) : 0
    if (!(wait > 0)) return
    let left = wait
    waiting.value = true
    timer = setInterval(() => {
      left -= 1
      if (left <= 0) {
        stop()
        fe.clear('password')
      } else {
        fe.add('password', TRY_AGAIN, { seconds: left })
      }
    }, 1000)
  }

  onBeforeUnmount(stop)
  return { waiting, show, stop }
}
