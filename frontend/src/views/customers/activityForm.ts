// The activity logger's form as typed, and the conversion to what the backend takes.
import type { Activity, ActivityForm } from '../../api/customers'
import type { FieldErrors } from '../../api/errors'
import { dayOf, localToRFC3339 } from './format'

export interface ActivityDraft {
  kind: string
  contactId: string | null
  summary: string
  outcome: string
  nextStep: string
  nextStepOn: string
  /** Whether the activity took place earlier than now (its day and time are then typed). */
  earlier: boolean
  atDay: string
  atTime: string
  /** The owner's reason for dating it beyond the backdating window. */
  backdateReason: string
  /** The customer's deal it is about (null: none). */
  dealId: string | null
}

/** "HH:mm" in local time. */
export function clockOf(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

/** An activity as the form shows it; a new one keeps the kind last used. */
export function activityDraft(a: Activity | null | undefined, kind: string): ActivityDraft {
  const at = a ? new Date(a.at) : null
  return {
    kind: a?.kind ?? kind,
    contactId: a?.contactId || null,
    summary: a?.summary ?? '',
    outcome: a?.outcome ?? '',
    nextStep: a?.nextStep ?? '',
    nextStepOn: a?.nextStepOn ?? '',
    earlier: at !== null,
    atDay: at ? dayOf(at) : '',
    atTime: at ? clockOf(at) : '',
    backdateReason: '',
    dealId: a?.dealId || null,
  }
}

/**
 * The form to send, or the field errors the frontend can tell at once: a
 * summary is required, and an earlier time must be a real day and time.
 */
export function activityInput(
  d: ActivityDraft,
  customerId: string,
  current: Pick<Activity, 'id' | 'version'> | null | undefined,
): { form: ActivityForm; errors: FieldErrors } {
  const errors: FieldErrors = {}
  if (!d.summary.trim()) errors.summary = { code: 'validation.required', params: {} }
  const at = d.earlier ? localToRFC3339(d.atDay, d.atTime) : ''
  if (d.earlier && !at) errors.at = { code: 'validation.invalidTime', params: {} }
  const form: ActivityForm = {
    id: current?.id ?? '',
    customerId,
    contactId: d.contactId ?? '',
    kind: d.kind,
    at,
    summary: d.summary.trim(),
    outcome: d.outcome.trim(),
    nextStep: d.nextStep.trim(),
    nextStepOn: d.nextStepOn,
    version: current?.version ?? 0,
    backdateReason: d.earlier ? d.backdateReason.trim() : '',
    dealId: d.dealId ?? '',
  }
  return { form, errors }
}
