import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CoreEnvironment } from '../../../src/core/context'
import { dispatch } from '../../../src/core/dispatch'
import { UNSAFE_TEST_KDF_POLICY } from '../../../src/core/vault/kdfPolicy'
import type { EventName } from '../../../src/shared/ipc'
import { testEnvironment } from './testEnvironment'

/** Calls through the same edge as Electron and the harness, and unwraps the Result. */
async function call(env: CoreEnvironment, method: string, input: unknown = {}): Promise<unknown> {
  const result = await dispatch(method, input, env)
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code })
  return result.value
}

async function failure(env: CoreEnvironment, method: string, input: unknown = {}) {
  const result = await dispatch(method, input, env)
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`)
  return result.error
}

describe('the API over a real vault', () => {
  let dir: string
  let env: CoreEnvironment
  const events: EventName[] = []
  let recoveryKey = ''

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kith-api-'))
    env = testEnvironment({
      dataDirectory: dir,
      clock: () => new Date('2026-11-26T09:00:00.000Z'),
      emit: (event) => events.push(event),
      vaultOptions: { kdfPolicy: UNSAFE_TEST_KDF_POLICY },
    })
  })

  afterAll(async () => {
    await dispatch('vault.lock', {}, env)
    rmSync(dir, { recursive: true, force: true })
  })

  it('starts with no vault, and every data method says so', async () => {
    expect(await call(env, 'vault.status')).toMatchObject({ state: 'none', vaultName: 'vault' })
    expect((await failure(env, 'people.list', {})).code).toBe('NO_VAULT')
  })

  it('creates a vault with its owner and a recovery key, unlocked', async () => {
    ;({ recoveryKey } = (await call(env, 'vault.create', {
      ownerName: 'Alex Morgan',
      passphrase: 'a long passphrase for tests',
    })) as { recoveryKey: string })
    expect(recoveryKey.length).toBeGreaterThan(20)
    expect(await call(env, 'vault.status')).toMatchObject({
      state: 'unlocked',
      ownerName: 'Alex Morgan',
      readOnly: false,
    })
    expect(readdirSync(dir)).toContain('vault.kith')
    expect(events).toContain('vault.unlocked')
  })

  it('walks the connector path: people, journal, introduction made, tie created', async () => {
    const ana = (await call(env, 'people.create', {
      name: 'Ana Silva',
      organization: 'Verde Capital',
      offers: ['seed investment in climate tech'],
    })) as { id: string }
    const ben = (await call(env, 'people.create', {
      name: 'Ben Okafor',
      seeks: ['a seed investor for his climate startup'],
    })) as { id: string }
    const logged = (await call(env, 'journal.log', {
      text: 'Coffee with @Ana Silva and @Ben Okafor about the climate fund',
      type: 'meeting',
    })) as { entry: { participants: string[] } }
    expect(logged.entry.participants.sort()).toEqual([ana.id, ben.id].sort())
    const picked = (await call(env, 'journal.log', {
      text: 'Call about the fund',
      type: 'call',
      participants: [ben.id],
    })) as { entry: { participants: string[] } }
    expect(picked.entry.participants).toEqual([ben.id])
    const detail = (await call(env, 'people.get', { id: ana.id })) as {
      person: { lastContactAt?: string }
      entries: unknown[]
    }
    expect(detail.person.lastContactAt).toBe('2026-11-26T09:00:00.000Z')
    expect(detail.entries).toHaveLength(1)

    const created = (await call(env, 'introductions.create', {
      a: ana.id,
      b: ben.id,
      status: 'asked',
      rationale: 'Ben is raising a seed round; Ana invests at seed.',
      logEntry: true,
    })) as { introduction: { id: string }; entry: { introduction: string } | null }
    expect(created.entry?.introduction).toBe(created.introduction.id)
    const drafts = (await call(env, 'introductions.drafts', { id: created.introduction.id })) as {
      forA: string
      forB: string
    }
    expect(drafts.forA).toContain('Ben')
    expect(drafts.forB).toContain('Ana')
    await call(env, 'introductions.transition', { id: created.introduction.id, to: 'accepted' })
    const made = (await call(env, 'introductions.transition', {
      id: created.introduction.id,
      to: 'made',
      note: 'Sent the email',
    })) as { tie: { source: string } | null }
    expect(made.tie?.source).toBe('introduction')
    const snapshot = (await call(env, 'network.snapshot')) as { ties: { a: string; b: string }[] }
    expect(
      snapshot.ties.some((t) => [t.a, t.b].sort().join() === [ana.id, ben.id].sort().join()),
    ).toBe(true)
    expect(events).toContain('data.changed')
  })

  it('applies a partial edit to the fields it names and keeps every other field', async () => {
    const logged = (await call(env, 'journal.log', {
      text: 'Lunch with @Ana Silva',
      type: 'meeting',
      followUpOn: '2026-12-01',
    })) as { entry: { id: string } }
    const updated = (await call(env, 'journal.update', {
      id: logged.entry.id,
      patch: { followUpDone: true },
    })) as { body: string; type: string; participants: string[]; followUpOn?: string }
    expect(updated).toMatchObject({
      body: 'Lunch with @Ana Silva',
      type: 'meeting',
      followUpOn: '2026-12-01',
    })
    expect(updated.participants).toHaveLength(1)
    const people = (await call(env, 'people.list', {})) as { id: string; name: string }[]
    const ana = people.find((p) => p.name === 'Ana Silva')!
    const edited = (await call(env, 'people.update', {
      id: ana.id,
      patch: { title: 'Partner' },
    })) as {
      offers: string[]
      organization?: string
    }
    expect(edited).toMatchObject({
      offers: ['seed investment in climate tech'],
      organization: 'Verde Capital',
    })
    await call(env, 'settings.update', { patch: { autoLockMinutes: 3 } })
    const settings = (await call(env, 'settings.update', { patch: { theme: 'dark' } })) as {
      autoLockMinutes: number
      theme: string
    }
    expect(settings).toMatchObject({ autoLockMinutes: 3, theme: 'dark' })
  })

  it('finds people with a typo, and undoes a deletion', async () => {
    const hits = (await call(env, 'search.query', { q: 'okafr' })) as {
      kind: string
      title: string
    }[]
    expect(hits.filter((h) => h.kind === 'person').map((h) => h.title)).toEqual(['Ben Okafor'])
    const people = (await call(env, 'people.list', {})) as { id: string; name: string }[]
    const ben = people.find((p) => p.name === 'Ben Okafor')!
    expect(await call(env, 'people.trash', { id: ben.id })).toEqual({
      undoLabel: 'Delete Ben Okafor',
    })
    expect(((await call(env, 'people.list', {})) as unknown[]).length).toBe(people.length - 1)
    expect(await call(env, 'undo.last')).toEqual({ undone: 'Delete Ben Okafor' })
    expect(((await call(env, 'people.list', {})) as unknown[]).length).toBe(people.length)
  })

  it('keeps dismissed suggestions as declined pairs and saves layout and cluster names', async () => {
    const people = (await call(env, 'people.list', {})) as {
      id: string
      name: string
      isMe: boolean
    }[]
    const [x, y] = people.filter((p) => !p.isMe)
    await call(env, 'suggestions.dismiss', { a: x!.id, b: y!.id })
    const intros = (await call(env, 'introductions.list')) as { status: string }[]
    expect(intros.some((i) => i.status === 'declined')).toBe(true)
    await call(env, 'layout.save', { positions: { [x!.id]: { x: 1, y: 2 } } })
    await call(env, 'clusters.rename', { members: [x!.id, y!.id], name: 'Climate' })
    await call(env, 'clusters.rename', { members: [x!.id, y!.id], name: 'Climate people' })
    const snapshot = (await call(env, 'network.snapshot')) as {
      layout: { positions: Record<string, unknown> }
      clusterNames: { name: string }[]
    }
    expect(snapshot.layout.positions[x!.id]).toEqual({ x: 1, y: 2 })
    expect(snapshot.clusterNames.map((c) => c.name)).toEqual(['Climate people'])
  })

  it('locks: every data method answers LOCKED, the right passphrase unlocks again', async () => {
    expect(await call(env, 'vault.lock')).toMatchObject({ state: 'locked' })
    expect(events).toContain('vault.locked')
    expect((await failure(env, 'network.snapshot')).code).toBe('LOCKED')
    expect((await failure(env, 'vault.unlock', { passphrase: 'wrong one' })).code).toBe(
      'WRONG_PASSPHRASE_OR_CORRUPT',
    )
    expect(
      await call(env, 'vault.unlock', { passphrase: 'a long passphrase for tests' }),
    ).toMatchObject({
      state: 'unlocked',
    })
  })

  it('changes the passphrase only with the current one, or right after a recovery-key unlock', async () => {
    expect(
      (await failure(env, 'vault.changePassphrase', { next: 'a brand new passphrase' })).code,
    ).toBe('PASSPHRASE_REJECTED')
    expect(
      (
        await failure(env, 'vault.changePassphrase', {
          current: { passphrase: 'not the passphrase' },
          next: 'a brand new passphrase',
        })
      ).code,
    ).toBe('WRONG_PASSPHRASE_OR_CORRUPT')
    await call(env, 'vault.changePassphrase', {
      current: { passphrase: 'a long passphrase for tests' },
      next: 'a brand new passphrase',
    })
    await call(env, 'vault.lock')
    expect(
      (await failure(env, 'vault.unlock', { passphrase: 'a long passphrase for tests' })).code,
    ).toBe('WRONG_PASSPHRASE_OR_CORRUPT')
    await call(env, 'vault.unlock', { recoveryKey })
    await call(env, 'vault.changePassphrase', { next: 'a long passphrase for tests' })
    await call(env, 'vault.lock')
    await call(env, 'vault.unlock', { passphrase: 'a long passphrase for tests' })
  })

  it('backs up and restores into a new vault file', async () => {
    const backup = (await call(env, 'vault.backup', { passphrase: 'backup secret' })) as {
      fileName: string
    }
    const listed = (await call(env, 'vault.listBackups')) as { fileName: string }[]
    expect(listed.map((b) => b.fileName)).toContain(backup.fileName)
    expect(
      (await failure(env, 'vault.restore', { fileName: backup.fileName, passphrase: 'nope' })).code,
    ).toBe('INTEGRITY')
    const restored = (await call(env, 'vault.restore', {
      fileName: backup.fileName,
      passphrase: 'backup secret',
    })) as { vaultName: string }
    expect(await call(env, 'vault.status')).toMatchObject({
      state: 'locked',
      vaultName: restored.vaultName,
    })
    await call(env, 'vault.unlock', { passphrase: 'a long passphrase for tests' })
    const people = (await call(env, 'people.list', {})) as { name: string }[]
    expect(people.map((p) => p.name)).toContain('Ana Silva')
    expect(((await call(env, 'vault.list')) as unknown[]).length).toBe(2)
  })
})

describe('the demo vault beside your own', () => {
  it('opens the demo, then creates your own vault instead of refusing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kith-demo-'))
    const env = testEnvironment({
      dataDirectory: dir,
      vaultOptions: { kdfPolicy: UNSAFE_TEST_KDF_POLICY },
    })
    try {
      const demo = (await call(env, 'vault.createDemo')) as { passphrase: string; people: number }
      expect(demo.people).toBeGreaterThan(250)
      expect(await call(env, 'vault.status')).toMatchObject({ state: 'unlocked', isDemo: true })
      await call(env, 'vault.create', { ownerName: 'Me', passphrase: 'my own passphrase here' })
      expect(await call(env, 'vault.status')).toMatchObject({
        state: 'unlocked',
        isDemo: false,
        vaultName: 'vault',
        ownerName: 'Me',
      })
      expect(((await call(env, 'vault.list')) as { name: string }[]).map((v) => v.name)).toEqual([
        'demo',
        'vault',
      ])
      // Undo reverses any action, not only deletions.
      const person = (await call(env, 'people.create', { name: 'Ana' })) as { id: string }
      expect(await call(env, 'undo.last')).toEqual({ undone: 'Add person' })
      expect((await failure(env, 'people.get', { id: person.id })).code).toBe('NOT_FOUND')
    } finally {
      await dispatch('vault.lock', {}, env)
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
