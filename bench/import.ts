/**
 * Import benchmark: a LinkedIn `Connections.csv` of 10k contacts (1k in quick mode), staged and
 * committed as one batch into a real encrypted vault (cheap KDF: the KDF is measured elsewhere).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commitImport, stageImport } from '../src/core/io'
import { createVault, UNSAFE_TEST_KDF_POLICY } from '../src/core/vault'
import { median, type BenchRow, type BenchSectionRunner } from './types'

const NOW = new Date('2026-11-26T09:00:00.000Z')
const FIRST = ['Ana', 'Ben', 'Carla', 'Dmitri', 'Ewa', 'Farid', 'Grace', 'Hiro', 'Ines', 'José']
const LAST = ['Silva', 'Okafor', 'Mendes', 'Ivanov', 'Nowak', 'Haddad', 'Lee', 'Tanaka', 'Costa']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A current-format export: the Notes preamble, then the header, then one row per contact. */
export function linkedinCsv(rows: number): Uint8Array {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ]
  for (let i = 0; i < rows; i++) {
    const first = FIRST[i % FIRST.length]!
    const last = `${LAST[(i * 7) % LAST.length]!}-${i}`
    const email = i % 5 === 0 ? `${first.toLowerCase()}.${i}@example.org` : ''
    const company = `"Company ${i % 400}, Inc."`
    const date = `${String((i % 28) + 1).padStart(2, '0')} ${MONTHS[i % 12]!} ${2010 + (i % 15)}`
    lines.push(
      `${first},${last},https://www.linkedin.com/in/${first.toLowerCase()}-${i},${email},${company},Engineer,${date}`,
    )
  }
  return new TextEncoder().encode(lines.join('\r\n'))
}

export const runImportBench: BenchSectionRunner = async (options) => {
  const contacts = options.quick ? 1000 : 10_000
  const bytes = linkedinCsv(contacts)
  const stageTimes: number[] = []
  const commitTimes: number[] = []
  let imported = 0
  for (let run = 0; run < options.runs; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'kith-bench-import-'))
    try {
      const { vault } = await createVault(join(dir, 'bench.kith'), {
        ownerName: 'Bench Owner',
        passphrase: 'bench passphrase',
        kdfPolicy: UNSAFE_TEST_KDF_POLICY,
      })
      let started = performance.now()
      const staged = stageImport(bytes, { fileName: 'Connections.csv' }, vault)
      stageTimes.push(performance.now() - started)
      started = performance.now()
      await commitImport(staged, vault, { clock: () => NOW })
      commitTimes.push(performance.now() - started)
      imported = vault.list('person').length - 1
      await vault.lock()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    options.log(
      `import run ${run + 1}: stage ${Math.round(stageTimes.at(-1)!)} ms, commit ${Math.round(commitTimes.at(-1)!)} ms`,
    )
  }
  const label = `LinkedIn Connections.csv, ${contacts.toLocaleString('en')} contacts`
  const rows: BenchRow[] = [
    { metric: `${label}: parse and preview`, value: median(stageTimes), unit: 'ms' },
    {
      metric: `${label}: commit into the encrypted vault (one transaction, with ties to the owner)`,
      value: median(commitTimes),
      unit: 'ms',
    },
    { metric: `${label}: people imported`, value: imported, unit: 'people' },
  ]
  return { name: 'import', rows }
}
