import { computed, h } from 'vue'
import { useI18n } from 'vue-i18n'
import { NButton, NTag, type DataTableColumns } from 'naive-ui'
import type { Requirement, Roleplay, TrainingRecord } from '../../api/training'
import { hoursText, percentText } from './format'

/** The columns of the profile's three tables; open is called with the role-play a person clicks. */
export function useProfileColumns(open: (r: Roleplay) => void) {
  const { t } = useI18n()

  function statusTag(status: string) {
    const type = status === 'done' ? 'success' : status === 'overdue' ? 'error' : 'info'
    return h(NTag, { size: 'small', bordered: false, type }, () => t(`training.status.${status}`))
  }

  function resultCell(r: TrainingRecord) {
    if (r.passed === true) return h(NTag, { size: 'small', bordered: false, type: 'success' }, () => t('training.sheet.pass'))
    if (r.passed === false) return h(NTag, { size: 'small', bordered: false, type: 'error' }, () => t('training.sheet.fail'))
    return '—'
  }

  const required = computed<DataTableColumns<Requirement>>(() => [
    { key: 'courseTitle', title: t('training.session.course'), minWidth: 160, ellipsis: { tooltip: true } },
    { key: 'courseKind', title: t('training.course.kind'), width: 160, render: (r) => t(`training.kinds.${r.courseKind}`) },
    {
      key: 'planName',
      title: t('training.profile.plan'),
      width: 140,
      ellipsis: { tooltip: true },
      render: (r) => r.planName || t('training.profile.planNone'),
    },
    { key: 'dueOn', title: t('training.profile.dueOn'), width: 110 },
    { key: 'status', title: t('training.profile.status'), width: 90, render: (r) => statusTag(r.status) },
    { key: 'completedOn', title: t('training.profile.completedOn'), width: 110, render: (r) => r.completedOn || '—' },
  ])

  const history = computed<DataTableColumns<TrainingRecord>>(() => [
    { key: 'heldOn', title: t('training.session.heldOn'), width: 110 },
    { key: 'courseTitle', title: t('training.session.course'), minWidth: 160, ellipsis: { tooltip: true } },
    { key: 'trainerName', title: t('training.session.trainer'), width: 100, render: (r) => r.trainerName || '—' },
    { key: 'mode', title: t('training.session.mode'), width: 70, render: (r) => t(`training.modes.${r.mode}`) },
    { key: 'minutes', title: t('training.course.hoursShort'), width: 60, align: 'right', render: (r) => hoursText(r.minutes) },
    { key: 'status', title: t('training.sheet.status'), width: 80, render: (r) => t(`training.attendance.${r.status}`) },
    {
      key: 'score',
      title: t('training.sheet.score'),
      width: 60,
      align: 'right',
      render: (r) => (r.score === undefined || r.score === null ? '—' : String(r.score)),
    },
    { key: 'passed', title: t('training.sheet.result'), width: 80, render: resultCell },
  ])

  const roleplays = computed<DataTableColumns<Roleplay>>(() => [
    { key: 'heldOn', title: t('training.roleplay.heldOn'), width: 110 },
    {
      key: 'scenario',
      title: t('training.roleplay.scenario'),
      minWidth: 180,
      ellipsis: { tooltip: true },
      render: (r) => h(NButton, { text: true, type: 'primary', onClick: () => open(r) }, { default: () => r.scenario }),
    },
    { key: 'evaluatorName', title: t('training.roleplay.evaluator'), width: 100, render: (r) => r.evaluatorName || '—' },
    {
      key: 'score',
      title: t('training.roleplay.score'),
      width: 140,
      render: (r) => t('training.roleplay.scoreValue', { score: r.score, max: r.maxScore, percent: percentText(r.scoreBp) }),
    },
  ])

  return { required, history, roleplays }
}
