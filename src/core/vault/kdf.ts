import { deriveKeyFromSecret, initCrypto, wipe } from './crypto'
import { checkKdfParams, type KdfParams, type KdfPolicy } from './kdfPolicy'

/** One Argon2id derivation: the secret is the NFKD passphrase or the recovery key's bytes. */
export interface KdfJob {
  secret: Uint8Array
  salt: Uint8Array
  params: KdfParams
}

export interface KdfResult {
  /** One 32-byte key per job, in order. The caller owns them and must wipe them. */
  keys: Uint8Array[]
  /** Milliseconds each Argon2id run took (the derivation alone, not a worker's start-up). */
  ms: number[]
}

/**
 * Runs Argon2id derivations. In-process for the CLI and tests; the engine worker uses
 * `isolatedKdf`, which runs them in a short-lived thread so their heap never stays resident.
 */
export type KeyDeriver = (jobs: readonly KdfJob[], policy: KdfPolicy) => Promise<KdfResult>

/** Checks every job's parameters before anything runs, so a bad slot costs no derivation. */
export function checkJobs(jobs: readonly KdfJob[], policy: KdfPolicy): void {
  for (const job of jobs) checkKdfParams(job.params, policy)
}

export const inProcessKdf: KeyDeriver = async (jobs, policy) => {
  checkJobs(jobs, policy)
  await initCrypto()
  const keys: Uint8Array[] = []
  const ms: number[] = []
  try {
    for (const job of jobs) {
      const start = performance.now()
      keys.push(deriveKeyFromSecret(job.secret, job.salt, job.params, policy))
      ms.push(performance.now() - start)
    }
  } catch (error) {
    wipe(...keys)
    throw error
  }
  return { keys, ms }
}

/** One derivation through a deriver; the returned key is the caller's to wipe. */
export async function deriveOne(
  derive: KeyDeriver,
  job: KdfJob,
  policy: KdfPolicy,
): Promise<Uint8Array> {
  const { keys } = await derive([job], policy)
  return keys[0]!
}
