import { ref } from 'vue'
import { defineStore } from 'pinia'
import * as systemApi from '../api/system'
import type { About } from '../api/system'

export const useSystemStore = defineStore('system', () => {
  const about = ref<About | null>(null)

  async function loadAbout(): Promise<About> {
    const a = await systemApi.about()
    about.value = a
    return a
  }

  return { about, loadAbout }
})
