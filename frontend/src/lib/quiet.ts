import { toAppError } from '../api/errors'

/**
 * For background refreshes (a badge count, a list behind a dialog) whose
 * failure is not worth interrupting anyone: the backend has already logged
 * the cause, the next refresh tries again, and the console keeps the code.
 */
export function quietly(what: string): (reason: unknown) => void {
  return (reason) => console.error(`steady: ${what}:`, toAppError(reason).code)
}
