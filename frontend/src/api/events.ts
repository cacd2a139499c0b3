import { EventsOn } from '../../wailsjs/runtime/runtime'

export interface MenuHandlers {
  navigate: (target: string) => void
  backup: () => void
  exportAll: () => void
  about: () => void
  language: (lang: string) => void
  theme: (theme: string) => void
}

function hasRuntime(): boolean {
  return typeof window !== 'undefined' && typeof (window as { runtime?: unknown }).runtime === 'object'
}

/** Subscribes to the native menu events; returns the unsubscribe function. */
export function onMenuEvents(h: MenuHandlers): () => void {
  if (!hasRuntime()) return () => {}
  const offs = [
    EventsOn('menu:navigate', (target: unknown) => h.navigate(String(target ?? ''))),
    EventsOn('menu:backup', () => h.backup()),
    EventsOn('menu:exportAll', () => h.exportAll()),
    EventsOn('menu:about', () => h.about()),
    EventsOn('menu:language', (lang: unknown) => h.language(String(lang ?? ''))),
    EventsOn('menu:theme', (theme: unknown) => h.theme(String(theme ?? ''))),
  ]
  return () => offs.forEach((off) => typeof off === 'function' && off())
}
