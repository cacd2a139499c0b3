import { MERGE_FIELDS, type MergeField } from '../../../api/customerFiles'

// Which value of each field a merge keeps. The survivor's value wins unless
// the person picks the duplicate's; an empty value never wins over a filled
// one (the backend fills the survivor's blanks on its own).

export type Side = 'a' | 'b'
export type Values = Record<MergeField, string>
export type Choices = Record<MergeField, Side>

export const other = (s: Side): Side => (s === 'a' ? 'b' : 'a')

/** Every field from the survivor. */
export function choicesFor(survivor: Side): Choices {
  return Object.fromEntries(MERGE_FIELDS.map((f) => [f, survivor])) as Choices
}

/** Whether the person has a choice to make: both have a value and they differ. */
export function differs(a: Values, b: Values, f: MergeField): boolean {
  return (a[f] ?? '') !== '' && (b[f] ?? '') !== '' && a[f] !== b[f]
}

/** The fields to take from the duplicate (MergeInput.take). */
export function takeOf(a: Values, b: Values, survivor: Side, choices: Choices): MergeField[] {
  return MERGE_FIELDS.filter((f) => choices[f] !== survivor && differs(a, b, f))
}

/** The side whose value the merged customer will show for f; null when neither has one. */
export function winner(a: Values, b: Values, survivor: Side, choices: Choices, f: MergeField): Side | null {
  const kept = survivor === 'a' ? a : b
  const dropped = survivor === 'a' ? b : a
  if (differs(a, b, f)) return choices[f]
  if ((kept[f] ?? '') !== '') return survivor
  return (dropped[f] ?? '') !== '' ? other(survivor) : null
}
