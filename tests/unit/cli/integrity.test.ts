import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { commands } from '../../../src/cli/commands'
import { runCli } from '../../../src/cli/run'
import { setCliKdfPolicyForTests } from '../../../src/cli/vaultAccess'
import { UNSAFE_TEST_KDF_POLICY } from '../../../src/core/vault'
import { fakeIo } from './fakeIo'

const PASS = 'copper falcon drizzle harbour quilt'
const dirs: string[] = []

beforeAll(() => setCliKdfPolicyForTests(UNSAFE_TEST_KDF_POLICY))
afterAll(() => setCliKdfPolicyForTests())
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kith-cli-integrity-'))
  dirs.push(dir)
  return dir
}

/** One device: its own config directory (where the marks live) for every command it runs. */
function device(config = temp()) {
  return async (argv: string[], secrets: Record<string, string> = { KITH_PASSPHRASE: PASS }) => {
    const io = fakeIo({ ...secrets, XDG_CONFIG_HOME: config })
    const code = await runCli(argv, io, commands, 'test')
    return { code, out: io.out.join(''), err: io.err.join('') }
  }
}

function snapshot(path: string, to: string): void {
  const db = new Database(path)
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  copyFileSync(path, to)
}

function putBack(copy: string, path: string): void {
  rmSync(`${path}-wal`, { force: true })
  rmSync(`${path}-shm`, { force: true })
  copyFileSync(copy, path)
}

async function rolledBackVault() {
  const dir = temp()
  const vault = join(dir, 'v.kith')
  const kith = device()
  expect((await kith(['init', '--vault', vault, '--name', 'Ada'])).code).toBe(0)
  expect((await kith(['add-person', '--vault', vault, '--name', 'Ana Silva'])).code).toBe(0)
  const old = join(dir, 'old.kith')
  snapshot(vault, old)
  expect((await kith(['add-person', '--vault', vault, '--name', 'Ben Okafor'])).code).toBe(0)
  putBack(old, vault)
  return { dir, vault, kith }
}

describe('kith on a vault that is not plainly healthy', () => {
  it('whole-file rollback: verify fails twice in a row and a write is refused', async () => {
    const { vault, kith } = await rolledBackVault()
    for (let i = 0; i < 2; i++) {
      const verify = await kith(['verify', '--vault', vault])
      expect(verify.code).toBe(3)
      expect(verify.err).toMatch(/older than the newest state this device has seen/)
    }
    const write = await kith(['add-person', '--vault', vault, '--name', 'Sneaked In'])
    expect(write.code).toBe(3)
    expect(write.err).toMatch(/older copy/)
    const people = await kith(['people', '--vault', vault])
    expect(people.out).not.toContain('Sneaked In')
  })

  it('read commands say so on stderr and export exits 3 unless --accept-damaged', async () => {
    const { dir, vault, kith } = await rolledBackVault()
    const people = await kith(['people', '--vault', vault])
    expect(people.code).toBe(0)
    expect(people.err).toMatch(/^warning: .*older/m)
    const out = join(dir, 'out.json')
    const refused = await kith(['export', '--vault', vault, '--format', 'json', '--out', out])
    expect(refused.code).toBe(3)
    expect(refused.err).toMatch(/nothing was exported/)
    const accepted = await kith([
      'export',
      '--vault',
      vault,
      '--format',
      'json',
      '--out',
      out,
      '--accept-damaged',
    ])
    expect(accepted.code).toBe(0)
  })

  it('accept-older-copy makes the copy current; verify is ok and writes work again', async () => {
    const { vault, kith } = await rolledBackVault()
    const accept = await kith(['accept-older-copy', '--vault', vault])
    expect(accept.code).toBe(0)
    expect(accept.out).toMatch(/logged in the vault/)
    expect((await kith(['verify', '--vault', vault])).code).toBe(0)
    expect((await kith(['add-person', '--vault', vault, '--name', 'Cleo'])).code).toBe(0)
  })

  it('people on a tampered vault warns on stderr (recovery mode) and export exits 3', async () => {
    const dir = temp()
    const vault = join(dir, 'v.kith')
    const kith = device()
    await kith(['init', '--vault', vault, '--name', 'Ada'])
    await kith(['add-person', '--vault', vault, '--name', 'Ana Silva'])
    const db = new Database(vault)
    db.prepare(
      'UPDATE record SET ct = zeroblob(length(ct)) WHERE rowid = (SELECT max(rowid) FROM record)',
    ).run()
    db.close()
    const people = await kith(['people', '--vault', vault])
    expect(people.code).toBe(0)
    expect(people.err).toMatch(/recovery mode, read-only/)
    const out = join(dir, 'out.json')
    expect((await kith(['export', '--vault', vault, '--format', 'json', '--out', out])).code).toBe(
      3,
    )
  })

  it('a deleted mark warns on every command until acknowledged', async () => {
    const dir = temp()
    const config = temp()
    const vault = join(dir, 'v.kith')
    const kith = device(config)
    await kith(['init', '--vault', vault, '--name', 'Ada'])
    const marks = join(config, 'Kith', 'marks')
    const markFiles = readdirSync(marks).filter((name) => name.endsWith('.json'))
    expect(markFiles).toHaveLength(1)
    rmSync(join(marks, markFiles[0]!))
    for (let i = 0; i < 2; i++) {
      const people = await kith(['people', '--vault', vault])
      expect(people.code).toBe(0)
      expect(people.err).toMatch(/record of the newest state of this vault is missing/)
    }
    expect((await kith(['acknowledge-mark', '--vault', vault])).code).toBe(0)
    expect((await kith(['people', '--vault', vault])).err).toBe('')
  })

  it('a truncated vault is exit 3 "damaged"', async () => {
    const dir = temp()
    const vault = join(dir, 'v.kith')
    const kith = device()
    await kith(['init', '--vault', vault, '--name', 'Ada'])
    await kith(['add-person', '--vault', vault, '--name', 'Ana Silva'])
    const db = new Database(vault)
    db.pragma('journal_mode = DELETE')
    db.close()
    truncateSync(vault, Math.floor(statSync(vault).size / 2))
    const verify = await kith(['verify', '--vault', vault])
    expect(verify.code).toBe(3)
    expect(verify.err).toMatch(/damaged/)
  })

  it('init and passwd refuse a weak passphrase', async () => {
    const dir = temp()
    const vault = join(dir, 'v.kith')
    const kith = device()
    const weak = await kith(['init', '--vault', vault, '--name', 'Ada'], { KITH_PASSPHRASE: 'a' })
    expect(weak.code).toBe(2)
    expect(weak.err).toMatch(/too easy to guess/)
    expect((await kith(['init', '--vault', vault, '--name', 'Ada'])).code).toBe(0)
    const passwd = await kith(['passwd', '--vault', vault], {
      KITH_PASSPHRASE: PASS,
      KITH_NEW_PASSPHRASE: 'ada12345',
    })
    expect(passwd.code).toBe(2)
    expect((await kith(['verify', '--vault', vault])).code).toBe(0)
  })
})
