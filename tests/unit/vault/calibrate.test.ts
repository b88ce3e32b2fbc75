import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import {
  calibrateKdf,
  createVault,
  DEFAULT_KDF_POLICY,
  inProcessKdf,
  UNSAFE_TEST_KDF_POLICY,
  type KeyDeriver,
} from '../../../src/core/vault'
import { pickOpsLimit } from '../../../src/core/vault/calibrate'
import { PASSPHRASE, clock, tempDir, track } from './helpers'

/** Derives for real (cheaply) but reports a chosen time for every run: the machine's speed, injected. */
function deriverTaking(ms: number, seen: number[] = []): KeyDeriver {
  return async (jobs, policy) => {
    for (const job of jobs) seen.push(job.params.opsLimit)
    const result = await inProcessKdf(jobs, policy)
    return { keys: result.keys, ms: result.ms.map(() => ms) }
  }
}

function slots(path: string): Record<string, { ops: number; mem: number }> {
  const db = new Database(path, { readonly: true })
  const rows = db.prepare('SELECT kind, kdf_ops, kdf_mem FROM keyslot').all() as {
    kind: string
    kdf_ops: number
    kdf_mem: number
  }[]
  db.close()
  return Object.fromEntries(rows.map((r) => [r.kind, { ops: r.kdf_ops, mem: r.kdf_mem }]))
}

describe('KDF calibration at creation', () => {
  it('picks the pass count for the target time, within [defaults, ceiling]', () => {
    expect(pickOpsLimit(250, 1000, DEFAULT_KDF_POLICY)).toBe(4)
    expect(pickOpsLimit(330, 1000, DEFAULT_KDF_POLICY)).toBe(3)
    expect(pickOpsLimit(900, 1000, DEFAULT_KDF_POLICY)).toBe(3)
    expect(pickOpsLimit(20, 1000, DEFAULT_KDF_POLICY)).toBe(10)
    expect(pickOpsLimit(0, 1000, DEFAULT_KDF_POLICY)).toBe(3)
    expect(pickOpsLimit(Number.NaN, 1000, DEFAULT_KDF_POLICY)).toBe(3)
  })

  it('measures one pass at the default memory', async () => {
    const seen: number[] = []
    const result = await calibrateKdf(UNSAFE_TEST_KDF_POLICY, deriverTaking(200, seen), 1000)
    expect(seen).toEqual([1])
    expect(result).toEqual({
      params: { opsLimit: 5, memLimitBytes: UNSAFE_TEST_KDF_POLICY.defaults.memLimitBytes },
      onePassMs: 200,
    })
  })

  it('records the calibrated parameters in the passphrase slot; the recovery slot keeps the defaults', async () => {
    const path = join(tempDir(), 'cal.kith')
    const seen: number[] = []
    const { vault } = await createVault(
      path,
      {
        ownerName: 'Calibrated',
        passphrase: PASSPHRASE,
        clock,
        kdfPolicy: UNSAFE_TEST_KDF_POLICY,
        calibrateKdf: { targetMs: 1000 },
      },
      deriverTaking(250, seen),
    )
    track(vault)
    expect(seen).toEqual([1, 4, 1])
    const mem = UNSAFE_TEST_KDF_POLICY.defaults.memLimitBytes
    expect(slots(path)).toEqual({ passphrase: { ops: 4, mem }, recovery: { ops: 1, mem } })
    // A later passphrase change keeps the calibrated cost.
    await vault.changePassphrase('changed passphrase')
    expect(slots(path).passphrase).toEqual({ ops: 4, mem })
  })

  it('is off by default with a test policy, and can be turned off in code', async () => {
    for (const calibrateKdf of [undefined, false]) {
      const path = join(tempDir(), 'plain.kith')
      const seen: number[] = []
      const { vault } = await createVault(
        path,
        {
          ownerName: 'Plain',
          passphrase: PASSPHRASE,
          kdfPolicy: UNSAFE_TEST_KDF_POLICY,
          ...(calibrateKdf === undefined ? {} : { calibrateKdf }),
        },
        deriverTaking(1, seen),
      )
      track(vault)
      expect(seen).toEqual([1, 1])
      expect(slots(path).passphrase?.ops).toBe(UNSAFE_TEST_KDF_POLICY.defaults.opsLimit)
    }
  })
})
