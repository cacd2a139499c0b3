// Whose numbers a report shows, by role: the owner may pick the whole
// company, a manager's team or one person; a manager their team or one of
// its people; a rep sees their own and gets no choice.
import type { Filter } from '../../../api/sales'

export interface Person {
  id: string
  name: string
  role: string
  active: boolean
  managerId: string
}

/** A select option, or a group of them (Naive UI's shape). */
export interface ScopeOption {
  type?: 'group'
  key?: string
  label: string
  value?: string
  children?: { label: string; value: string }[]
}

type Translate = (key: string, params?: Record<string, unknown>) => string

/** The choices for the scope select; empty when the role has none to make. */
export function scopeOptions(people: Person[], me: { id: string; role: string }, t: Translate): ScopeOption[] {
  if (me.role !== 'owner' && me.role !== 'manager') return []
  const active = people.filter((p) => p.active)
  const out: ScopeOption[] = [{ label: t(me.role === 'owner' ? 'sales.reports.scope.company' : 'sales.reports.scope.myTeam'), value: '' }]
  if (me.role === 'owner') {
    // A team is whoever someone reports to: a manager, or the owner's direct reports.
    const managers = active.filter((p) => p.id !== me.id && people.some((x) => x.active && x.managerId === p.id))
    if (managers.length > 0) {
      out.push({
        type: 'group',
        key: 'teams',
        label: t('sales.reports.scope.teams'),
        children: managers.map((m) => ({ label: t('sales.reports.scope.teamOf', { name: m.name }), value: `team:${m.id}` })),
      })
    }
  }
  out.push({
    type: 'group',
    key: 'people',
    label: t('sales.reports.scope.people'),
    children: active.map((p) => ({ label: p.id === me.id ? t('sales.reports.scope.me', { name: p.name }) : p.name, value: `owner:${p.id}` })),
  })
  return out
}

/** The backend filter a scope choice stands for. */
export function scopeFilter(value: string): Filter {
  if (value.startsWith('team:')) return { ownerId: '', teamId: value.slice(5) }
  if (value.startsWith('owner:')) return { ownerId: value.slice(6), teamId: '' }
  return { ownerId: '', teamId: '' }
}
