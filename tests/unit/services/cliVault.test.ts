import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run'
import { peopleCommands } from '../../../src/cli/commands/people'
import { journalCommands } from '../../../src/cli/commands/journal'
import { introductionCommands } from '../../../src/cli/commands/introductions'
import { setCliKdfPolicyForTests } from '../../../src/cli/vaultAccess'
import type { CliIo } from '../../../src/cli/command'
import { createVault, UNSAFE_TEST_KDF_POLICY } from '../../../src/core/vault'

const commands = [...peopleCommands, ...journalCommands, ...introductionCommands]
const PASS = 'correct horse battery staple'

/** The thin `withVault` wiring, end to end on a real encrypted vault in a temp dir. */
describe('kith people/journal/introduction commands on a vault', () => {
  let dir = ''
  let vault = ''
  beforeAll(async () => {
    setCliKdfPolicyForTests(UNSAFE_TEST_KDF_POLICY)
    dir = mkdtempSync(join(tmpdir(), 'kith-cli-services-'))
    vault = join(dir, 'test.kith')
    const created = await createVault(vault, {
      ownerName: 'Me',
      passphrase: PASS,
      kdfPolicy: UNSAFE_TEST_KDF_POLICY,
      kdf: UNSAFE_TEST_KDF_POLICY.floor,
    })
    await created.vault.lock()
  })
  afterAll(() => {
    setCliKdfPolicyForTests()
    rmSync(dir, { recursive: true, force: true })
  })

  async function kith(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = ''
    let err = ''
    const io: CliIo = {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      env: { KITH_PASSPHRASE: PASS },
      secret: () => Promise.resolve(PASS),
      clock: () => new Date('2026-06-01T10:00:00.000Z'),
    }
    const code = await runCli(argv, io, commands, 'test')
    return { code, out, err }
  }

  it('adds people, ties them, logs, introduces and lists', async () => {
    const ana = await kith(
      'add-person',
      '--vault',
      vault,
      '--name',
      'Ana Silva',
      '--tag',
      'climate',
    )
    expect(ana).toMatchObject({ code: 0 })
    await kith('add-person', '--vault', vault, '--name', 'Ben Okafor')
    await kith('add-person', '--vault', vault, '--name', 'Cy')
    expect((await kith('tie', '--vault', vault, 'Ana Silva', 'Cy', '--strength', '4')).code).toBe(0)
    const log = await kith('log', '--vault', vault, '--text', 'Lunch with @Ana Silva and @Ben')
    expect(log.code).toBe(0)
    expect(
      (await kith('introduce', '--vault', vault, 'Ben Okafor', 'Cy', '--status', 'made')).code,
    ).toBe(0)
    expect((await kith('log', '--vault', vault, '--text', 'with @Nobody')).code).toBe(4)

    const people = JSON.parse((await kith('people', '--vault', vault, '--json')).out) as {
      name: string
      lastContactAt: string | null
    }[]
    expect(people.find((p) => p.name === 'Ana Silva')?.lastContactAt).toBe(
      '2026-06-01T10:00:00.000Z',
    )
    const entries = JSON.parse(
      (await kith('entries', '--vault', vault, '--person', 'Ben Okafor', '--json')).out,
    ) as unknown[]
    expect(entries).toHaveLength(1)
    const intros = JSON.parse((await kith('introductions', '--vault', vault, '--json')).out) as {
      status: string
      tie: string | null
    }[]
    expect(intros).toMatchObject([{ status: 'made' }])
    expect(intros[0]?.tie).toMatch(/^[0-9a-f]{32}$/)
  })
})
