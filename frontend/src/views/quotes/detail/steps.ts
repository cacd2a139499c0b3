/** The steps of a quote's life the history card names; any other is "changed". */
export const STEP_ACTIONS = [
  'create', 'update', 'submit', 'approve', 'rejectApproval', 'send', 'accept', 'decline', 'expire',
  'linkDeal', 'supersede', 'revise', 'duplicate', 'delete', 'moveCustomer',
] as const

/** The locale key of a history step's label. */
export function stepLabelKey(action: string): string {
  return (STEP_ACTIONS as readonly string[]).includes(action) ? `quotes.steps.${action}` : 'quotes.steps.other'
}
