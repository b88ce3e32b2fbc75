import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BENCH_USAGE, parseBenchArgs } from './lib/args'
import { describeMachine } from './lib/machine'
import { renderMarkdown, type BenchReport, type SectionResult } from './lib/report'
import { SECTIONS, runSection } from './lib/sections'
import type { BenchOptions } from './types'

const benchDir = dirname(fileURLToPath(import.meta.url))

async function main(): Promise<number> {
  let args
  try {
    args = parseBenchArgs(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(
      `${error instanceof Error ? error.message : String(error)}\nusage: ${BENCH_USAGE}\n`,
    )
    return 1
  }
  const unknown = args.only.filter((name) => !SECTIONS.some((s) => s.name === name))
  if (unknown.length > 0) {
    process.stderr.write(
      `unknown section(s): ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.name).join(', ')}\n`,
    )
    return 1
  }
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`)
  }
  const options: BenchOptions = { quick: args.quick, runs: args.runs, log }
  const machine = describeMachine(new Date())
  const sections: SectionResult[] = []
  for (const spec of SECTIONS) {
    if (args.only.length > 0 && !args.only.includes(spec.name)) {
      sections.push({ name: spec.name, rows: [], status: 'skipped', durationMs: 0 })
      continue
    }
    log(`bench: ${spec.name}...`)
    const result = await runSection(benchDir, spec, {
      ...options,
      log: (line) => log(`  [${spec.name}] ${line}`),
    })
    log(
      `bench: ${spec.name} ${result.status}${result.error ? ` (${result.error})` : ''} in ${(result.durationMs / 1000).toFixed(1)} s`,
    )
    sections.push(result)
  }
  const report: BenchReport = { machine, options: { quick: args.quick, runs: args.runs }, sections }
  const outDir = resolve(args.outDir ?? join(benchDir, '..', 'bench-results'))
  mkdirSync(outDir, { recursive: true })
  const markdown = renderMarkdown(report)
  writeFileSync(join(outDir, 'latest.md'), markdown)
  writeFileSync(join(outDir, 'latest.json'), JSON.stringify(report, null, 2) + '\n')
  process.stdout.write(markdown)
  log(`bench: wrote ${join(outDir, 'latest.md')} and latest.json`)
  return sections.some((s) => s.status === 'failed') ? 2 : 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
