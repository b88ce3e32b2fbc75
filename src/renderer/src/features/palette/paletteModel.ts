import type { PaletteCommand } from '../../state/commands'
import { formatDate } from '../../format'

export interface SearchHit {
  kind: 'person' | 'entry' | 'introduction'
  id: string
  title: string
  subtitle: string
  /** An entry's date, shown in the user's locale after the subtitle. */
  at?: string
  score: number
}

export type PaletteItem =
  | {
      type: 'command'
      id: string
      label: string
      group: string
      shortcut?: string
      command: PaletteCommand
    }
  | { type: 'hit'; id: string; label: string; group: string; subtitle: string; hit: SearchHit }

const KIND_GROUPS: Record<SearchHit['kind'], string> = {
  person: 'People',
  entry: 'Journal',
  introduction: 'Introductions',
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * How well a command matches the query: every query word must be a prefix of a word of the label
 * or keywords (or, for words of 4+ letters, a subsequence within one typo of one), lower is better;
 * null when it does not match. Commands are few, so this runs on every keystroke.
 */
export function commandScore(command: PaletteCommand, query: string): number | null {
  const words = fold(query).split(/\s+/u).filter(Boolean)
  if (words.length === 0) return 0
  const haystack = fold([command.label, command.group, ...(command.keywords ?? [])].join(' '))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  let total = 0
  for (const word of words) {
    let best: number | null = null
    for (const candidate of haystack) {
      const score = candidate.startsWith(word)
        ? 0
        : candidate.includes(word)
          ? 1
          : word.length >= 4 && withinOneEdit(word, candidate.slice(0, word.length + 1))
            ? 2
            : null
      if (score !== null && (best === null || score < best)) best = score
    }
    if (best === null) return null
    total += best
  }
  return total
}

/** True when `a` becomes a prefix of `b` with at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (b.startsWith(a)) return true
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue
    const rest = a.slice(i + 1)
    return (
      b.slice(i + 1).startsWith(rest) || // substitution
      b.slice(i).startsWith(rest) || // extra letter typed
      b.slice(i + 1).startsWith(a.slice(i)) // letter missed
    )
  }
  return false
}

/**
 * The palette's list: matching commands first when the query is empty or looks like one, then
 * search hits in the core's order, grouped by kind. At most `limit` commands.
 */
export function paletteItems(
  query: string,
  commands: readonly PaletteCommand[],
  hits: readonly SearchHit[],
  limit = 8,
): PaletteItem[] {
  const matched = commands
    .map((command) => ({ command, score: commandScore(command, query) }))
    .filter((m): m is { command: PaletteCommand; score: number } => m.score !== null)
    .sort((x, y) => x.score - y.score || x.command.label.localeCompare(y.command.label))
    .slice(0, query.trim() ? limit : commands.length)
  const commandItems: PaletteItem[] = matched.map(({ command }) => ({
    type: 'command',
    id: `command:${command.id}`,
    label: command.label,
    group: command.group,
    ...(command.shortcut ? { shortcut: command.shortcut } : {}),
    command,
  }))
  const hitItems: PaletteItem[] = (['person', 'entry', 'introduction'] as const).flatMap((kind) =>
    hits
      .filter((hit) => hit.kind === kind)
      .map((hit) => ({
        type: 'hit' as const,
        id: `${hit.kind}:${hit.id}`,
        label: hit.title,
        group: KIND_GROUPS[kind],
        subtitle: hit.at ? `${hit.subtitle}, ${formatDate(hit.at)}` : hit.subtitle,
        hit,
      })),
  )
  const bestHit = hits[0]?.score ?? 0
  const bestCommand = matched[0]?.score
  // A strong search hit (a person's name) goes above commands that only loosely match.
  const hitsFirst =
    query.trim().length > 0 && bestHit > 0 && (bestCommand === undefined || bestCommand > 0)
  return hitsFirst ? [...hitItems, ...commandItems] : [...commandItems, ...hitItems]
}

/** Next highlighted index for a key, wrapping around; -1 when the list is empty. */
export function moveActive(key: string, index: number, count: number): number {
  if (count === 0) return -1
  if (key === 'ArrowDown') return (index + 1) % count
  if (key === 'ArrowUp') return (index - 1 + count) % count
  if (key === 'Home') return 0
  if (key === 'End') return count - 1
  return index
}
