import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import {
  commitImport,
  exportVault,
  FileExistsError,
  stageImport,
  writeFileAtomic,
} from '../../../src/core/io'
import { MemoryStore } from '../../../src/core/store/memoryStore'
import { sampleStore } from './fixtures'
import { bytes, clock, owner } from './helpers'

describe('contact exports', () => {
  it('vCard 4.0 leaves notes out unless includePrivate, and never exports the owner', () => {
    const vcf = exportVault(sampleStore(), 'vcard')
    expect(vcf.match(/BEGIN:VCARD/g)).toHaveLength(3)
    expect(vcf).toContain('VERSION:4.0')
    expect(vcf).not.toContain('secret note')
    expect(vcf).not.toContain('Owner Person')
    expect(exportVault(sampleStore(), 'vcard', { includePrivate: true })).toContain(
      'NOTE:secret note about Ada',
    )
  })

  it('CSV guards formula-like cells, leaves notes out, and re-imports through the generic importer', async () => {
    const csv = exportVault(sampleStore(), 'csv')
    expect(csv).not.toContain('secret note')
    const rows = Papa.parse<string[]>(csv.trim()).data
    expect(rows[0]).toEqual([
      'Name',
      'Organization',
      'Title',
      'Location',
      'Emails',
      'Phones',
      'Links',
      'Tags',
      'Birthday',
      'Dates',
    ])
    expect(rows.find((r) => r[0]?.startsWith('Mary'))?.[2]).toBe("'=cmd|calc")
    const target = new MemoryStore([owner()])
    await commitImport(stageImport(bytes(csv), {}, target), target, { clock })
    const mary = target.list('person').find((p) => p.name.startsWith('Mary'))
    expect(mary?.title).toBe('=cmd|calc')
    const charles = target.list('person').find((p) => p.name === 'Charles Babbage')
    expect(charles?.phones[0]?.value).toBe('+44 20 7946 0000')
  })

  it('Kith JSON is complete (it is the lossless format)', () => {
    const json = JSON.parse(exportVault(sampleStore(), 'json', { now: clock() })) as {
      records: { kind: string }[]
    }
    expect(json.records.map((r) => r.kind)).toEqual([
      'person',
      'person',
      'person',
      'person',
      'tie',
      'tie',
      'tie',
      'introduction',
      'entry',
    ])
  })
})

describe('writeFileAtomic', () => {
  it('writes, refuses to overwrite unless asked, and leaves no temp files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-io-'))
    const path = join(dir, 'out.vcf')
    await writeFileAtomic(path, 'one')
    await expect(writeFileAtomic(path, 'two')).rejects.toBeInstanceOf(FileExistsError)
    expect(readFileSync(path, 'utf8')).toBe('one')
    await writeFileAtomic(path, bytes('three'), { overwrite: true })
    expect(readFileSync(path, 'utf8')).toBe('three')
    expect(readdirSync(dir)).toEqual(['out.vcf'])
  })

  it('does not follow a pre-existing file at the target (no overwrite)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-io-'))
    const path = join(dir, 'existing.json')
    writeFileSync(path, 'keep me')
    await expect(writeFileAtomic(path, 'x')).rejects.toThrow(/already exists/)
    expect(readFileSync(path, 'utf8')).toBe('keep me')
    expect(readdirSync(dir)).toEqual(['existing.json'])
  })
})
