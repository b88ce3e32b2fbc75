import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import type { CoreEnvironment } from '../../../src/core/context'
import { dispatch } from '../../../src/core/dispatch'
import type { EpochMark, MarkMirror } from '../../../src/core/vault'
import { UNSAFE_TEST_KDF_POLICY } from '../../../src/core/vault/kdfPolicy'
import { testEnvironment } from './testEnvironment'

const PASS = 'lantern orbit cactus meadow violin'
const dirs: string[] = []
const envs: CoreEnvironment[] = []

afterEach(async () => {
  for (const env of envs.splice(0)) await dispatch('vault.lock', {}, env)
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function call(env: CoreEnvironment, method: string, input: unknown = {}): Promise<unknown> {
  const result = await dispatch(method, input, env)
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code })
  return result.value
}

/** An in-memory stand-in for the app's safeStorage copy of the marks. */
function memoryMirror(): MarkMirror & { marks: Record<string, EpochMark> } {
  const marks: Record<string, EpochMark> = {}
  return { marks, load: () => ({ ...marks }), save: (id, mark) => (marks[id] = { ...mark }) }
}

function setUp(mirror?: MarkMirror) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kith-integrity-api-'))
  dirs.push(dir)
  const log: string[] = []
  const env = testEnvironment({
    dataDirectory: dir,
    markDirectory: path.join(dir, '..', `${path.basename(dir)}-marks`),
    markMirror: mirror,
    vaultOptions: { kdfPolicy: UNSAFE_TEST_KDF_POLICY },
    log: (line) => log.push(line),
  })
  dirs.push(env.markDirectory!)
  envs.push(env)
  return { dir, env, log }
}

function snapshot(file: string, to: string): void {
  const db = new Database(file)
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  copyFileSync(file, to)
}

describe('rollback through the API', () => {
  it('an older copy opens read-only with its explanation until accepted; the acceptance is logged', async () => {
    const { dir, env, log } = setUp()
    await call(env, 'vault.create', { ownerName: 'Ada', passphrase: PASS })
    await call(env, 'people.create', { name: 'Ana' })
    await call(env, 'vault.lock')
    const vaultFile = path.join(dir, 'vault.kith')
    snapshot(vaultFile, path.join(dir, 'old.copy'))
    await call(env, 'vault.unlock', { passphrase: PASS })
    await call(env, 'people.create', { name: 'Ben' })
    await call(env, 'vault.lock')
    copyFileSync(path.join(dir, 'old.copy'), vaultFile)

    const status = (await call(env, 'vault.unlock', { passphrase: PASS })) as {
      readOnly: boolean
      rollback: { message: string } | null
    }
    expect(status.readOnly).toBe(true)
    expect(status.rollback?.message).toMatch(/older/)
    await expect(call(env, 'people.create', { name: 'Sneaked In' })).rejects.toMatchObject({
      code: 'READ_ONLY',
    })
    const after = (await call(env, 'vault.acceptOlderCopy')) as typeof status
    expect(after).toMatchObject({ readOnly: false, rollback: null })
    expect(log.some((line) => line.includes('older copy accepted'))).toBe(true)
    await call(env, 'people.create', { name: 'Cleo' })
  })

  it('the safeStorage copy catches a rollback after the config-directory marks were deleted', async () => {
    const mirror = memoryMirror()
    const { dir, env } = setUp(mirror)
    await call(env, 'vault.create', { ownerName: 'Ada', passphrase: PASS })
    await call(env, 'vault.lock')
    const vaultFile = path.join(dir, 'vault.kith')
    snapshot(vaultFile, path.join(dir, 'old.copy'))
    await call(env, 'vault.unlock', { passphrase: PASS })
    await call(env, 'people.create', { name: 'Ben' })
    await call(env, 'vault.lock')
    expect(Object.values(mirror.marks)[0]?.epoch).toBeGreaterThan(0)
    rmSync(env.markDirectory!, { recursive: true })
    expect(readdirSync(dir)).toContain('vault.kith')
    copyFileSync(path.join(dir, 'old.copy'), vaultFile)
    const status = (await call(env, 'vault.unlock', { passphrase: PASS })) as {
      rollback: unknown
      readOnly: boolean
    }
    expect(status.rollback).not.toBeNull()
    expect(status.readOnly).toBe(true)
  })

  it('vault.create and vault.changePassphrase refuse a weak passphrase', async () => {
    const { env } = setUp()
    await expect(
      call(env, 'vault.create', { ownerName: 'Ada', passphrase: 'x' }),
    ).rejects.toMatchObject({ code: 'PASSPHRASE_REJECTED' })
    await call(env, 'vault.create', { ownerName: 'Ada', passphrase: PASS })
    await expect(
      call(env, 'vault.changePassphrase', { current: { passphrase: PASS }, next: 'ada1' }),
    ).rejects.toMatchObject({ code: 'PASSPHRASE_REJECTED' })
  })
})
