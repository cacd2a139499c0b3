// The targets grid as plain data: one row per person, one cell per target
// metric, each cell remembering the value and version it was read with, so a
// save sends only what changed (and names the version it changes).
import { amountInput, formatAmount, parseAmount } from '../../../lib/money'
import { TARGET_CODES, type Proration, type TargetChange, type TargetCode, type TargetRow } from '../../../api/appraisal'

export interface GridCell {
  /** Minor units (sales amount) or a count; null = not set. */
  value: number | null
  /** The value as read; a cell is changed when value differs from it. */
  original: number | null
  /** The version read; 0 for a cell that was empty. */
  version: number
  /** Text that could not be read as a value, kept so the person sees what was typed. */
  raw: string | null
  /** i18n code of what is wrong with the cell (local or from the backend). */
  error: string | null
}

export interface GridRow {
  userId: string
  name: string
  level: string
  hireDate: string
  proration: Proration | null
  cells: Record<TargetCode, GridCell>
}

export const COLUMNS: readonly TargetCode[] = TARGET_CODES

const MAX_COUNT = 1_000_000

/** The grid of what the backend sent. */
export function gridRows(rows: TargetRow[]): GridRow[] {
  return rows.map((r) => ({
    userId: r.userId,
    name: r.name,
    level: r.level,
    hireDate: r.hireDate,
    proration: r.proration ?? null,
    cells: Object.fromEntries(
      COLUMNS.map((code) => {
        const c = r.cells?.[code]
        const value = c ? c.value : null
        return [code, { value, original: value, version: c?.version ?? 0, raw: null, error: null }]
      }),
    ) as Record<TargetCode, GridCell>,
  }))
}

/**
 * A typed or pasted cell: "12,000.00", "12000", "¥12,000" for an amount, a
 * whole number for a count. null = the cell is cleared; undefined = not a value.
 */
export function parseCell(code: TargetCode, text: string, currency: string): number | null | undefined {
  const s = text.trim().replace(/^"(.*)"$/, '$1').trim()
  if (s === '') return null
  if (code === 'sales_amount') return parseAmount(s, currency) ?? undefined
  const digits = s.replace(/[\s,，]/g, '')
  if (!/^\d+$/.test(digits)) return undefined
  const n = Number(digits)
  return n <= MAX_COUNT ? n : undefined
}

/** What an editor starts with: "12000.00" for an amount, "3" for a count. */
export function editText(code: TargetCode, cell: GridCell, currency: string): string {
  if (cell.raw !== null) return cell.raw
  if (cell.value === null) return ''
  return code === 'sales_amount' ? amountInput(cell.value, currency) : String(cell.value)
}

/** What the grid shows: "12,000.00" (the currency is in the column's title), "3". */
export function displayText(code: TargetCode, cell: GridCell, currency: string): string {
  if (cell.raw !== null) return cell.raw
  if (cell.value === null) return ''
  return code === 'sales_amount' ? formatAmount(cell.value, currency) : String(cell.value)
}

/** Sets a cell from text; a text that is not a value is kept with an error. */
export function setCell(cell: GridCell, code: TargetCode, text: string, currency: string): void {
  const v = parseCell(code, text, currency)
  if (v === undefined) {
    cell.raw = text.trim()
    cell.error = code === 'sales_amount' ? 'validation.invalidAmount' : 'appraisal.targets.invalidCount'
    return
  }
  cell.value = v
  cell.raw = null
  cell.error = null
}

/** A block copied from a spreadsheet: rows by line, cells by tab; the trailing newline dropped. */
export function parseBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines.map((l) => l.split('\t'))
}

/**
 * Pastes block into the grid from row r0, column c0 (cells past the grid's
 * edge are left out); returns how many cells it set and how many it could not read.
 */
export function pasteBlock(
  rows: GridRow[],
  r0: number,
  c0: number,
  block: string[][],
  currency: string,
): { set: number; invalid: number; outside: number } {
  let set = 0
  let invalid = 0
  let outside = 0
  block.forEach((line, i) =>
    line.forEach((text, j) => {
      const row = rows[r0 + i]
      const code = COLUMNS[c0 + j]
      if (!row || !code) {
        outside++
        return
      }
      setCell(row.cells[code], code, text, currency)
      if (row.cells[code].error) invalid++
      else set++
    }),
  )
  return { set, invalid, outside }
}

/** Sets the given targets on every row of a level. */
export function fillLevel(rows: GridRow[], level: string, values: Partial<Record<TargetCode, number | null>>): number {
  let n = 0
  for (const row of rows) {
    if (row.level !== level) continue
    for (const code of COLUMNS) {
      const v = values[code]
      if (v === undefined) continue
      Object.assign(row.cells[code], { value: v, raw: null, error: null })
    }
    n++
  }
  return n
}

export const isChanged = (c: GridCell): boolean => c.raw === null && c.value !== c.original

/** Whether some cell was edited and not saved. */
export const isDirty = (rows: GridRow[]): boolean =>
  rows.some((r) => COLUMNS.some((code) => isChanged(r.cells[code]) || r.cells[code].raw !== null))

/** Whether some cell holds text that is not a value. */
export const hasErrors = (rows: GridRow[]): boolean => rows.some((r) => COLUMNS.some((code) => r.cells[code].error))

/**
 * The changed cells as the backend takes them, each at the version read, and
 * where each change came from (so a field error "changes.3.value" finds its cell).
 */
export function changesOf(rows: GridRow[]): { changes: TargetChange[]; at: [number, TargetCode][] } {
  const changes: TargetChange[] = []
  const at: [number, TargetCode][] = []
  rows.forEach((row, i) => {
    for (const code of COLUMNS) {
      const c = row.cells[code]
      if (!isChanged(c)) continue
      changes.push({ userId: row.userId, code, value: c.value ?? 0, clear: c.value === null, version: c.version })
      at.push([i, code])
    }
  })
  return { changes, at }
}

/** Puts the backend's field errors ("changes.<i>.value") on the cells they name. */
export function markErrors(rows: GridRow[], at: [number, TargetCode][], fields: Record<string, { code: string }>): number {
  let n = 0
  for (const [name, fe] of Object.entries(fields)) {
    const m = /^changes\.(\d+)\./.exec(name)
    const where = m ? at[Number(m[1])] : undefined
    if (!where) continue
    rows[where[0]].cells[where[1]].error = fe.code
    n++
  }
  return n
}
