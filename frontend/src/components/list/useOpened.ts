import { ref, type Ref } from 'vue'

/**
 * A drawer (or modal) over a list and the record it opens with: open(record)
 * to edit or read one, open(null) to write a new one.
 */
export function useOpened<T>() {
  const show = ref(false)
  const opened = ref(null) as Ref<T | null>

  function open(record: T | null): void {
    opened.value = record
    show.value = true
  }

  return { show, opened, open }
}
