import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ParsedArgs } from '../../../src/cli/command'
import { demoCommand } from '../../../src/cli/commands/demo'
import { CliError, EXIT } from '../../../src/cli/exitCodes'
import { setCliKdfPolicyForTests } from '../../../src/cli/vaultAccess'
import { UNSAFE_TEST_KDF_POLICY, openVault } from '../../../src/core/vault'
import { fakeIo } from '../cli/fakeIo'

const PASS = 'demo passphrase'
const dirs: string[] = []

beforeAll(() => setCliKdfPolicyForTests(UNSAFE_TEST_KDF_POLICY))
afterAll(() => {
  setCliKdfPolicyForTests()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

function tempVault(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kith-demo-'))
  dirs.push(dir)
  return join(dir, 'demo.kith')
}

const args = (values: ParsedArgs['values']): ParsedArgs => ({ values, positionals: [] })

describe('kith demo', () => {
  it('creates a sealed vault filled with the demo network', async () => {
    const vault = tempVault()
    const io = fakeIo({ KITH_PASSPHRASE: PASS })
    const code = await demoCommand.run(args({ vault, people: '40', seed: '5', json: true }), io)
    expect(code).toBe(EXIT.ok)
    const out = JSON.parse(io.out.join('')) as {
      counts: Record<string, number>
      recoveryKey: string
    }
    expect(out.counts.person).toBe(40)
    expect(out.recoveryKey.length).toBeGreaterThan(10)
    const opened = await openVault(
      vault,
      { passphrase: PASS },
      { kdfPolicy: UNSAFE_TEST_KDF_POLICY },
    )
    try {
      const people = opened.list('person')
      expect(people).toHaveLength(41)
      expect(people.filter((p) => p.isMe)).toHaveLength(1)
      expect(opened.list('tie').length).toBe(out.counts.tie)
      expect(opened.list('introduction').length).toBeGreaterThanOrEqual(7)
      expect(opened.list('settings')).toHaveLength(1)
    } finally {
      await opened.lock()
    }
  })

  it('rejects a bad --people and an existing vault', async () => {
    const vault = tempVault()
    const io = fakeIo({ KITH_PASSPHRASE: PASS })
    await expect(demoCommand.run(args({ vault, people: 'many' }), io)).rejects.toMatchObject({
      exitCode: EXIT.usage,
    })
    await demoCommand.run(args({ vault, people: '20' }), io)
    const again = demoCommand.run(args({ vault, people: '20' }), io)
    await expect(again).rejects.toBeInstanceOf(CliError)
    await expect(again).rejects.toMatchObject({ exitCode: EXIT.conflict })
  })
})
