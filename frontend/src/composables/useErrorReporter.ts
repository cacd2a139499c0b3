import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import { toAppError, type AppError } from '../api/errors'
import { translateCode } from '../i18n'
import { useSessionStore } from '../stores/session'

/** Shows an error to a person: translated, never raw; unauthenticated → login screen. */
export function useErrorReporter() {
  const { t, te } = useI18n()
  const message = useMessage()
  const session = useSessionStore()

  /** The message of e; a conflict (someone saved first) also says what to do. */
  function text(e: AppError): string {
    const what = translateCode(t, te, e.code)
    return e.kind === 'conflict' ? t('errors.conflictHint', { what }) : what
  }

  function report(reason: unknown): AppError {
    const e = toAppError(reason)
    if (e.kind === 'unauthenticated' && e.code === 'auth.locked') {
      void session.lock() // the backend locked this window: keep the app (and its input) under the lock screen
      return e
    }
    if (e.kind === 'unauthenticated') {
      session.signedOut()
    }
    message.error(text(e))
    return e
  }

  return { report, text }
}
