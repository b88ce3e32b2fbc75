import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BenchOptions, BenchSectionRunner } from '../types'
import type { SectionResult } from './report'

export interface SectionSpec {
  name: string
  /** Module file in bench/, without extension. */
  module: string
  /** The exported runner. */
  exportName: string
}

/** Every section `npm run bench` knows of, in report order; each issue adds its own module. */
export const SECTIONS: readonly SectionSpec[] = [
  { name: 'vault', module: 'vault', exportName: 'runVaultBench' },
  { name: 'analysis', module: 'analysis', exportName: 'runAnalysisBench' },
  { name: 'map', module: 'map', exportName: 'runMapBench' },
  { name: 'import', module: 'import', exportName: 'runImportBench' },
  { name: 'demo', module: 'demo', exportName: 'runDemoBench' },
]

function moduleFile(benchDir: string, module: string): string | undefined {
  for (const ext of ['.ts', '.mts', '.js', '.mjs']) {
    const file = join(benchDir, module + ext)
    if (existsSync(file)) return file
  }
  return undefined
}

function message(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}

/** Imports one section if its module exists; a missing module is reported, not fatal. */
export async function loadSection(
  benchDir: string,
  spec: SectionSpec,
): Promise<{ runner: BenchSectionRunner } | { missing: string }> {
  const file = moduleFile(benchDir, spec.module)
  if (!file) return { missing: `bench/${spec.module}.ts does not exist` }
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>
  const named = mod[spec.exportName]
  const runner =
    typeof named === 'function'
      ? named
      : Object.entries(mod).find(
          ([key, value]) => /^run\w*Bench$/.test(key) && typeof value === 'function',
        )?.[1]
  if (typeof runner !== 'function') {
    throw new Error(`bench/${spec.module} exports no ${spec.exportName}`)
  }
  return { runner: runner as BenchSectionRunner }
}

/**
 * Runs one section; a failure (import or run) becomes a failed result so the other sections
 * still run and the report still gets written.
 */
export async function runSection(
  benchDir: string,
  spec: SectionSpec,
  options: BenchOptions,
  clock: () => number = () => performance.now(),
): Promise<SectionResult> {
  const start = clock()
  try {
    const loaded = await loadSection(benchDir, spec)
    if ('missing' in loaded) {
      return { name: spec.name, rows: [], status: 'missing', error: loaded.missing, durationMs: 0 }
    }
    const section = await loaded.runner(options)
    return { name: spec.name, rows: section.rows, status: 'ok', durationMs: clock() - start }
  } catch (error) {
    return {
      name: spec.name,
      rows: [],
      status: 'failed',
      error: message(error),
      durationMs: clock() - start,
    }
  }
}
