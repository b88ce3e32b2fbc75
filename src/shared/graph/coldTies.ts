import type { PeopleGraph } from './buildGraph'
import type { ColdTie } from './types'

const DAY_MS = 86_400_000
/** When no cadence is set, a strong tie is expected to be refreshed this often. */
const DEFAULT_CADENCE_DAYS: Record<number, number> = { 4: 90, 5: 30 }

/** The owner's strong ties (strength 4-5) whose last contact is older than their cadence. */
export function findColdTies(graph: PeopleGraph, now: Date, limit: number): ColdTie[] {
  if (graph.owner < 0) return []
  const out: ColdTie[] = []
  const ns = graph.neighbors[graph.owner]!
  const ss = graph.strengths[graph.owner]!
  for (let x = 0; x < ns.length; x++) {
    const strength = ss[x]!
    if (strength < 4) continue
    const i = ns[x]!
    const person = graph.people[i]!
    const last = graph.lastContact[i]!
    const since = Number.isNaN(last) ? Date.parse(person.createdAt) : last
    const daysSince = Math.max(0, (now.getTime() - since) / DAY_MS)
    const cadenceDays = person.cadenceDays ?? DEFAULT_CADENCE_DAYS[strength]!
    const overdue = daysSince / cadenceDays
    if (overdue <= 1) continue
    out.push({
      person: person.id,
      strength,
      lastContactAt: Number.isNaN(last) ? null : new Date(last).toISOString(),
      daysSince: Math.floor(daysSince),
      cadenceDays,
      overdue,
    })
  }
  out.sort((x, y) => y.overdue - x.overdue || (x.person < y.person ? -1 : 1))
  return out.slice(0, limit)
}
