import { useSaveErrors as useAreaSaveErrors } from '../../composables/useSaveErrors'

/** The customer area's save dialogs: "customer-conflict…", "customer-confirm…". */
export function useSaveErrors() {
  return useAreaSaveErrors({
    testid: 'customer',
    conflictTitle: 'customers.conflict.title',
    conflictBody: 'customers.conflict.body',
    withCode: true,
  })
}
