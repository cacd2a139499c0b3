import { onMounted, ref, watch, type Ref, type WatchSource } from 'vue'
import { useErrorReporter } from '../../composables/useErrorReporter'
import { latestOnly } from '../../lib/latest'

/**
 * The rows of a list pane, read when the pane mounts and again whenever one
 * of its filters changes; load is also the refresh after a save. A failed
 * read is reported and the rows already shown stay. Only the latest read
 * lands: a slower answer to an older filter never replaces a newer one.
 * loaded turns true once the first read has answered, so a pane can hold
 * back its empty words until it knows the list is empty.
 */
export function useListLoad<T>(read: () => Promise<T[]>, filters: WatchSource[]) {
  const { report } = useErrorReporter()
  const list = ref([]) as Ref<T[]>
  const loading = ref(false)
  const loaded = ref(false)
  const begin = latestOnly()

  async function load(): Promise<void> {
    const current = begin()
    loading.value = true
    try {
      const rows = await read()
      if (current()) list.value = rows
    } catch (e) {
      if (current()) report(e)
    } finally {
      if (current()) {
        loading.value = false
        loaded.value = true
      }
    }
  }

  onMounted(load)
  watch(filters, load)

  return { list, loading, loaded, load }
}
