import { h, type VNodeChild } from 'vue'
import { NBadge, NIcon } from 'naive-ui'
import { FileTrayFullOutline } from '@vicons/ionicons5'
import { useInboxStore } from '../../stores/inbox'

/**
 * The sidebar entry of the approvals inbox, with the count of what waits as
 * a badge: beside the label, or on the icon when the sidebar is folded.
 */
export function useInboxNav(label: () => string, collapsed: () => boolean) {
  const inbox = useInboxStore()
  const badge = (): VNodeChild =>
    inbox.count > 0
      ? h(NBadge, { value: inbox.count, max: 99, class: 'nav-inbox-badge', 'data-testid': 'nav-inbox-badge' })
      : null
  return {
    label: (): VNodeChild =>
      h('span', { style: 'display: inline-flex; align-items: center; gap: 8px' }, [label(), badge()]),
    icon: (): VNodeChild =>
      collapsed() && inbox.count > 0
        ? h(NBadge, { dot: true, offset: [-2, 2] }, () => h(NIcon, { component: FileTrayFullOutline }))
        : h(NIcon, { component: FileTrayFullOutline }),
  }
}
