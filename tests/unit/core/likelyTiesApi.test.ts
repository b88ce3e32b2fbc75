import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CoreEnvironment } from '../../../src/core/context'
import { dispatch } from '../../../src/core/dispatch'
import { UNSAFE_TEST_KDF_POLICY } from '../../../src/core/vault/kdfPolicy'
import type { Person, Tie } from '../../../src/shared/domain'
import { analyzeNetwork } from '../../../src/shared/graph'
import { testEnvironment } from './testEnvironment'

async function call<T>(env: CoreEnvironment, method: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(method, input, env)
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code })
  return result.value as T
}

interface Snapshot {
  people: Person[]
  ties: Tie[]
}
const NOW = new Date('2026-11-26T09:00:00.000Z')

describe('reviewing likely ties through the API', () => {
  let dir: string
  let env: CoreEnvironment
  const ids: string[] = []

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kith-likely-'))
    env = testEnvironment({
      dataDirectory: dir,
      clock: () => NOW,
      vaultOptions: { kdfPolicy: UNSAFE_TEST_KDF_POLICY },
    })
    await call(env, 'vault.create', {
      ownerName: 'Alex Morgan',
      passphrase: 'a long passphrase for tests',
    })
    for (const [name, organization] of [
      ['Ana Silva', 'Acme Inc.'],
      ['Ben Okafor', 'ACME'],
      ['Cy Park', 'acme corp'],
      ['Di Lopez', 'Acme'],
    ] as const) {
      const p = await call<Person>(env, 'people.create', { name, organization })
      ids.push(p.id)
    }
  })

  afterAll(async () => {
    await dispatch('vault.lock', {}, env)
    rmSync(dir, { recursive: true, force: true })
  })

  const analysis = async () => {
    const snap = await call<Snapshot>(env, 'network.snapshot')
    return analyzeNetwork({ people: snap.people, ties: snap.ties }, { now: NOW })
  }

  it('confirms a whole group in one step, undone as one action', async () => {
    const before = await analysis()
    const acme = before.evidenceGroups.find((g) => g.key === 'organization:acme')!
    expect(acme.members).toHaveLength(4)
    expect(before.likelyTies).toHaveLength(6)
    const pairs = acme.members.flatMap((a, k) => acme.members.slice(k + 1).map((b) => ({ a, b })))
    const result = await call(env, 'ties.reviewLikely', { pairs, accept: true, type: 'colleague' })
    expect(result).toEqual({ decided: 6, alreadyDecided: 0 })
    const after = await analysis()
    expect(after.likelyTies).toHaveLength(0)
    const snap = await call<Snapshot>(env, 'network.snapshot')
    const confirmed = snap.ties.filter((t) => t.source === 'evidence' && !t.deletedAt)
    expect(confirmed).toHaveLength(6)
    expect(confirmed.every((t) => t.type === 'colleague')).toBe(true)

    expect(await call(env, 'undo.last')).toEqual({ undone: 'Review likely ties' })
    expect((await call<Snapshot>(env, 'network.snapshot')).ties.filter((t) => t.a !== t.b)).toEqual(
      snap.ties.filter((t) => t.source !== 'evidence'),
    )
    expect((await analysis()).likelyTies).toHaveLength(6)
  })

  it('remembers a rejection: the pair never comes back, even after more evidence', async () => {
    await call(env, 'ties.reviewLikely', { pairs: [{ a: ids[0], b: ids[1] }], accept: false })
    const pairKeys = (await analysis()).likelyTies.map((t) => [t.a, t.b].sort().join('|'))
    expect(pairKeys).toHaveLength(5)
    expect(pairKeys).not.toContain([ids[0], ids[1]].sort().join('|'))
    // More evidence for the same pair: a shared label too.
    await call(env, 'people.update', { id: ids[0], patch: { tags: ['Book club'] } })
    await call(env, 'people.update', { id: ids[1], patch: { tags: ['Book club'] } })
    const again = (await analysis()).likelyTies.map((t) => [t.a, t.b].sort().join('|'))
    expect(again).not.toContain([ids[0], ids[1]].sort().join('|'))
    // A second review of the same pair leaves the earlier decision alone.
    expect(
      await call(env, 'ties.reviewLikely', { pairs: [{ a: ids[1], b: ids[0] }], accept: true }),
    ).toEqual({ decided: 0, alreadyDecided: 1 })
  })

  it('refuses an empty review and a self pair with a clear error', async () => {
    const empty = await dispatch('ties.reviewLikely', { pairs: [], accept: true }, env)
    expect(empty.ok).toBe(false)
    const self = await dispatch(
      'ties.reviewLikely',
      { pairs: [{ a: ids[2], b: ids[2] }], accept: true },
      env,
    )
    expect(self.ok).toBe(false)
    if (!self.ok) expect(self.error.message).toMatch(/themselves/)
  })
})
