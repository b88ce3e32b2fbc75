import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseBenchArgs } from '../../../bench/lib/args'
import { describeMachine } from '../../../bench/lib/machine'
import { formatValue, renderMarkdown, type BenchReport } from '../../../bench/lib/report'
import { runSection } from '../../../bench/lib/sections'
import type { BenchOptions } from '../../../bench/types'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const options: BenchOptions = { quick: true, runs: 1, log: () => {} }

function benchDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kith-bench-'))
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('bench runner', () => {
  it('parses --quick, --runs and --only', () => {
    expect(parseBenchArgs([])).toEqual({ quick: false, runs: 5, only: [] })
    expect(parseBenchArgs(['--quick'])).toMatchObject({ quick: true, runs: 3 })
    expect(parseBenchArgs(['--runs', '7', '--only', 'vault, demo'])).toMatchObject({
      runs: 7,
      only: ['vault', 'demo'],
    })
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/)
    expect(() => parseBenchArgs(['--bogus'])).toThrow()
  })

  it('runs a present section, reports a missing one and survives a failing one', async () => {
    const dir = benchDir({
      'good.mjs':
        "export const runGoodBench = async () => ({ name: 'good', rows: [{ metric: 'x', value: 1.5, unit: 'ms', target: '< 2 ms', met: true }] })\n",
      'bad.mjs': "export const runBadBench = async () => { throw new Error('boom') }\n",
      'broken.mjs':
        "import './does-not-exist.mjs'\nexport const runBrokenBench = async () => ({ name: 'broken', rows: [] })\n",
    })
    const good = await runSection(
      dir,
      { name: 'good', module: 'good', exportName: 'runGoodBench' },
      options,
    )
    expect(good).toMatchObject({ status: 'ok', rows: [{ metric: 'x', value: 1.5 }] })
    const bad = await runSection(
      dir,
      { name: 'bad', module: 'bad', exportName: 'runBadBench' },
      options,
    )
    expect(bad).toMatchObject({ status: 'failed', error: 'Error: boom' })
    const broken = await runSection(
      dir,
      { name: 'broken', module: 'broken', exportName: 'runBrokenBench' },
      options,
    )
    expect(broken.status).toBe('failed')
    const missing = await runSection(
      dir,
      { name: 'map', module: 'map', exportName: 'runMapBench' },
      options,
    )
    expect(missing).toMatchObject({ status: 'missing', rows: [] })
  })

  it('renders a Markdown table per section with targets and failures', () => {
    const report: BenchReport = {
      machine: describeMachine(new Date('2026-11-26T09:00:00.000Z')),
      options: { quick: true, runs: 3 },
      sections: [
        {
          name: 'vault',
          status: 'ok',
          durationMs: 1200,
          rows: [
            { metric: 'unlock 10k', value: 812.345, unit: 'ms', target: '< 1000 ms', met: true },
            { metric: 'write p99', value: 12.5, unit: 'ms', target: '< 10 ms', met: false },
            { metric: 'kdf', value: 0.98765, unit: 's', note: 'calibrated' },
          ],
        },
        { name: 'map', status: 'failed', durationMs: 10, rows: [], error: 'Error: no | chromium' },
        {
          name: 'import',
          status: 'missing',
          durationMs: 0,
          rows: [],
          error: 'bench/import.ts does not exist',
        },
      ],
    }
    const md = renderMarkdown(report)
    expect(md).toContain('Targets met: 1 of 2.')
    expect(md).toContain('| unlock 10k | 812 | ms | < 1000 ms | yes |')
    expect(md).toContain('| write p99 | 12.5 | ms | < 10 ms | **no** |')
    expect(md).toContain('| kdf (calibrated) | 0.988 | s |  |  |')
    expect(md).toContain('**Failed** after 0.0100 s: Error: no \\| chromium')
    expect(md).toContain('_Not present yet (bench/import.ts does not exist)._')
    expect(md).toContain(`${report.machine.cores} cores`)
  })

  it('formats values for reading', () => {
    expect(formatValue(3)).toBe('3')
    expect(formatValue(1234.56)).toBe('1235')
    expect(formatValue(Number.NaN)).toBe('n/a')
  })
})
