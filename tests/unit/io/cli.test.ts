import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliIo, ParsedArgs } from '../../../src/cli/command'
import {
  exportWith,
  importWith,
  parseMapping,
  readInputFile,
  undoImportWith,
} from '../../../src/cli/commands/io'
import { CliError, EXIT } from '../../../src/cli/exitCodes'
import { sampleStore } from './fixtures'
import { clock, fixture, storeWithOwner } from './helpers'

function fakeIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: {},
    secret: () => Promise.resolve(''),
    clock,
  }
}
const args = (values: ParsedArgs['values'], positionals: string[] = []): ParsedArgs => ({
  values,
  positionals,
})

async function exitOf(promise: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    await promise
    return { code: 0, message: '' }
  } catch (error) {
    if (error instanceof CliError) return { code: error.exitCode, message: error.message }
    throw error
  }
}

describe('kith import / export / undo-import', () => {
  it('imports with a preview, then undoes the batch', async () => {
    const store = storeWithOwner()
    const io = fakeIo()
    const code = await importWith(store, args({ json: true }), io, {
      file: fixture('outlook-de-1252.csv'),
      fileName: 'kontakte.csv',
    })
    expect(code).toBe(EXIT.ok)
    const result = JSON.parse(io.out.join('')) as {
      committed: boolean
      batch: { id: string }
      preview: { encoding: string }
    }
    expect(result).toMatchObject({ committed: true, preview: { encoding: 'windows-1252' } })
    expect(store.list('person')).toHaveLength(3)
    await undoImportWith(store, args({}, [result.batch.id]), io)
    expect(store.list('person')).toHaveLength(1)
    expect((await exitOf(undoImportWith(store, args({}, [result.batch.id]), io))).code).toBe(
      EXIT.conflict,
    )
  })

  it('refuses problems without --yes (exit 6, naming the card) and imports the rest with --yes', async () => {
    const store = storeWithOwner()
    const io = fakeIo()
    const refused = await exitOf(
      importWith(store, args({}), io, { file: fixture('vcard-truncated.vcf'), fileName: 'x.vcf' }),
    )
    expect(refused.code).toBe(EXIT.badInput)
    expect(io.out.join('')).toMatch(/card 2, line 5: the file ends inside this card/)
    expect(store.list('person')).toHaveLength(1)
    await importWith(store, args({ yes: true }), io, {
      file: fixture('vcard-truncated.vcf'),
      fileName: 'x.vcf',
    })
    expect(store.list('person')).toHaveLength(2)
  })

  it('exits 6 on malformed input, naming the line', async () => {
    const store = storeWithOwner()
    const bad = new TextEncoder().encode('First Name,Last Name\n"Open,quote\n')
    const result = await exitOf(
      importWith(store, args({ format: 'csv' }), fakeIo(), { file: bad, fileName: 'bad.csv' }),
    )
    expect(result.code).toBe(EXIT.badInput)
    expect(result.message).toMatch(/line 2: a quoted field is not closed.*nothing was written/)
  })

  it('prints what the file holds that the import would not keep', async () => {
    const io = fakeIo()
    await importWith(storeWithOwner(), args({}), io, {
      file: fixture('outlook-desktop-full.csv'),
      fileName: 'contacts.csv',
    })
    const out = io.out.join('')
    expect(out).toMatch(/values? in "Gender" not kept \(Kith has no gender field\), e\.g\. "/)
    expect(out).toMatch(/values? in "E-mail Type" not kept/)
  })

  it('takes --map, --nodes, --owner', async () => {
    const store = storeWithOwner()
    await importWith(store, args({ map: ['Full Name=name', 'Employer=organization'] }), fakeIo(), {
      file: fixture('generic.csv'),
      fileName: 'g.csv',
    })
    expect(store.list('person').find((p) => p.name === 'Rosa Parks')?.organization).toBe(
      'Montgomery Fair',
    )
    await importWith(store, args({ owner: 'x1' }), fakeIo(), {
      file: fixture('edges.csv'),
      nodes: fixture('nodes.csv'),
      fileName: 'edges.csv',
    })
    expect(store.list('person').some((p) => p.name === 'Ivy Chen')).toBe(false)
    expect(() => parseMapping(['Name=nonsense'])).toThrow(/FIELD one of/)
  })

  it('exports atomically, warns about plaintext and never overwrites without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-cli-io-'))
    const out = join(dir, 'net.gexf')
    const io = fakeIo()
    await exportWith(sampleStore(), args({ format: 'gexf', out }), io)
    expect(readFileSync(out, 'utf8')).toContain('<gexf')
    expect(io.err.join('')).toMatch(/plaintext/)
    expect((await exitOf(exportWith(sampleStore(), args({ format: 'gexf', out }), io))).code).toBe(
      EXIT.conflict,
    )
    await exportWith(sampleStore(), args({ format: 'gexf', out, force: true }), io)
    expect((await exitOf(exportWith(sampleStore(), args({ format: 'docx', out }), io))).code).toBe(
      EXIT.usage,
    )
  })

  it('refuses a file over 50 MB from its size alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-cli-io-'))
    const path = join(dir, 'huge.csv')
    writeFileSync(path, '')
    truncateSync(path, 50 * 1024 * 1024 + 1) // sparse: no disk or memory used
    const result = await exitOf(readInputFile(path))
    expect(result.code).toBe(EXIT.badInput)
    expect(result.message).toMatch(/50\.0 MB; the import limit is 50 MB/)
  })
})
