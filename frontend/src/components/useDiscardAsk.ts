import { useI18n } from 'vue-i18n'
import { useDialog } from 'naive-ui'

/**
 * The one question a drawer asks before it drops what was typed: "Discard
 * what you typed?" with Keep editing (also Esc) and Discard. One question at
 * a time, however often the person presses Esc.
 */
export function useDiscardAsk() {
  const { t } = useI18n()
  const dialog = useDialog()
  let asking = false
  return (discard: () => void): void => {
    if (asking) return
    asking = true
    dialog.warning({
      title: t('common.discardTitle'),
      content: t('common.discardBody'),
      positiveText: t('common.discard'),
      negativeText: t('common.keepEditing'),
      positiveButtonProps: { type: 'error', 'data-testid': 'discard-confirm' } as object,
      negativeButtonProps: { 'data-testid': 'discard-keep' } as object,
      onPositiveClick: discard,
      onAfterLeave: () => {
        asking = false
      },
    })
  }
}
