import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog, useMessage, type ButtonProps } from 'naive-ui'
import { toAppError, type FieldErrors } from '../../../api/errors'
import { translateCode } from '../../../i18n'
import { useErrorReporter } from '../../../composables/useErrorReporter'
import { testid } from '../../../lib/attrs'

/**
 * What a setup form does with a failed save: field errors go under their
 * fields; a conflict (someone else saved first) says so and offers to reload,
 * overwriting nothing; a refusal or anything else is reported in words.
 */
export function useSetupErrors() {
  const { t, te } = useI18n()
  const message = useMessage()
  const dialog = useDialog()
  const { report } = useErrorReporter()

  function conflict(code: string, reload: () => void): void {
    dialog.warning({
      title: t('sales.setup.conflict.title'),
      content: () => h('div', testid('setup-conflict'), `${translateCode(t, te, code)} ${t('sales.setup.conflict.body')}`),
      positiveText: t('common.reload'),
      negativeText: t('common.cancel'),
      positiveButtonProps: testid('setup-conflict-reload') as ButtonProps,
      onPositiveClick: reload,
    })
  }

  /** setFields receives field errors when the form has a place for them; others become a message. */
  function handle(e: unknown, setFields: ((f: FieldErrors) => void) | null, reload: () => void): void {
    const err = toAppError(e)
    const fields = Object.entries(err.fields)
    if (err.isValidation && fields.length > 0 && setFields) {
      setFields(err.fields)
      message.error(t('errors.validation'))
    } else if (err.isValidation && fields.length > 0) {
      const [, fe] = fields[0]
      message.error(translateCode(t, te, fe.code, fe.params))
    } else if (err.isConflict) {
      conflict(err.code, reload)
    } else {
      report(err)
    }
  }

  function confirm(title: string, content: string, okText: string, onOk: () => Promise<void>): void {
    dialog.warning({
      title,
      content: () => h('div', testid('setup-confirm'), content),
      positiveText: okText,
      negativeText: t('common.cancel'),
      positiveButtonProps: testid('setup-confirm-ok') as ButtonProps,
      onPositiveClick: onOk,
    })
  }

  return { handle, confirm, report }
}
