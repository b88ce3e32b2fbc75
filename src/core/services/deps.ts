import {
  cryptoRandomBytes,
  newId,
  type Clock,
  type IsoDateTime,
  type RandomBytes,
} from '../../shared/domain'

/** What every service needs besides the store: injected so tests are deterministic. */
export interface ServiceDeps {
  clock: Clock
  random?: RandomBytes
}

export function nowIso(deps: ServiceDeps): IsoDateTime {
  return deps.clock().toISOString()
}

export function freshId<T extends string>(deps: ServiceDeps): T {
  return newId<T>(deps.random ?? cryptoRandomBytes)
}

/**
 * Code-unit order for ids and ISO timestamps: what they are designed to sort by, and far cheaper
 * than `localeCompare` inside sorts of tens of thousands of records.
 */
export function byCodeUnit(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0
}
