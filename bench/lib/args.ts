import { parseArgs } from 'node:util'

export interface BenchArgs {
  quick: boolean
  runs: number
  /** Section names to run; all when empty. */
  only: string[]
  outDir?: string
}

export const BENCH_USAGE =
  'npm run bench -- [--quick] [--runs N] [--only vault,analysis] [--out DIR]'

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string' },
    },
    allowPositionals: false,
  })
  const quick = values.quick === true
  let runs = quick ? 3 : 5
  if (values.runs !== undefined) {
    runs = Number(values.runs)
    if (!Number.isSafeInteger(runs) || runs < 1 || runs > 1000) {
      throw new Error(`--runs must be a whole number from 1 to 1000 (usage: ${BENCH_USAGE})`)
    }
  }
  const only = (values.only ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return { quick, runs, only, ...(values.out ? { outDir: values.out } : {}) }
}
