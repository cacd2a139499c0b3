import { onMounted, ref, watch, type Ref, type WatchSource } from 'vue'
import { useErrorReporter } from '../../composables/useErrorReporter'

/**
 * The rows of a list pane, read when the pane mounts and again whenever one
 * of its filters changes; load is also the refresh after a save. A failed
 * read is reported and the rows already shown stay.
 */
export function useListLoad<T>(read: () => Promise<T[]>, filters: WatchSource[]) {
  const { report } = useErrorReporter()
  const list = ref([]) as Ref<T[]>
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      list.value = await read()
    } catch (e) {
      report(e)
    } finally {
      loading.value = false
    }
  }

  onMounted(load)
  watch(filters, load)

  return { list, loading, load }
}
