import type Database from 'better-sqlite3'
import { ByteWriter } from './bytes'
import { deriveKeyFromSecret, open, randomBytes, SALT_BYTES, seal, wipe } from './crypto'
import { NotAVaultError, WrongPassphraseOrCorruptError } from './errors'
import type { KdfParams, KdfPolicy } from './kdfPolicy'

export type SlotKind = 'passphrase' | 'recovery'

export interface KeyslotRow {
  kind: SlotKind
  kdf_ops: number
  kdf_mem: number
  salt: Uint8Array
  nonce: Uint8Array
  wrapped: Uint8Array
}

/** Everything about the slot is bound: changing params, salt, kind or vault makes unwrapping fail. */
function slotAd(vaultId: Uint8Array, kind: SlotKind, params: KdfParams, salt: Uint8Array) {
  return new ByteWriter()
    .text('kith.keyslot.v1')
    .bytes(vaultId)
    .text(kind)
    .u32(params.opsLimit)
    .u64(params.memLimitBytes)
    .bytes(salt)
    .finish()
}

export function wrapMasterKey(
  master: Uint8Array,
  secret: Uint8Array,
  kind: SlotKind,
  vaultId: Uint8Array,
  params: KdfParams,
  policy: KdfPolicy,
): KeyslotRow {
  const salt = randomBytes(SALT_BYTES)
  const kek = deriveKeyFromSecret(secret, salt, params, policy)
  try {
    const { nonce, ciphertext } = seal(master, slotAd(vaultId, kind, params, salt), kek)
    return {
      kind,
      kdf_ops: params.opsLimit,
      kdf_mem: params.memLimitBytes,
      salt,
      nonce,
      wrapped: ciphertext,
    }
  } finally {
    wipe(kek)
  }
}

/** Checks the slot's KDF parameters against the policy before deriving anything. */
export function unwrapMasterKey(
  row: KeyslotRow,
  secret: Uint8Array,
  vaultId: Uint8Array,
  policy: KdfPolicy,
): Uint8Array {
  const params = { opsLimit: Number(row.kdf_ops), memLimitBytes: Number(row.kdf_mem) }
  const salt = new Uint8Array(row.salt)
  if (salt.length !== SALT_BYTES) throw new WrongPassphraseOrCorruptError()
  const kek = deriveKeyFromSecret(secret, salt, params, policy)
  try {
    const master = open(
      new Uint8Array(row.wrapped),
      slotAd(vaultId, row.kind, params, salt),
      new Uint8Array(row.nonce),
      kek,
    )
    if (!master)
      throw new WrongPassphraseOrCorruptError(
        row.kind === 'recovery' ? 'recovery key' : 'passphrase',
      )
    return master
  } finally {
    wipe(kek)
  }
}

export function readSlot(db: Database.Database, kind: SlotKind): KeyslotRow {
  const row = db
    .prepare('SELECT kind, kdf_ops, kdf_mem, salt, nonce, wrapped FROM keyslot WHERE kind = ?')
    .get(kind) as KeyslotRow | undefined
  if (!row) throw new NotAVaultError(`no ${kind} key slot`)
  return row
}

export function writeSlot(db: Database.Database, row: KeyslotRow): void {
  db.prepare(
    'INSERT OR REPLACE INTO keyslot (kind, kdf_ops, kdf_mem, salt, nonce, wrapped) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(row.kind, row.kdf_ops, row.kdf_mem, row.salt, row.nonce, row.wrapped)
}
