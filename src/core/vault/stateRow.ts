import type Database from 'better-sqlite3'
import { ByteWriter, fromHex, toHex } from './bytes'
import { open, seal } from './crypto'

/** The encrypted whole-vault state: rewritten in the same transaction as every record write. */
export interface VaultState {
  epoch: number
  count: number
  digest: Uint8Array
  /** Random per commit (hex): two different states never share an epoch and a commit id. */
  commitId: string
  /** Integrity decisions the user made, kept inside the vault (newest last, bounded). */
  log: IntegrityLogEntry[]
}

export interface IntegrityLogEntry {
  event: 'accepted-older-copy' | 'acknowledged-missing-mark'
  at: string
  /** The file's epoch and the device's mark when the user decided. */
  fileEpoch: number
  markEpoch: number | null
}

export const MAX_LOG_ENTRIES = 100

function parseLog(value: unknown): IntegrityLogEntry[] {
  if (!Array.isArray(value)) return []
  const out: IntegrityLogEntry[] = []
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue
    const { event, at, fileEpoch, markEpoch } = item as Record<string, unknown>
    if (event !== 'accepted-older-copy' && event !== 'acknowledged-missing-mark') continue
    if (typeof at !== 'string' || !Number.isSafeInteger(fileEpoch)) continue
    const mark = Number.isSafeInteger(markEpoch) ? (markEpoch as number) : null
    out.push({ event, at, fileEpoch: fileEpoch as number, markEpoch: mark })
  }
  return out.slice(-MAX_LOG_ENTRIES)
}

function stateAd(vaultId: Uint8Array): Uint8Array {
  return new ByteWriter().text('kith.state.v1').bytes(vaultId).finish()
}

export function encryptState(state: VaultState, vaultId: Uint8Array, key: Uint8Array) {
  const json = JSON.stringify({
    epoch: state.epoch,
    count: state.count,
    digest: toHex(state.digest),
    commitId: state.commitId,
    ...(state.log.length > 0 ? { log: state.log.slice(-MAX_LOG_ENTRIES) } : {}),
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
      commitId?: unknown
      log?: unknown
    }
    if (!Number.isSafeInteger(parsed.epoch) || !Number.isSafeInteger(parsed.count)) return undefined
    const digest = fromHex(parsed.digest)
    if (digest.length !== 32) return undefined
    // Vaults written before commit ids existed have none: '' until their next commit.
    const commitId =
      typeof parsed.commitId === 'string' && /^[0-9a-f]{32}$/.test(parsed.commitId)
        ? parsed.commitId
        : ''
    return {
      epoch: parsed.epoch,
      count: parsed.count,
      digest,
      commitId,
      log: parseLog(parsed.log),
    }
  } catch {
    return undefined
  }
}
