/** What every benchmark section returns; `bench/run.ts` collects them into Markdown and JSON. */
export interface BenchOptions {
  /** Small sizes, few runs: finishes in CI-sized time. */
  quick: boolean
  /** How many timed runs to take the median of. */
  runs: number
  /** Write progress lines here (stderr). */
  log: (line: string) => void
}

export interface BenchRow {
  metric: string
  value: number
  unit: string
  /** Human-readable target, e.g. "< 1000 ms" (design.md section 10). */
  target?: string
  /** Whether the target is met; undefined when there is no target. */
  met?: boolean
  note?: string
}

export interface BenchSection {
  name: string
  rows: BenchRow[]
}

export type BenchSectionRunner = (options: BenchOptions) => Promise<BenchSection>

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]!
}
