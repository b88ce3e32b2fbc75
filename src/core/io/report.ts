/**
 * What the file holds that the import does not keep: every column, property or attribute that
 * maps to nothing, and every value that was read but not kept, each with a count and a sample.
 * Nothing may be dropped without showing up here (or as a problem naming its row).
 */
export interface DroppedValues {
  /** The column, property or attribute as the file names it. */
  source: string
  /** 'unmapped': nothing reads it; 'notKept': read, but these values were not kept. */
  kind: 'unmapped' | 'notKept'
  /** Non-empty values concerned. */
  count: number
  /** The first such value (shortened). */
  sample: string
  /** Why they were not kept ('notKept'), e.g. "unreadable date". */
  reason?: string
  /** The user may map this source to a field and stage again. */
  mappable: boolean
}

const SAMPLE_CHARS = 80

/** Collects dropped values by source (and reason), keeping the first sample of each. */
export class DropReport {
  private readonly bySource = new Map<string, DroppedValues>()

  unmapped(source: string, value: string, mappable = true): void {
    this.add(source, value, 'unmapped', undefined, mappable)
  }

  notKept(source: string, value: string, reason: string): void {
    this.add(source, value, 'notKept', reason, false)
  }

  private add(
    source: string,
    value: string,
    kind: DroppedValues['kind'],
    reason: string | undefined,
    mappable: boolean,
  ): void {
    const v = value.trim()
    if (!v) return
    const key = `${kind}|${source}|${reason ?? ''}`
    const known = this.bySource.get(key)
    if (known) {
      known.count++
      return
    }
    this.bySource.set(key, {
      source,
      kind,
      count: 1,
      sample: v.length > SAMPLE_CHARS ? `${v.slice(0, SAMPLE_CHARS - 1)}…` : v,
      ...(reason ? { reason } : {}),
      mappable,
    })
  }

  list(): DroppedValues[] {
    return [...this.bySource.values()]
  }
}

/** "14 values in column 'Mobile Number' not imported (unreadable date), e.g. '...'" */
export function describeDropped(d: DroppedValues, noun = 'column'): string {
  const what = `${d.count} ${d.count === 1 ? 'value' : 'values'} in ${noun} "${d.source}"`
  return d.kind === 'unmapped'
    ? `${what} map to nothing, e.g. "${d.sample}"`
    : `${what} not imported (${d.reason ?? 'not kept'}), e.g. "${d.sample}"`
}
