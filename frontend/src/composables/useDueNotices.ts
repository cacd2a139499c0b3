import { h, onBeforeUnmount, onMounted } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { NButton, useNotification } from 'naive-ui'
import * as api from '../api/sales'
import type { Task } from '../api/sales'
import { toAppError } from '../api/errors'
import { useSessionStore } from '../stores/session'
import { planNotices } from '../components/sales/dueNoticePlan'
import { inLanguage, localDateTime } from '../views/sales/format'

/** How often the app asks what fell due while it is open. */
export const POLL_MS = 60_000

/**
 * SOP tasks falling due, told in the app: once after sign-in a summary of
 * what became due while it was closed, then every minute a notice per task
 * that just fell due. The backend remembers, per person and computer, when it
 * last told them, so nothing is told twice. Needs a notification provider
 * above the calling component, and lives as long as it does.
 */
export function useDueNotices(): void {
  const { t, locale } = useI18n()
  const router = useRouter()
  const notification = useNotification()
  const session = useSessionStore()

  const title = (x: Task): string => inLanguage(x.titleZh, x.titleEn, String(locale.value))
  const line = (x: Task): string => `${title(x)} · ${x.dealTitle}（${localDateTime(x.dueAt)}）`

  function go(path: string, close: () => void): void {
    close()
    void router.push(path)
  }

  function summary(tasks: Task[], total: number): void {
    const n = notification.warning({
      // Render functions, so an open notice follows a language switch.
      title: () => t('notifications.dueSummary.title', { n: total }, total),
      content: () =>
        h('ul', { class: 'due-notice-list', 'data-testid': 'due-summary', style: 'margin: 0; padding-left: 18px' }, [
          ...tasks.map((x) => h('li', { 'data-testid': 'due-summary-task' }, line(x))),
          total > tasks.length ? h('li', { style: 'list-style: none; opacity: .7' }, t('notifications.dueSummary.more', { n: total - tasks.length })) : null,
        ]),
      action: () =>
        h(NButton, { size: 'small', type: 'primary', 'data-testid': 'due-summary-open', onClick: () => go('/sales/tasks', () => n.destroy()) }, () =>
          t('notifications.dueSummary.open'),
        ),
    })
  }

  function each(task: Task): void {
    const n = notification.info({
      title: () => t('notifications.due.title'),
      content: () => h('div', { 'data-testid': 'due-notice' }, line(task)),
      duration: 30_000,
      action: () =>
        h(NButton, { size: 'small', 'data-testid': 'due-notice-open', onClick: () => go(`/sales/deals/${task.dealId}`, () => n.destroy()) }, () =>
          t('notifications.due.open'),
        ),
    })
  }

  async function check(first: boolean): Promise<void> {
    if (!session.user) return
    try {
      const plan = planNotices(await api.dueNotices(), first)
      if (plan?.kind === 'summary') summary(plan.tasks, plan.total)
      else plan?.tasks.forEach(each)
    } catch (e) {
      // A missed poll is not worth interrupting anyone: the next one covers the same time.
      console.error('steady: due notices', toAppError(e).code)
    }
  }

  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    void check(true)
    timer = setInterval(() => void check(false), POLL_MS)
  })
  onBeforeUnmount(() => clearInterval(timer))
}
