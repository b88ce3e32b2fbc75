import type { Person } from '../../../../shared/domain'

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

/**
 * People whose name matches `query` as you type: names starting with it first, then names with a
 * word starting with it, then names containing it; accents and case ignored.
 */
export function searchPeople(people: readonly Person[], query: string, limit = 8): Person[] {
  const q = fold(query.trim())
  if (!q) return []
  const scored: { p: Person; rank: number }[] = []
  for (const p of people) {
    if (p.deletedAt) continue
    const name = fold(p.name)
    const rank = name.startsWith(q)
      ? 0
      : name.split(/[\s-]+/).some((w) => w.startsWith(q))
        ? 1
        : name.includes(q)
          ? 2
          : -1
    if (rank >= 0) scored.push({ p, rank })
  }
  scored.sort((x, y) => x.rank - y.rank || x.p.name.localeCompare(y.p.name))
  return scored.slice(0, limit).map((s) => s.p)
}
