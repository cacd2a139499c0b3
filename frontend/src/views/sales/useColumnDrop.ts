import { ref, type Ref } from 'vue'

/**
 * A board column as a drop target, drawn in full or as a strip: it takes the
 * dragged card only when accepts says the card may go there, and lights up
 * while the card hovers over it.
 */
export function useColumnDrop(accepts: Ref<boolean>, onDrop: () => void) {
  const over = ref(false)

  function dragover(e: DragEvent): void {
    if (!accepts.value) return
    e.preventDefault()
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'move'
    over.value = true
  }

  function drop(e: DragEvent): void {
    over.value = false
    if (!accepts.value) return
    e.preventDefault()
    onDrop()
  }

  function dragleave(): void {
    over.value = false
  }

  return { over, dragover, drop, dragleave }
}
