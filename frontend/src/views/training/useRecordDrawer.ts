import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import type { FieldErrors } from '../../api/errors'
import { useFieldErrors } from '../../composables/useFieldErrors'
import { useFormSave } from '../../composables/useFormSave'
import { useSaveErrors } from './useSaveErrors'

/** A record as the backend hands it out: its id and the version a change must name. */
interface Versioned {
  id: string
  version: number
}

/** What a drawer over a list tells the list. */
export interface DrawerEmit<T> {
  (e: 'saved', record: T): void
  (e: 'deleted', id: string): void
  (e: 'reload'): void
}

export interface RecordDrawer<T extends Versioned, F> {
  /** The words are training.<noun>.created, .updated, .deleted, .deleteTitle and .deleteBody. */
  noun: 'course' | 'plan' | 'session' | 'roleplay'
  show: Ref<boolean>
  emit: DrawerEmit<T>
  /** The record being edited; null while a new one is written. */
  record: () => T | null
  api: {
    create: (form: F) => Promise<T>
    update: (form: F) => Promise<T>
    delete: (id: string, version: number) => Promise<unknown>
  }
  /** What deleteBody names, e.g. { name: plan.name }. */
  deleteParams: (record: T) => Record<string, string>
  /** Reads the record again after a conflict; without it the drawer closes and the list reloads. */
  reread?: () => void
  /** Takes a newly created record and keeps the drawer open (e.g. to attach materials now that it exists). */
  keepNew?: (record: T) => void
}

/** The form's own part of a save: its local checks and what it sends. */
export interface DrawerSaveStep<F> {
  check: () => void
  input: () => F
  /** Runs when the local checks stopped the save. */
  invalid?: () => void
  /** Takes the backend's field errors; the form's own by default. */
  setFields?: (f: FieldErrors) => void
}

/**
 * The save and remove of a training drawer that edits one record of a list:
 * create or update, say so, tell the list and close; remove after asking.
 * A conflict closes the drawer and has the list reload, unless the drawer
 * reads its record again itself (reread).
 */
export function useRecordDrawer<T extends Versioned, F>(o: RecordDrawer<T, F>) {
  const { t } = useI18n()
  const message = useMessage()
  const fe = useFieldErrors()
  const { handle, confirm, report } = useSaveErrors()
  const { saving, save: submit, remove: removeWith } = useFormSave(fe, handle)

  const isNew = computed(() => o.record() === null)
  const words = (w: string, params: Record<string, string> = {}) => t(`training.${o.noun}.${w}`, params)

  function reload(): void {
    if (o.reread) {
      o.reread()
      return
    }
    o.show.value = false
    o.emit('reload')
  }

  function save(step: DrawerSaveStep<F>): void {
    // Read before the call: a kept new record is no longer new when done runs.
    const creating = isNew.value
    void submit({
      check: step.check,
      invalid: step.invalid,
      call: () => (creating ? o.api.create(step.input()) : o.api.update(step.input())),
      done: (r) => {
        const keep = creating ? o.keepNew : undefined
        keep?.(r)
        message.success(words(creating ? 'created' : 'updated'))
        o.emit('saved', r)
        if (!keep) o.show.value = false
      },
      reload,
      setFields: step.setFields,
    })
  }

  function remove(): void {
    const r = o.record()
    if (!r) return
    removeWith({
      ask: (ok) => confirm(words('deleteTitle'), words('deleteBody', o.deleteParams(r)), ok),
      call: () => o.api.delete(r.id, r.version),
      done: () => {
        message.success(words('deleted'))
        o.emit('deleted', r.id)
        o.show.value = false
      },
      reload,
    })
  }

  return { fe, saving, isNew, save, remove, report }
}
