import { KdfParamsRejectedError } from './errors'

export interface KdfParams {
  opsLimit: number
  memLimitBytes: number
}

/**
 * What this app accepts from a file (floor: downgrade guard; ceiling: denial-of-service guard)
 * and what it uses for new key slots. Checked before any derivation runs.
 */
export interface KdfPolicy {
  floor: KdfParams
  ceiling: KdfParams
  defaults: KdfParams
}

const MiB = 1024 * 1024

export const DEFAULT_KDF_POLICY: KdfPolicy = Object.freeze({
  floor: Object.freeze({ opsLimit: 2, memLimitBytes: 64 * MiB }),
  ceiling: Object.freeze({ opsLimit: 10, memLimitBytes: 1024 * MiB }),
  defaults: Object.freeze({ opsLimit: 3, memLimitBytes: 256 * MiB }),
})

/**
 * WARNING: for tests, fixtures and benchmarks only. It is injected through code (never read from
 * a file or the environment), so a tampered vault cannot talk the app into weak parameters.
 */
export const UNSAFE_TEST_KDF_POLICY: KdfPolicy = Object.freeze({
  floor: Object.freeze({ opsLimit: 1, memLimitBytes: 8 * MiB }),
  ceiling: Object.freeze({ opsLimit: 10, memLimitBytes: 1024 * MiB }),
  defaults: Object.freeze({ opsLimit: 1, memLimitBytes: 8 * MiB }),
})

export function checkKdfParams(params: KdfParams, policy: KdfPolicy): void {
  const { opsLimit, memLimitBytes } = params
  if (!Number.isSafeInteger(opsLimit) || !Number.isSafeInteger(memLimitBytes)) {
    throw new KdfParamsRejectedError('not integers')
  }
  if (opsLimit < policy.floor.opsLimit || memLimitBytes < policy.floor.memLimitBytes) {
    throw new KdfParamsRejectedError(
      `below the minimum (${policy.floor.opsLimit} passes, ${policy.floor.memLimitBytes / MiB} MiB)`,
    )
  }
  if (opsLimit > policy.ceiling.opsLimit || memLimitBytes > policy.ceiling.memLimitBytes) {
    throw new KdfParamsRejectedError(
      `above the maximum (${policy.ceiling.opsLimit} passes, ${policy.ceiling.memLimitBytes / MiB} MiB)`,
    )
  }
}

/** Whether a slot's parameters are weaker than what the policy would use for a new slot. */
export function belowDefaults(params: KdfParams, policy: KdfPolicy): boolean {
  return (
    params.opsLimit < policy.defaults.opsLimit ||
    params.memLimitBytes < policy.defaults.memLimitBytes
  )
}
