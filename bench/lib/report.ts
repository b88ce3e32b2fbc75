import type { BenchOptions, BenchRow, BenchSection } from '../types'
import type { MachineDescription } from './machine'

export type SectionStatus = 'ok' | 'failed' | 'missing' | 'skipped'

export interface SectionResult extends BenchSection {
  status: SectionStatus
  /** Why the section failed or is missing. */
  error?: string
  /** Wall time of the whole section, setup included. */
  durationMs: number
}

export interface BenchReport {
  machine: MachineDescription
  options: Pick<BenchOptions, 'quick' | 'runs'>
  sections: SectionResult[]
}

export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return 'n/a'
  if (Number.isInteger(value)) return String(value)
  const abs = Math.abs(value)
  if (abs >= 100) return value.toFixed(0)
  if (abs >= 10) return value.toFixed(1)
  if (abs >= 1) return value.toFixed(2)
  return value.toPrecision(3)
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function met(row: BenchRow): string {
  if (row.met === undefined) return ''
  return row.met ? 'yes' : '**no**'
}

export function targetsSummary(sections: readonly SectionResult[]): { met: number; total: number } {
  let total = 0
  let metCount = 0
  for (const s of sections) {
    for (const row of s.rows) {
      if (row.met === undefined) continue
      total++
      if (row.met) metCount++
    }
  }
  return { met: metCount, total }
}

export function renderMarkdown(report: BenchReport): string {
  const { machine } = report
  const gib = (machine.memoryBytes / 1024 ** 3).toFixed(1)
  const summary = targetsSummary(report.sections)
  const lines = [
    `# Kith benchmarks${report.options.quick ? ' (quick)' : ''}`,
    '',
    `${machine.date} · ${machine.cpu} × ${machine.cores} cores · ${gib} GiB · Node ${machine.node} · ${machine.os} · load average ${(machine.loadAverage ?? []).join(' / ')} at the start`,
    '',
    `Medians of ${report.options.runs} run(s) unless a metric says otherwise. Targets met: ${summary.met} of ${summary.total}.`,
  ]
  for (const section of report.sections) {
    lines.push('', `## ${section.name}`, '')
    if (section.status === 'missing') {
      lines.push(`_Not present yet (${section.error ?? 'no module'})._`)
      continue
    }
    if (section.status === 'skipped') {
      lines.push('_Skipped (not selected with --only)._')
      continue
    }
    if (section.status === 'failed') {
      lines.push(
        `**Failed** after ${formatValue(section.durationMs / 1000)} s: ${cell(section.error ?? 'unknown error')}`,
      )
      if (section.rows.length === 0) continue
      lines.push('')
    }
    lines.push('| metric | value | unit | target | met |', '|---|---:|---|---|---|')
    for (const row of section.rows) {
      const metric = row.note ? `${row.metric} (${row.note})` : row.metric
      lines.push(
        `| ${cell(metric)} | ${formatValue(row.value)} | ${cell(row.unit)} | ${cell(row.target ?? '')} | ${met(row)} |`,
      )
    }
    lines.push('', `_Section took ${formatValue(section.durationMs / 1000)} s._`)
  }
  return lines.join('\n') + '\n'
}
