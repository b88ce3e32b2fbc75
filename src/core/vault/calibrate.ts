import { initCrypto, randomBytes, SALT_BYTES, wipe } from './crypto'
import type { KeyDeriver } from './kdf'
import type { KdfParams, KdfPolicy } from './kdfPolicy'

/** Argon2id at creation should take about this long on the machine that creates the vault. */
export const KDF_TARGET_MS = 1000

/**
 * Times one Argon2id pass at the policy's default memory (throwaway secret and salt) and picks the
 * pass count that takes about `targetMs`, never below the policy's defaults nor above its ceiling.
 */
export async function calibrateKdf(
  policy: KdfPolicy,
  derive: KeyDeriver,
  targetMs: number = KDF_TARGET_MS,
): Promise<{ params: KdfParams; onePassMs: number }> {
  await initCrypto()
  const memLimitBytes = policy.defaults.memLimitBytes
  // One pass may be below the policy's floor; this run protects nothing.
  const probePolicy: KdfPolicy = { ...policy, floor: { opsLimit: 1, memLimitBytes } }
  const secret = randomBytes(32)
  const { keys, ms } = await derive(
    [{ secret, salt: randomBytes(SALT_BYTES), params: { opsLimit: 1, memLimitBytes } }],
    probePolicy,
  )
  wipe(secret, ...keys)
  const onePassMs = Math.max(ms[0] ?? 0, 0.001)
  return {
    params: { opsLimit: pickOpsLimit(onePassMs, targetMs, policy), memLimitBytes },
    onePassMs,
  }
}

export function pickOpsLimit(onePassMs: number, targetMs: number, policy: KdfPolicy): number {
  const wanted = Number.isFinite(onePassMs) && onePassMs > 0 ? Math.round(targetMs / onePassMs) : 0
  return Math.min(policy.ceiling.opsLimit, Math.max(policy.defaults.opsLimit, wanted))
}

/** Whether two policies are the same by value (a policy that crossed to a worker is a copy). */
export function samePolicy(a: KdfPolicy, b: KdfPolicy): boolean {
  const same = (x: KdfParams, y: KdfParams) =>
    x.opsLimit === y.opsLimit && x.memLimitBytes === y.memLimitBytes
  return same(a.floor, b.floor) && same(a.ceiling, b.ceiling) && same(a.defaults, b.defaults)
}
