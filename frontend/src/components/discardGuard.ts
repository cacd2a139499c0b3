/**
 * Whether a form holds input that closing would lose. The form's values are
 * taken the moment the person first reaches for it (a key or a pointer
 * inside it) — by then whatever the drawer loads is in place — and compared
 * when the drawer is about to close: typing something and deleting it again
 * is no change. Without a model, or when text arrived before any key or
 * pointer, an input event counts as a change.
 */
export function discardGuard(model?: () => unknown) {
  let before: string | null = null
  let typed = false
  const read = (): string => JSON.stringify(model?.() ?? null)
  return {
    /** The person reaches for the form: remember the values as they are now (once). */
    reach(): void {
      if (model && before === null && !typed) before = read()
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
      // Text can arrive with no key or pointer first (pasted from a menu, dropped, filled by a tool): it counts.
      if (!model || before === null) return typed
      return read() !== before
    },
  }
}
