import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref, type Ref } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'
import { i18n } from '../../i18n'
import { AppError } from '../../api/errors'
import { useListLoad } from './useListLoad'

type Api = ReturnType<typeof useListLoad<string>>

/** Mounts the composable inside the providers it needs and hands it back. */
function setup(read: () => Promise<string[]>, filter: Ref<string>): { api: Api; wrapper: VueWrapper } {
  let api: Api | undefined
  const Probe = defineComponent({
    setup() {
      api = useListLoad(read, [filter])
      return () => null
    },
  })
  setActivePinia(createPinia())
  const wrapper = mount(() => h(NMessageProvider, null, () => h(Probe)), {
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
  return { api: api!, wrapper }
}

describe('useListLoad', () => {
  let wrapper: VueWrapper | undefined
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
  })

  it('reads on mount and again when a filter changes, loading meanwhile', async () => {
    const filter = ref('')
    const read = vi.fn(() => Promise.resolve(filter.value ? [filter.value] : ['a', 'b']))
    const s = setup(read, filter)
    wrapper = s.wrapper
    expect(s.api.loading.value).toBe(true)
    expect(s.api.loaded.value).toBe(false)
    await flushPromises()
    expect(s.api.list.value).toEqual(['a', 'b'])
    expect(s.api.loading.value).toBe(false)
    expect(s.api.loaded.value).toBe(true)
    filter.value = 'c'
    await nextTick()
    await flushPromises()
    expect(read).toHaveBeenCalledTimes(2)
    expect(s.api.list.value).toEqual(['c'])
  })

  it('reports a failed read and keeps the rows it had', async () => {
    const filter = ref('')
    const read = vi.fn(() => Promise.resolve(['a']))
    const s = setup(read, filter)
    wrapper = s.wrapper
    await flushPromises()
    read.mockRejectedValueOnce(new AppError('internal', 'errors.internal'))
    await s.api.load()
    await flushPromises()
    expect(s.api.list.value).toEqual(['a'])
    expect(s.api.loading.value).toBe(false)
    expect(document.body.textContent).toContain(i18n.global.t('errors.internal'))
  })
  it('keeps the newer filter\'s rows when the older read answers last', async () => {
    const filter = ref('old')
    const answers: Record<string, (rows: string[]) => void> = {}
    const read = vi.fn(() => new Promise<string[]>((resolve) => (answers[filter.value] = resolve)))
    const s = setup(read, filter)
    wrapper = s.wrapper
    filter.value = 'new'
    await nextTick()
    answers.new!(['new row'])
    await flushPromises()
    answers.old!(['old row'])
    await flushPromises()
    expect(s.api.list.value).toEqual(['new row'])
    expect(s.api.loading.value).toBe(false)
  })
})
