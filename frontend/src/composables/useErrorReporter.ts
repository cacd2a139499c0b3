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

  function text(e: AppError): string {
    return translateCode(t, te, e.code)
  }

  function report(reason: unknown): AppError {
    const e = toAppError(reason)
    if (e.kind === 'unauthenticated') {
      session.signedOut()
    }
    message.error(text(e))
    return e
  }

  return { report, text }
}
