/**
 * Whether a form holds input that closing would lose. The form's values are
 * taken the moment the person first reaches for it (a key or a pointer
 * inside it) — by then whatever the drawer loads is in place — and compared
 * when the drawer is about to close: typing something and deleting it again
 * is no change. Without a model, any input event counts as a change.
 */
export function discardGuard(model?: () => unknown) {
  let before: string | null = null
  let typed = false
  const read = (): string => JSON.stringify(model?.() ?? null)
  return {
    /** The person reaches for the form: remember the values as they are now (once). */
    reach(): void {
      if (model && before === null) before = read()
    },
    /** A native input event inside the form. */
    input(): void {
      typed = true
    },
    /** The drawer opened again: nothing is changed yet. */
    reset(): void {
      before = null
      typed = false
    },
    dirty(): boolean {
      if (!model) return typed
      return before !== null && read() !== before
    },
  }
}
