import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog, useMessage, type ButtonProps } from 'naive-ui'
import { toAppError, type FieldErrors } from '../../api/errors'
import { translateCode } from '../../i18n'
import { useErrorReporter } from '../../composables/useErrorReporter'
import { testid } from '../../lib/attrs'

/**
 * What a sales form does with a failed save: field errors go under their
 * fields, a conflict (someone changed the deal meanwhile) says so and offers
 * to reload without overwriting anything, anything else is reported.
 */
export function useSaveErrors() {
  const { t, te } = useI18n()
  const message = useMessage()
  const dialog = useDialog()
  const { report } = useErrorReporter()

  function conflict(code: string, reload: () => void): void {
    dialog.warning({
      title: t('sales.conflict.title'),
      content: () => h('div', testid('sales-conflict'), translateCode(t, te, code) + ' ' + t('sales.conflict.body')),
      positiveText: t('common.reload'),
      negativeText: t('common.cancel'),
      positiveButtonProps: testid('sales-conflict-reload') as ButtonProps,
      negativeButtonProps: testid('sales-conflict-cancel') as ButtonProps,
      onPositiveClick: reload,
    })
  }

  /** Handles a failed save; setFields receives the field errors, if any. */
  function handle(e: unknown, setFields: (f: FieldErrors) => void, reload: () => void): void {
    const err = toAppError(e)
    if (err.kind === 'validation' && Object.keys(err.fields).length > 0) {
      setFields(err.fields)
      message.error(t('errors.validation'))
    } else if (err.kind === 'conflict') {
      conflict(err.code, reload)
    } else {
      report(err)
    }
  }

  /** Asks before something that cannot be taken back from here. */
  function confirm(title: string, content: string, okText: string, onOk: () => Promise<void> | void): void {
    dialog.warning({
      title,
      content: () => h('div', testid('sales-confirm'), content),
      positiveText: okText,
      negativeText: t('common.cancel'),
      positiveButtonProps: testid('sales-confirm-ok') as ButtonProps,
      negativeButtonProps: testid('sales-confirm-cancel') as ButtonProps,
      onPositiveClick: async () => {
        await onOk()
      },
    })
  }

  return { handle, conflict, confirm, report }
}
