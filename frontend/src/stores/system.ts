import { ref } from 'vue'
import { defineStore } from 'pinia'
import * as systemApi from '../api/system'
import type { About } from '../api/system'

export const useSystemStore = defineStore('system', () => {
  const about = ref<About | null>(null)
  const backupRunning = ref(false)
  const lastBackupPath = ref('')

  async function loadAbout(): Promise<About> {
    const a = await systemApi.about()
    about.value = a
    return a
  }

  /** Runs a backup through the native save dialog; "" when cancelled. */
  async function backup(): Promise<string> {
    if (backupRunning.value) return ''
    backupRunning.value = true
    try {
      const path = await systemApi.backup()
      if (path) lastBackupPath.value = path
      return path
    } finally {
      backupRunning.value = false
    }
  }

  return { about, backupRunning, lastBackupPath, loadAbout, backup }
})
