import { useSaveErrors as useAreaSaveErrors } from '../../composables/useSaveErrors'

/** The sales area's save dialogs: "sales-conflict…" (with the backend's reason), "sales-confirm…". */
export function useSaveErrors() {
  return useAreaSaveErrors({
    testid: 'sales',
    conflictTitle: 'sales.conflict.title',
    conflictBody: 'sales.conflict.body',
    withCode: true,
  })
}
