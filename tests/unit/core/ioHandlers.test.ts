import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CoreEnvironment } from '../../../src/core/context'
import { dispatch } from '../../../src/core/dispatch'
import { UNSAFE_TEST_KDF_POLICY } from '../../../src/core/vault/kdfPolicy'
import type { MethodName, MethodOutput } from '../../../src/shared/ipc'
import { testEnvironment } from './testEnvironment'

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/io')
const base64 = (name: string) => readFileSync(path.join(FIXTURES, name)).toString('base64')
const PASSPHRASE = 'a long passphrase for tests'

async function call<M extends MethodName>(
  env: CoreEnvironment,
  method: M,
  input: unknown = {},
): Promise<MethodOutput<M>> {
  const result = await dispatch(method, input, env)
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code })
  return result.value as MethodOutput<M>
}

async function failure(env: CoreEnvironment, method: string, input: unknown = {}) {
  const result = await dispatch(method, input, env)
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`)
  return result.error
}

const contacts = async (env: CoreEnvironment) =>
  (await call(env, 'people.list', {})).filter((p) => !p.isMe)

describe('io.* over a real vault', () => {
  let dir: string
  let env: CoreEnvironment
  const clockNow = new Date('2026-11-26T09:00:00.000Z')

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kith-io-api-'))
    env = testEnvironment({
      dataDirectory: dir,
      clock: () => clockNow,
      vaultOptions: { kdfPolicy: UNSAFE_TEST_KDF_POLICY },
    })
    await call(env, 'vault.create', { ownerName: 'Alex Morgan', passphrase: PASSPHRASE })
  })

  afterAll(async () => {
    await dispatch('vault.lock', {}, env)
    rmSync(dir, { recursive: true, force: true })
  })

  it('stages a LinkedIn export, commits it as a batch, lists it and undoes it', async () => {
    const preview = await call(env, 'io.stage', {
      fileName: '/somewhere/Connections.csv',
      contentBase64: base64('linkedin-current.csv'),
    })
    expect(preview).toMatchObject({
      format: 'linkedin',
      fileName: 'Connections.csv',
      counts: { people: 4, newPeople: 4, matched: 0, ties: 4 },
      owner: { mode: 'contacts' },
      columns: null,
      graphNodes: null,
    })
    expect(preview.encoding).toMatch(/utf-8/)
    expect(await contacts(env)).toHaveLength(0)

    const batch = await call(env, 'io.commit', {
      stagingId: preview.stagingId,
      acceptProblems: false,
    })
    expect(batch.counts).toMatchObject({ peopleCreated: 4, tiesCreated: 4 })
    expect((await contacts(env)).map((p) => p.name)).toContain('Priya Raman')
    // A committed preview is gone: committing it twice cannot import twice.
    expect(
      (await failure(env, 'io.commit', { stagingId: preview.stagingId, acceptProblems: false }))
        .code,
    ).toBe('NOT_FOUND')

    const again = await call(env, 'io.stage', {
      fileName: 'Connections.csv',
      contentBase64: base64('linkedin-current.csv'),
    })
    expect(again.counts).toMatchObject({ newPeople: 0, matched: 4 })
    expect(again.duplicates.map((d) => d.existingName)).toContain('Priya Raman')

    expect(await call(env, 'io.batches')).toEqual([
      expect.objectContaining({ id: batch.id, format: 'linkedin', undoneAt: null }),
    ])
    const undone = await call(env, 'io.undo', { batchId: batch.id })
    expect(undone.removed).toBe(8)
    expect(await contacts(env)).toHaveLength(0)
    expect((await call(env, 'io.batches'))[0]?.undoneAt).toBe(clockNow.toISOString())
    expect((await failure(env, 'io.undo', { batchId: batch.id })).code).toBe('CONFLICT')
    expect((await failure(env, 'io.undo', { batchId: '0'.repeat(32) })).code).toBe('NOT_FOUND')
    expect((await call(env, 'journal.list', {})).length).toBe(0)
  })

  it('reports problems per card and commits only when they are accepted', async () => {
    const preview = await call(env, 'io.stage', {
      fileName: 'broken.vcf',
      contentBase64: base64('vcard-truncated.vcf'),
    })
    expect(preview.counts.errors).toBeGreaterThan(0)
    expect(preview.problems[0]?.severity).toBe('error')
    expect(preview.problems[0]?.card).toBeGreaterThan(0)
    const refused = await failure(env, 'io.commit', {
      stagingId: preview.stagingId,
      acceptProblems: false,
    })
    expect(refused.code).toBe('INVALID')
    expect(refused.message).toMatch(/accept/)
    const batch = await call(env, 'io.commit', {
      stagingId: preview.stagingId,
      acceptProblems: true,
    })
    expect(batch.counts.peopleCreated).toBe(1)
    await call(env, 'io.undo', { batchId: batch.id })
  })

  it('gives generic CSV columns and a guessed mapping, and graph files their nodes', async () => {
    const csv = await call(env, 'io.stage', {
      fileName: 'list.csv',
      contentBase64: base64('generic.csv'),
    })
    expect(csv.format).toBe('csv')
    expect(csv.columns?.length).toBeGreaterThan(1)
    expect(Object.keys(csv.mapping ?? {}).every((c) => csv.columns?.includes(c))).toBe(true)

    const graph = await call(env, 'io.stage', {
      fileName: 'net.gexf',
      contentBase64: base64('graph-gephi.gexf'),
    })
    expect(graph.format).toBe('gexf')
    const node = graph.graphNodes?.[0]
    expect(node).toBeDefined()
    const owned = await call(env, 'io.stage', {
      fileName: 'net.gexf',
      contentBase64: base64('graph-gephi.gexf'),
      ownerNodeId: node?.id,
    })
    expect(owned.owner).toEqual({ mode: 'node', nodeId: node?.id })
    expect(owned.counts.people).toBe(graph.counts.people - 1)
    const linked = await call(env, 'io.stage', {
      fileName: 'net.gexf',
      contentBase64: base64('graph-gephi.gexf'),
      linkOwner: true,
    })
    expect(linked.owner.mode).toBe('linkAll')
  })

  it('answers a malformed file with IMPORT_FAILED and writes nothing', async () => {
    const error = await failure(env, 'io.stage', {
      fileName: 'bomb.gexf',
      contentBase64: base64('bomb.gexf'),
    })
    expect(error.code).toBe('IMPORT_FAILED')
    expect((await failure(env, 'io.stage', { fileName: 'x', contentBase64: '%%%' })).code).toBe(
      'BAD_INPUT',
    )
    expect(await contacts(env)).toHaveLength(0)
  })

  it('exports atomically into exports/ with a timestamped name, never overwriting', async () => {
    const first = await call(env, 'io.export', { format: 'vcard', includePrivate: false })
    const second = await call(env, 'io.export', { format: 'vcard', includePrivate: false })
    expect(first.fileName).toBe('kith-vault-20261126-090000.vcf')
    expect(second.fileName).toBe('kith-vault-20261126-090000-2.vcf')
    expect(first.folder).toBe(path.join(dir, 'exports'))
    const files = readdirSync(path.join(dir, 'exports'))
    expect(files.sort()).toEqual([first.fileName, second.fileName].sort())
    const json = await call(env, 'io.export', { format: 'json', includePrivate: true })
    const text = readFileSync(path.join(dir, 'exports', json.fileName), 'utf8')
    expect(json.bytes).toBe(Buffer.byteLength(text))
    expect(JSON.parse(text)).toMatchObject({ format: 'kith', version: 1 })
  })

  it('cancels a running commit of a large file: nothing is written, and it can run again', async () => {
    const rows = ['First Name,Last Name,Email Address,Company,Position,Connected On']
    for (let i = 0; i < 10_000; i++)
      rows.push(`First${i},Last${i},,Company ${i % 50},Role,1 Mar 2021`)
    const preview = await call(env, 'io.stage', {
      fileName: 'Connections.csv',
      contentBase64: Buffer.from(rows.join('\n')).toString('base64'),
    })
    expect(preview.counts.people).toBe(10_000)
    const running = dispatch(
      'io.commit',
      { stagingId: preview.stagingId, acceptProblems: false },
      env,
    )
    // The commit yields to the event loop every 2000 rows, so the cancel lands before it writes.
    expect(await call(env, 'io.cancel', { stagingId: preview.stagingId })).toEqual({
      cancelled: true,
    })
    const result = await running
    expect(result.ok ? 'committed' : result.error.message).toMatch(/cancelled; nothing was written/)
    expect(await contacts(env)).toHaveLength(0)
    expect(await call(env, 'io.cancel', { stagingId: preview.stagingId })).toEqual({
      cancelled: false,
    })
    const batch = await call(env, 'io.commit', {
      stagingId: preview.stagingId,
      acceptProblems: false,
    })
    expect(batch.counts.peopleCreated).toBe(10_000)
    await call(env, 'io.undo', { batchId: batch.id })
    expect(await contacts(env)).toHaveLength(0)
  })

  it('drops staged imports when the vault locks', async () => {
    const preview = await call(env, 'io.stage', {
      fileName: 'Connections.csv',
      contentBase64: base64('linkedin-current.csv'),
    })
    await call(env, 'vault.lock')
    expect((await failure(env, 'io.stage', { fileName: 'x', contentBase64: '' })).code).toBe(
      'LOCKED',
    )
    await call(env, 'vault.unlock', { passphrase: PASSPHRASE })
    const error = await failure(env, 'io.commit', {
      stagingId: preview.stagingId,
      acceptProblems: false,
    })
    expect(error.code).toBe('NOT_FOUND')
    expect(await contacts(env)).toHaveLength(0)
  })
})
