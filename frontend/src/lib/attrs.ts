import type { HTMLAttributes, InputHTMLAttributes, LabelHTMLAttributes } from 'vue'

/**
 * Attributes for the real <input>/<textarea> inside a Naive UI field: the id ties
 * it to its visible <label for>, data-testid is what the end-to-end suite uses.
 * The two are the same string on purpose.
 */
export function inputAttrs(id: string, extra: InputHTMLAttributes = {}): InputHTMLAttributes {
  return { ...extra, id, 'data-testid': id } as InputHTMLAttributes
}

/** Props for NFormItem :label-props so the visible label names the control. */
export function labelFor(id: string): LabelHTMLAttributes {
  return { for: id, id: `${id}-label` }
}

/** data-testid (and optional extras) for elements whose attrs are not inputs. */
export function testid(id: string, extra: HTMLAttributes = {}): HTMLAttributes {
  return { ...extra, 'data-testid': id } as HTMLAttributes
}

/** A tab the keyboard can reach and pick (Enter or Space), named for tests. */
export function tabAttrs(id: string, pick: () => void): HTMLAttributes {
  return testid(id, {
    tabindex: 0,
    role: 'tab',
    onKeydown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault()
        pick()
      }
    },
  })
}
