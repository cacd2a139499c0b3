// Where a deal on the board may go, as the backend allows (sales.MoveDeal,
// Win, Lose): an open deal to any other open stage, or to won or lost
// through their dialogs; a won deal between the won and after-sales stages;
// a lost deal nowhere. And how the board shares its width between columns.
import type { Card, Stage } from '../../api/sales'

export type MoveKind = 'move' | 'win' | 'lose'

export interface Target {
  stage: Stage
  kind: MoveKind
}

export function targetsFor(card: Pick<Card, 'stageId' | 'status'>, stages: Stage[]): Target[] {
  const out: Target[] = []
  for (const st of stages) {
    if (st.id === card.stageId) continue
    if (card.status === 'open') {
      if (st.kind === 'open') out.push({ stage: st, kind: 'move' })
      else if (st.kind === 'won') out.push({ stage: st, kind: 'win' })
      else if (st.kind === 'lost') out.push({ stage: st, kind: 'lose' })
    } else if (card.status === 'won' && (st.kind === 'won' || st.kind === 'after')) {
      out.push({ stage: st, kind: 'move' })
    }
  }
  return out
}

/** The target for dropping a card on a stage's column; null when it may not go there. */
export function targetOn(card: Pick<Card, 'stageId' | 'status'>, stage: Stage, stages: Stage[]): Target | null {
  return targetsFor(card, stages).find((t) => t.stage.id === stage.id) ?? null
}

/** The open stage after the deal's one, if any (the deal page's "move on"). */
export function nextStage(stageId: string, stages: Stage[]): Stage | undefined {
  const open = stages.filter((s) => s.kind === 'open')
  const i = open.findIndex((s) => s.id === stageId)
  return i >= 0 ? open[i + 1] : undefined
}

/** A folded column's strip, and the narrowest a full column gets (an amount like ¥1,234,567.00 on a card still fits). */
export const STRIP_WIDTH = 36
export const COLUMN_MIN_WIDTH = 124

/** The board grid's columns: a strip for each folded stage, an equal share with a floor for the others. */
export function gridColumns(folded: boolean[]): string {
  return folded.map((f) => (f ? `${STRIP_WIDTH}px` : `minmax(${COLUMN_MIN_WIDTH}px, 1fr)`)).join(' ')
}
