import type Database from 'better-sqlite3'
import { ByteWriter, fromHex, toHex } from './bytes'
import { open, seal } from './crypto'

/** The encrypted whole-vault state: rewritten in the same transaction as every record write. */
export interface VaultState {
  epoch: number
  count: number
  digest: Uint8Array
}

function stateAd(vaultId: Uint8Array): Uint8Array {
  return new ByteWriter().text('kith.state.v1').bytes(vaultId).finish()
}

export function encryptState(state: VaultState, vaultId: Uint8Array, key: Uint8Array) {
  const json = JSON.stringify({
    epoch: state.epoch,
    count: state.count,
    digest: toHex(state.digest),
  })
  return seal(new TextEncoder().encode(json), stateAd(vaultId), key)
}

export function writeState(
  db: Database.Database,
  state: VaultState,
  vaultId: Uint8Array,
  key: Uint8Array,
): void {
  const { nonce, ciphertext } = encryptState(state, vaultId, key)
  db.prepare('INSERT OR REPLACE INTO state (id, nonce, ct) VALUES (1, ?, ?)').run(nonce, ciphertext)
}

/** undefined when the row is missing or does not verify. */
export function readState(
  db: Database.Database,
  vaultId: Uint8Array,
  key: Uint8Array,
): VaultState | undefined {
  const row = db.prepare('SELECT nonce, ct FROM state WHERE id = 1').get() as
    { nonce: Uint8Array; ct: Uint8Array } | undefined
  if (!row) return undefined
  const plain = open(new Uint8Array(row.ct), stateAd(vaultId), new Uint8Array(row.nonce), key)
  if (!plain) return undefined
  try {
    const parsed = JSON.parse(new TextDecoder().decode(plain)) as {
      epoch: number
      count: number
      digest: string
    }
    if (!Number.isSafeInteger(parsed.epoch) || !Number.isSafeInteger(parsed.count)) return undefined
    const digest = fromHex(parsed.digest)
    if (digest.length !== 32) return undefined
    return { epoch: parsed.epoch, count: parsed.count, digest }
  } catch {
    return undefined
  }
}
