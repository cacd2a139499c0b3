import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog, useMessage, type ButtonProps } from 'naive-ui'
import { toAppError, type FieldErrors } from '../api/errors'
import { translateCode } from '../i18n'
import { useErrorReporter } from './useErrorReporter'
import { testid } from '../lib/attrs'

/** The words and test ids of one area's save dialogs. */
export interface SaveErrorWords {
  /** Prefix of the dialogs' test ids: "<testid>-conflict", "<testid>-confirm-ok"… */
  testid: string
  /** i18n keys of the conflict dialog. */
  conflictTitle: string
  conflictBody: string
  /** Whether the backend's conflict message is said before the body. */
  withCode: boolean
}

/**
 * The words of an area whose steps leave no unsaved edits behind (a status
 * change, a small modal over a list): a conflict is said in words and reload
 * runs at once, since there is nothing to lose by reading the record again.
 */
export interface ReloadWords {
  testid: string
}

/**
 * What a form does when a save fails; setFields gets the field errors (null when
 * the step has no fields to mark), reload follows a conflict.
 */
export type SaveFailure = (e: unknown, setFields: ((f: FieldErrors) => void) | null, reload: () => void) => void

/**
 * What a form does with a failed save: field errors go under their fields, a
 * conflict (someone saved a newer version meanwhile) offers to reload, anything
 * else is reported. Also the "are you sure" dialog before a removal.
 */
export function useSaveErrors(words: SaveErrorWords | ReloadWords) {
  const { t, te } = useI18n()
  const message = useMessage()
  const dialog = useDialog()
  const { report } = useErrorReporter()

  function conflict(code: string, reload: () => void): void {
    if (!('conflictBody' in words)) {
      message.error(t('errors.conflictReloaded', { what: translateCode(t, te, code) }))
      reload()
      return
    }
    const body = t(words.conflictBody)
    dialog.warning({
      title: t(words.conflictTitle),
      content: () => h('div', testid(`${words.testid}-conflict`), words.withCode ? translateCode(t, te, code) + ' ' + body : body),
      positiveText: t('common.reload'),
      negativeText: t('common.cancel'),
      positiveButtonProps: testid(`${words.testid}-conflict-reload`) as ButtonProps,
      negativeButtonProps: testid(`${words.testid}-conflict-cancel`) as ButtonProps,
      onPositiveClick: reload,
    })
  }

  const handle: SaveFailure = (e, setFields, reload) => {
    const err = toAppError(e)
    const first = Object.values(err.fields)[0]
    if (err.kind === 'validation' && first && setFields) {
      setFields(err.fields)
      message.error(t('errors.validation'))
    } else if (err.kind === 'validation' && first) {
      // No field here to mark: the reason itself is the message.
      message.error(translateCode(t, te, first.code, first.params))
    } else if (err.kind === 'conflict') {
      conflict(err.code, reload)
    } else {
      report(err)
    }
  }

  /**
   * Asks before something that cannot be taken back from here; onOk runs on yes.
   * okAttrs go on the yes button, e.g. which of several actions it confirms.
   */
  function confirm(
    title: string,
    content: string,
    okText: string,
    onOk: () => Promise<void> | void,
    okAttrs: Record<string, string> = {},
  ): void {
    dialog.warning({
      title,
      content: () => h('div', testid(`${words.testid}-confirm`), content),
      positiveText: okText,
      negativeText: t('common.cancel'),
      positiveButtonProps: testid(`${words.testid}-confirm-ok`, okAttrs) as ButtonProps,
      negativeButtonProps: testid(`${words.testid}-confirm-cancel`) as ButtonProps,
      onPositiveClick: async () => {
        await onOk()
      },
    })
  }

  return { handle, conflict, confirm, report }
}
