// One place that turns a rejected binding promise into a typed AppError.
// The Go edge rejects with a JSON string (sometimes wrapped in an Error):
//   {"kind":"validation","code":"errors.validation","fields":{"name":{"code":"validation.required","params":{}}}}
// Anything that does not parse becomes {kind: "internal", code: "errors.internal"}.

export const ERROR_KINDS = [
  'validation',
  'not_found',
  'conflict',
  'forbidden',
  'unauthenticated',
  'internal',
] as const

export type ErrorKind = (typeof ERROR_KINDS)[number]

export type ErrorParams = Record<string, string | number>

export interface FieldError {
  code: string
  params: ErrorParams
}

export type FieldErrors = Record<string, FieldError>

export const INTERNAL_CODE = 'errors.internal'

export class AppError extends Error {
  readonly kind: ErrorKind
  readonly code: string
  readonly fields: FieldErrors

  constructor(kind: ErrorKind, code: string, fields: FieldErrors = {}) {
    super(code)
    this.name = 'AppError'
    this.kind = kind
    this.code = code
    this.fields = fields
  }

  static internal(): AppError {
    return new AppError('internal', INTERNAL_CODE)
  }

  get isValidation(): boolean {
    return this.kind === 'validation'
  }

  get isConflict(): boolean {
    return this.kind === 'conflict'
  }

  /** The field error for one field, if the backend sent one. */
  field(name: string): FieldError | undefined {
    return this.fields[name]
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function isKind(v: unknown): v is ErrorKind {
  return typeof v === 'string' && (ERROR_KINDS as readonly string[]).includes(v)
}

function toParams(v: unknown): ErrorParams {
  const out: ErrorParams = {}
  if (!isRecord(v)) return out
  for (const [k, val] of Object.entries(v)) {
    if (typeof val === 'string' || typeof val === 'number') out[k] = val
  }
  return out
}

function toFields(v: unknown): FieldErrors {
  const out: FieldErrors = {}
  if (!isRecord(v)) return out
  for (const [name, fe] of Object.entries(v)) {
    if (isRecord(fe) && typeof fe.code === 'string' && fe.code !== '') {
      out[name] = { code: fe.code, params: toParams(fe.params) }
    }
  }
  return out
}

function fromPayload(v: unknown): AppError | null {
  if (!isRecord(v) || !isKind(v.kind)) return null
  const code = typeof v.code === 'string' && v.code !== '' ? v.code : INTERNAL_CODE
  return new AppError(v.kind, code, toFields(v.fields))
}

function fromJSON(text: string): AppError | null {
  try {
    return fromPayload(JSON.parse(text))
  } catch {
    return null
  }
}

/** Turns anything a binding may reject with into an AppError. Never throws. */
export function toAppError(reason: unknown): AppError {
  if (reason instanceof AppError) return reason
  let parsed: AppError | null = null
  if (typeof reason === 'string') parsed = fromJSON(reason)
  else if (reason instanceof Error) parsed = fromJSON(reason.message)
  else parsed = fromPayload(reason)
  if (!parsed) {
    // Raw text goes to the console (and from there to the log), never to a person.
    console.error('steady: unexpected error from the backend', reason)
    return AppError.internal()
  }
  return parsed
}

/** Awaits a binding call and rethrows any rejection as an AppError. */
export async function call<T>(promise: () => Promise<T>): Promise<T> {
  try {
    return await promise()
  } catch (reason) {
    throw toAppError(reason)
  }
}
