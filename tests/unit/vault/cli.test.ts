import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Command, ParsedArgs } from '../../../src/cli/command'
import {
  backupCommand,
  initCommand,
  passwdCommand,
  restoreCommand,
  vaultCommands,
  verifyCommand,
} from '../../../src/cli/commands/vault'
import { CliError } from '../../../src/cli/exitCodes'
import { setCliKdfPolicyForTests, withVault } from '../../../src/cli/vaultAccess'
import { UNSAFE_TEST_KDF_POLICY, type Vault } from '../../../src/core/vault'
import { fakeIo } from '../cli/fakeIo'
import { person, tempDir } from './helpers'

const PASS = 'cli lantern orbit cactus'
const SECOND = 'second meadow violin quartz'

function args(values: ParsedArgs['values']): ParsedArgs {
  return { values, positionals: [] }
}

async function run(
  command: Command,
  values: ParsedArgs['values'],
  secrets: Record<string, string>,
) {
  const io = fakeIo(secrets)
  try {
    const code = await command.run(args(values), io)
    return { code, out: io.out.join(''), err: io.err.join('') }
  } catch (error) {
    if (error instanceof CliError)
      return { code: error.exitCode, out: io.out.join(''), err: error.message }
    throw error
  }
}

beforeAll(() => setCliKdfPolicyForTests(UNSAFE_TEST_KDF_POLICY))
afterAll(() => setCliKdfPolicyForTests())

describe('kith vault commands', () => {
  it('exports the vault commands', () => {
    expect(vaultCommands.map((c) => c.name)).toEqual([
      'init',
      'verify',
      'passwd',
      'backup',
      'restore',
      'accept-older-copy',
      'acknowledge-mark',
    ])
  })

  it('init, verify, passwd, backup and restore end to end', async () => {
    const dir = tempDir()
    const vault = join(dir, 'v.kith')
    const init = await run(initCommand, { vault, name: 'Ada' }, { KITH_PASSPHRASE: PASS })
    expect(init.code).toBe(0)
    expect(init.out).toMatch(/Recovery key.*\n {2}([0-9A-Z]{4}-){7}[0-9A-Z]{4}/)
    expect(await run(initCommand, { vault, name: 'Ada' }, { KITH_PASSPHRASE: PASS })).toMatchObject(
      { code: 5 },
    )

    expect(await run(verifyCommand, { vault }, { KITH_PASSPHRASE: PASS })).toMatchObject({
      code: 0,
      out: 'ok: 2 records verified\n',
    })
    expect(await run(verifyCommand, { vault }, { KITH_PASSPHRASE: 'nope' })).toMatchObject({
      code: 2,
    })
    expect(
      await run(verifyCommand, { vault: join(dir, 'missing') }, { KITH_PASSPHRASE: PASS }),
    ).toMatchObject({ code: 4 })
    expect(await run(verifyCommand, {}, { KITH_PASSPHRASE: PASS })).toMatchObject({ code: 1 })

    const passwd = await run(
      passwdCommand,
      { vault },
      { KITH_PASSPHRASE: PASS, KITH_NEW_PASSPHRASE: SECOND },
    )
    expect(passwd.code).toBe(0)
    expect(await run(verifyCommand, { vault }, { KITH_PASSPHRASE: PASS })).toMatchObject({
      code: 2,
    })

    const out = join(dir, 'b.kithbak')
    const backup = await run(
      backupCommand,
      { vault, out },
      { KITH_PASSPHRASE: SECOND, KITH_BACKUP_PASSPHRASE: 'bk' },
    )
    expect(backup.code).toBe(0)
    const restored = join(dir, 'r.kith')
    expect(
      await run(
        restoreCommand,
        { backup: out, vault: restored },
        { KITH_BACKUP_PASSPHRASE: 'wrong' },
      ),
    ).toMatchObject({ code: 3 })
    expect(
      await run(restoreCommand, { backup: out, vault: restored }, { KITH_BACKUP_PASSPHRASE: 'bk' }),
    ).toMatchObject({ code: 0 })
    expect(
      await run(verifyCommand, { vault: restored }, { KITH_PASSPHRASE: SECOND }),
    ).toMatchObject({ code: 0 })
  })

  it('verify exits 3 naming each bad record id; writes are refused in recovery mode', async () => {
    const dir = tempDir()
    const vault = join(dir, 'v.kith')
    await run(initCommand, { vault, name: 'Ada' }, { KITH_PASSPHRASE: PASS })
    const io = fakeIo({ KITH_PASSPHRASE: PASS })
    const p = person('To be damaged')
    await withVault(args({ vault }), io, (v) => v.commit({ put: [p] }), { write: true })
    const db = new Database(vault)
    db.prepare('UPDATE record SET ct = zeroblob(length(ct)) WHERE id = ?').run(p.id)
    db.close()
    const verify = await run(verifyCommand, { vault }, { KITH_PASSPHRASE: PASS })
    expect(verify.code).toBe(3)
    expect(verify.out).toContain(`bad record: ${p.id}`)
    expect(verify.out).not.toContain('To be damaged')
    await expect(
      withVault(args({ vault }), io, (v) => v.commit({ put: [person('x')] }), { write: true }),
    ).rejects.toMatchObject({
      exitCode: 3,
      message: expect.stringMatching(/recovery mode/) as unknown,
    })
  })

  it('withVault locks even when the callback throws, and maps invalid input to exit 6', async () => {
    const dir = tempDir()
    const vault = join(dir, 'v.kith')
    await run(initCommand, { vault, name: 'Ada' }, { KITH_PASSPHRASE: PASS })
    const io = fakeIo({ KITH_PASSPHRASE: PASS })
    let seen: Vault | undefined
    await expect(
      withVault(args({ vault }), io, (v) => {
        seen = v
        return v.commit({ put: [{ ...person('x'), name: '' }] })
      }),
    ).rejects.toMatchObject({ exitCode: 6 })
    expect(seen?.isLocked).toBe(true)
  })
})
