import { computed, h } from 'vue'
import { useI18n } from 'vue-i18n'
import { NEllipsis, NTag, NText, type DataTableColumns } from 'naive-ui'
import type { CustomerRow, Sort } from '../../api/customers'
import { useCustomersStore } from '../../stores/customers'
import StageTag from '../../components/customers/StageTag.vue'
import SegmentBadge from '../../components/customers/SegmentBadge.vue'
import CellLink from '../../components/list/CellLink.vue'
import { daysSince, localDate } from './format'

/** The customer table's columns, sorted as the store's query says; open is called with the row whose name is clicked. */
export function useCustomerColumns(open: (r: CustomerRow) => void) {
  const { t } = useI18n()
  const q = useCustomersStore().query

  function lastContact(r: CustomerRow) {
    const days = daysSince(r.lastContactAt)
    if (days === null) return h(NText, { depth: 3 }, () => t('customers.when.never'))
    const text = days <= 0 ? t('customers.when.today') : t('customers.when.daysAgo', { n: days }, days)
    // The date as the span's title: a tooltip component per row costs the list's first paint (see CellLink).
    return h('span', { title: localDate(r.lastContactAt) }, text)
  }

  function sortOrder(key: Sort): 'ascend' | 'descend' | false {
    return q.sort === key ? (q.desc ? 'descend' : 'ascend') : false
  }

  const columns = computed<DataTableColumns<CustomerRow>>(() => [
    {
      key: 'name',
      title: t('customers.columns.customer'),
      // Stays in view while a narrow window scrolls the other columns.
      width: 220,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (r) =>
        h('div', { class: 'name-cell' }, [
          h(CellLink, { text: r.name, onOpen: () => open(r), 'data-testid': 'customer-row-open' }),
          r.contactName && r.contactName !== r.name ? h(NEllipsis, { class: 'sub', tooltip: false }, () => r.contactName) : null,
        ]),
    },
    {
      key: 'stage',
      title: t('customers.fields.stage'),
      width: 84,
      sorter: true,
      sortOrder: sortOrder('stage'),
      render: (r) => h(StageTag, { stage: r.stage }),
    },
    {
      key: 'segment',
      title: t('customers.fields.segment'),
      width: 96,
      sorter: true,
      sortOrder: sortOrder('segment'),
      render: (r) => h(SegmentBadge, { segment: r.segment }),
    },
    {
      key: 'owner',
      title: t('customers.fields.owner'),
      width: 90,
      ellipsis: { tooltip: true }, ellipsisComponent: 'performant-ellipsis',
      render: (r) =>
        r.ownerId
          ? r.ownerName
          : h(NTag, { size: 'small', bordered: false, type: 'warning' }, () => t('customers.pool.tag')),
    },
    { key: 'phone', title: t('customers.fields.phone'), width: 130, ellipsis: { tooltip: true }, ellipsisComponent: 'performant-ellipsis' },
    { key: 'city', title: t('customers.fields.city'), width: 76, ellipsis: { tooltip: true }, ellipsisComponent: 'performant-ellipsis' },
    {
      key: 'tags',
      title: t('customers.fields.tags'),
      minWidth: 104,
      render: (r) =>
        h(
          'div',
          { class: 'tags', style: 'overflow: hidden' }, // a long tag is cut at the column's edge
          (r.tags ?? []).slice(0, 3).map((tag) => h(NTag, { size: 'tiny', bordered: false }, () => tag)),
        ),
    },
    {
      key: 'lastContact',
      title: t('customers.columns.lastContact'),
      width: 124,
      sorter: true,
      sortOrder: sortOrder('lastContact'),
      render: lastContact,
    },
    {
      key: 'created',
      title: t('customers.columns.created'),
      width: 100,
      sorter: true,
      sortOrder: sortOrder('created'),
      render: (r) => localDate(r.createdAt),
    },
  ])

  return columns
}
