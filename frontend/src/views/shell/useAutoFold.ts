import { onBeforeUnmount, type Ref } from 'vue'

/** Below this window width the sidebar folds itself (the rep's laptop runs at 1024 px). */
export const FOLD_BELOW_PX = 1200

/**
 * Folds the sidebar on a narrow window and unfolds it on a wide one, as the
 * window crosses the line; the toggle still works in between, so a person who
 * opens the sidebar on a small screen keeps it open until the window changes.
 */
export function useAutoFold(collapsed: Ref<boolean>, below = FOLD_BELOW_PX): void {
  if (typeof window === 'undefined' || !window.matchMedia) return
  const narrow = window.matchMedia(`(max-width: ${below - 1}px)`)
  collapsed.value = narrow.matches
  const follow = (e: MediaQueryListEvent): void => {
    collapsed.value = e.matches
  }
  narrow.addEventListener('change', follow)
  onBeforeUnmount(() => narrow.removeEventListener('change', follow))
}
