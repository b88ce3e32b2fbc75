import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

interface Report {
  options: { quick: boolean }
  machine: { cores: number; node: string }
  sections: { name: string; status: string; rows?: { metric: string; value: number }[] }[]
}

describe('npm run bench -- --quick', () => {
  it('runs every section in CI-sized time and writes JSON with all of them', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'kith-bench-'))
    try {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'bench/run.ts', '--quick', '--runs', '1', '--out', out],
        { cwd: root, encoding: 'utf8', timeout: 300_000 },
      )
      expect(run.status, run.stderr).toBe(0)
      const report = JSON.parse(readFileSync(path.join(out, 'latest.json'), 'utf8')) as Report
      expect(report.options.quick).toBe(true)
      expect(report.machine.cores).toBeGreaterThan(0)
      const names = report.sections.map((section) => section.name)
      expect(names).toEqual(['vault', 'analysis', 'map', 'import', 'demo'])
      for (const section of report.sections) {
        expect(section.status, section.name).toBe('ok')
        expect(section.rows?.length, section.name).toBeGreaterThan(0)
        for (const row of section.rows ?? [])
          expect(Number.isFinite(row.value), row.metric).toBe(true)
      }
      expect(readFileSync(path.join(out, 'latest.md'), 'utf8')).toContain(
        '# Kith benchmarks (quick)',
      )
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
