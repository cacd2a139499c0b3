import { useI18n } from 'vue-i18n'
import { useSaveErrors as useAreaSaveErrors } from '../../composables/useSaveErrors'

/** The training area's save dialogs ("training-conflict…"); removals always say "remove". */
export function useSaveErrors() {
  const { t } = useI18n()
  const shared = useAreaSaveErrors({
    testid: 'training',
    conflictTitle: 'training.conflictTitle',
    conflictBody: 'training.conflictBody',
    withCode: true,
  })
  function confirm(title: string, content: string, onOk: () => Promise<void> | void): void {
    shared.confirm(title, content, t('training.confirmRemove'), onOk)
  }
  return { ...shared, confirm }
}
