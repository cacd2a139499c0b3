import { useSaveErrors } from '../../../composables/useSaveErrors'

/**
 * The sales setup's save dialogs: "setup-conflict…" (with the backend's reason;
 * reloading overwrites nothing), "setup-confirm…". A form with no place for a
 * field error passes null and hears the reason as a message.
 */
export function useSetupErrors() {
  const { handle, confirm, report } = useSaveErrors({
    testid: 'setup',
    conflictTitle: 'sales.setup.conflict.title',
    conflictBody: 'sales.setup.conflict.body',
    withCode: true,
  })
  return { handle, confirm, report }
}
