// The customer page's after-sales card: the average survey score as people
// read it ("4.50 / 5"), or null when no survey was answered.
import type { Health } from '../../api/service'

export function averageText(h: Pick<Health, 'averageX100'>): string | null {
  if (h.averageX100 === null || h.averageX100 === undefined) return null
  return `${(h.averageX100 / 100).toFixed(2)} / 5`
}
