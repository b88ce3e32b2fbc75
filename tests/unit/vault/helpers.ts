import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach } from 'vitest'
import { newId, type Entry, type Person } from '../../../src/shared/domain'
import { UNSAFE_TEST_KDF_POLICY, createVault, openVault, type Vault } from '../../../src/core/vault'

export const PASSPHRASE = 'correct horse battery staple'
/** This run's high-water marks: never the real config directory (vault ids are random). */
export const MARKS = mkdtempSync(join(tmpdir(), 'kith-marks-test-'))
afterAll(() => rmSync(MARKS, { recursive: true, force: true }))
/** Cheap Argon2id parameters, injected through code (never a file or the environment). */
export const CHEAP = { kdfPolicy: UNSAFE_TEST_KDF_POLICY, markDirectory: MARKS } as const
export const NOW = '2026-11-26T09:30:00.000Z'
export const clock = () => new Date(NOW)

const dirs: string[] = []
const open: Vault[] = []

afterEach(async () => {
  for (const vault of open.splice(0)) await vault.lock()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kith-vault-test-'))
  dirs.push(dir)
  return dir
}

/** Locked automatically after the test. */
export function track(vault: Vault): Vault {
  open.push(vault)
  return vault
}

export async function newVault(name = 'Ada Lovelace', passphrase = PASSPHRASE) {
  const dir = tempDir()
  const path = join(dir, 'test.kith')
  const { vault, recoveryKey } = await createVault(path, {
    ownerName: name,
    passphrase,
    clock,
    ...CHEAP,
  })
  return { dir, path, vault: track(vault), recoveryKey }
}

export async function reopen(path: string, passphrase = PASSPHRASE): Promise<Vault> {
  return track(await openVault(path, { passphrase }, CHEAP))
}

export function person(name: string, extra: Partial<Person> = {}): Person {
  return {
    kind: 'person',
    id: newId(),
    name,
    isMe: false,
    emails: [],
    phones: [],
    links: [],
    tags: [],
    offers: [],
    seeks: [],
    notes: '',
    externalIds: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  }
}

export function entry(body: string, extra: Partial<Entry> = {}): Entry {
  return {
    kind: 'entry',
    id: newId(),
    at: NOW,
    type: 'note',
    title: '',
    body,
    participants: [],
    followUpDone: false,
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  }
}
