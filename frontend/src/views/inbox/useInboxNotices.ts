import { h, onBeforeUnmount, onMounted } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { NButton, useNotification } from 'naive-ui'
import * as api from '../../api/inbox'
import type { Item } from '../../api/inbox'
import { useInboxStore, type Arrival } from '../../stores/inbox'
import { itemLine } from './text'

/**
 * Runs the inbox while the shell is mounted and tells what arrives: after
 * sign-in one notice for all that waits, then one per new item; each also
 * as a desktop notification where this computer can show one (the backend
 * says so once in its log where it cannot). Needs a notification provider.
 */
export function useInboxNotices(): void {
  const { t } = useI18n()
  const router = useRouter()
  const notification = useNotification()
  const inbox = useInboxStore()

  const titleOf = (it: Item): string =>
    it.state === 'pending' ? t('inbox.notice.waiting') : t(`inbox.notice.${it.state}`)

  function open(close: () => void): void {
    close()
    void router.push('/inbox')
  }

  // Render functions, so an open notice follows a language switch.
  function show(title: () => string, lines: () => string[]): void {
    const n = notification.info({
      title,
      content: () =>
        h('ul', { 'data-testid': 'inbox-notice', style: 'margin: 0; padding-left: 18px' }, lines().map((l) => h('li', null, l))),
      duration: 30_000,
      action: () =>
        h(NButton, { size: 'small', type: 'primary', 'data-testid': 'inbox-notice-open', onClick: () => open(() => n.destroy()) }, () =>
          t('inbox.notice.open'),
        ),
    })
  }

  function desktop(id: string, title: string, body: string): void {
    api.notify(id, title, body).catch((e) => console.error('steady: desktop notice', e))
  }

  function arrived(a: Arrival): void {
    const shown = a.items.slice(0, 5)
    if (a.first && a.items.length > 1) {
      const title = () => t('inbox.notice.summary', { n: a.items.length }, a.items.length)
      show(title, () => shown.map(itemLine))
      desktop('steady-inbox-summary', title(), shown.map(itemLine).join('\n'))
      return
    }
    a.items.forEach((it) => {
      show(() => titleOf(it), () => [itemLine(it)])
      desktop(`steady-inbox-${it.kind}-${it.recordId}`, titleOf(it), itemLine(it))
    })
  }

  let off: (() => void) | undefined
  onMounted(() => {
    off = inbox.onArrival(arrived)
    inbox.start()
  })
  onBeforeUnmount(() => {
    off?.()
    inbox.stop()
  })
}
