import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog, useMessage, type ButtonProps } from 'naive-ui'
import { toAppError, type FieldErrors } from '../../api/errors'
import { translateCode } from '../../i18n'
import { useErrorReporter } from '../../composables/useErrorReporter'
import { testid } from '../../lib/attrs'

/**
 * What a customer form does with a failed save: field errors go under their
 * fields, a conflict (someone changed it meanwhile) offers to reload, anything
 * else is reported.
 */
export function useSaveErrors() {
  const { t, te } = useI18n()
  const message = useMessage()
  const dialog = useDialog()
  const { report } = useErrorReporter()

  function conflict(code: string, reload: () => void): void {
    dialog.warning({
      title: t('customers.conflict.title'),
      content: () => h('div', testid('customer-conflict'), translateCode(t, te, code) + ' ' + t('customers.conflict.body')),
      positiveText: t('common.reload'),
      negativeText: t('common.cancel'),
      positiveButtonProps: testid('customer-conflict-reload') as ButtonProps,
      negativeButtonProps: testid('customer-conflict-cancel') as ButtonProps,
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
      content: () => h('div', testid('customer-confirm'), content),
      positiveText: okText,
      negativeText: t('common.cancel'),
      positiveButtonProps: testid('customer-confirm-ok') as ButtonProps,
      negativeButtonProps: testid('customer-confirm-cancel') as ButtonProps,
      onPositiveClick: async () => {
        await onOk()
      },
    })
  }

  return { handle, conflict, confirm, report }
}
