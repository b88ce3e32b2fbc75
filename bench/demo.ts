import { generateDemoNetwork } from '../src/core/demo'
import { median, type BenchOptions, type BenchRow, type BenchSectionRunner } from './types'

const NOW = new Date('2026-11-26T09:00:00.000Z')

interface Size {
  label: string
  people: number
  entriesPerPerson?: number
  runs: (options: BenchOptions) => number
  target?: { ms: number; text: string }
}

/** Generator speed: the benchmarks of every other section build their data with it. */
const SIZES: readonly Size[] = [
  { label: '1k people, natural rhythms', people: 1000, runs: (o) => o.runs },
  {
    label: '10k people / 50k ties / 100k entries',
    people: 10_000,
    entriesPerPerson: 10,
    runs: (o) => (o.quick ? 1 : o.runs),
    target: { ms: 5000, text: '< 5000 ms' },
  },
]
const FULL_ONLY: Size = {
  label: '100k people / 500k ties / 200k entries',
  people: 100_000,
  entriesPerPerson: 2,
  runs: () => 1,
}

export const runDemoBench: BenchSectionRunner = (options) => {
  const rows: BenchRow[] = []
  const sizes = options.quick ? SIZES : [...SIZES, FULL_ONLY]
  for (const size of sizes) {
    const times: number[] = []
    const cpuTimes: number[] = []
    let ties = 0
    let entries = 0
    for (let run = 0; run < size.runs(options); run++) {
      const start = performance.now()
      const cpuStart = process.cpuUsage()
      const network = generateDemoNetwork({
        people: size.people,
        seed: run + 1,
        now: NOW,
        ...(size.entriesPerPerson !== undefined ? { entriesPerPerson: size.entriesPerPerson } : {}),
      })
      times.push(performance.now() - start)
      const cpu = process.cpuUsage(cpuStart)
      cpuTimes.push((cpu.user + cpu.system) / 1000)
      ties = 0
      entries = 0
      for (const r of network.records) {
        if (r.kind === 'tie') ties++
        else if (r.kind === 'entry') entries++
      }
    }
    const ms = median(times)
    options.log(`generate ${size.label}: ${ms.toFixed(0)} ms (${ties} ties, ${entries} entries)`)
    const row: BenchRow = {
      metric: `generate ${size.label}`,
      value: ms,
      unit: 'ms',
      note: `${times.length} run(s)`,
    }
    if (size.target) {
      row.target = size.target.text
      row.met = ms < size.target.ms
    }
    // CPU time as well: on a shared machine wall time mostly measures the neighbours.
    rows.push(
      row,
      {
        metric: `generate ${size.label}, CPU time`,
        value: median(cpuTimes),
        unit: 'ms',
        note: 'all threads, GC included',
      },
      { metric: `ties per person at ${size.people}`, value: ties / size.people, unit: 'ties' },
      { metric: `entries at ${size.people}`, value: entries, unit: 'entries' },
    )
  }
  return Promise.resolve({ name: 'demo', rows })
}
