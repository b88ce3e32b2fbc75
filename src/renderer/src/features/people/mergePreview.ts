import type { Person } from '../../../../shared/domain'
import { formatDate } from '../../format'

export interface MergeRow {
  field: string
  keep: string
  merge: string
  result: string
  /** Which side the result comes from. */
  winner: 'keep' | 'merge' | 'both' | 'same'
}

const listOf = (values: readonly { value: string }[]): string[] => values.map((v) => v.value)

function union(x: readonly string[], y: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const value of [...x, ...y]) {
    const key = value.trim().toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    out.push(value)
  }
  return out
}

/**
 * What merging `merge` into `keep` will give, field by field, mirroring the core's rule: the kept
 * person's single values win where both have one, lists are unioned, notes are concatenated, the
 * shorter cadence and the latest contact are kept. Shown in the confirm dialog before merging.
 */
export function mergePreview(keep: Person, merge: Person): MergeRow[] {
  const rows: MergeRow[] = []
  const single = (field: string, x: string | undefined, y: string | undefined) => {
    if (!x && !y) return
    const winner = x && y ? (x === y ? 'same' : 'keep') : x ? 'keep' : 'merge'
    rows.push({ field, keep: x ?? '', merge: y ?? '', result: x || y || '', winner })
  }
  const list = (field: string, x: readonly string[], y: readonly string[]) => {
    if (x.length === 0 && y.length === 0) return
    const result = union(x, y)
    const winner =
      y.length === 0 || result.length === x.length ? 'keep' : x.length === 0 ? 'merge' : 'both'
    rows.push({ field, keep: x.join(', '), merge: y.join(', '), result: result.join(', '), winner })
  }
  single('Name', keep.name, merge.name)
  single('Organization', keep.organization, merge.organization)
  single('Title', keep.title, merge.title)
  single('Location', keep.location, merge.location)
  list('Emails', listOf(keep.emails), listOf(merge.emails))
  list('Phones', listOf(keep.phones), listOf(merge.phones))
  list('Links', listOf(keep.links), listOf(merge.links))
  list('Tags', keep.tags, merge.tags)
  list('Offers', keep.offers, merge.offers)
  list('Seeks', keep.seeks, merge.seeks)
  const notes = [keep.notes.trim(), merge.notes.trim()].filter(Boolean)
  if (notes.length > 0) {
    const both = notes.length === 2 && notes[0] !== notes[1]
    rows.push({
      field: 'Notes',
      keep: keep.notes.trim(),
      merge: merge.notes.trim(),
      result: both ? 'both, kept first' : (notes[0] ?? ''),
      winner: both ? 'both' : keep.notes.trim() ? 'keep' : 'merge',
    })
  }
  const cadences = [keep.cadenceDays, merge.cadenceDays].filter((d): d is number => d !== undefined)
  if (cadences.length > 0) {
    const min = Math.min(...cadences)
    rows.push({
      field: 'Keep in touch',
      keep: keep.cadenceDays ? `every ${keep.cadenceDays} days` : '',
      merge: merge.cadenceDays ? `every ${merge.cadenceDays} days` : '',
      result: `every ${min} days`,
      winner:
        keep.cadenceDays === merge.cadenceDays
          ? 'same'
          : keep.cadenceDays === min
            ? 'keep'
            : 'merge',
    })
  }
  const contacts = [keep.lastContactAt, merge.lastContactAt].filter((d): d is string => !!d)
  if (contacts.length > 0) {
    const latest = contacts.reduce((x, y) => (x > y ? x : y))
    rows.push({
      field: 'Last contact',
      keep: keep.lastContactAt ? formatDate(keep.lastContactAt) : '',
      merge: merge.lastContactAt ? formatDate(merge.lastContactAt) : '',
      result: formatDate(latest),
      winner:
        keep.lastContactAt === merge.lastContactAt
          ? 'same'
          : keep.lastContactAt === latest
            ? 'keep'
            : 'merge',
    })
  }
  return rows
}
