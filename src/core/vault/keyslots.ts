import type Database from 'better-sqlite3'
import { ByteWriter } from './bytes'
import { open, randomBytes, SALT_BYTES, seal, wipe } from './crypto'
import { VaultDamagedError, WrongPassphraseOrCorruptError } from './errors'
import { deriveOne, inProcessKdf, type KeyDeriver } from './kdf'
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

export interface SlotSpec {
  kind: SlotKind
  secret: Uint8Array
  params: KdfParams
}

/** Wraps the master key under each secret; all derivations run in one batch of `derive`. */
export async function wrapMasterKeys(
  master: Uint8Array,
  specs: readonly SlotSpec[],
  vaultId: Uint8Array,
  policy: KdfPolicy,
  derive: KeyDeriver = inProcessKdf,
): Promise<KeyslotRow[]> {
  const salts = specs.map(() => randomBytes(SALT_BYTES))
  const jobs = specs.map((spec, i) => ({
    secret: spec.secret,
    salt: salts[i]!,
    params: spec.params,
  }))
  const { keys } = await derive(jobs, policy)
  try {
    return specs.map((spec, i) => {
      const salt = salts[i]!
      const { nonce, ciphertext } = seal(
        master,
        slotAd(vaultId, spec.kind, spec.params, salt),
        keys[i]!,
      )
      return {
        kind: spec.kind,
        kdf_ops: spec.params.opsLimit,
        kdf_mem: spec.params.memLimitBytes,
        salt,
        nonce,
        wrapped: ciphertext,
      }
    })
  } finally {
    wipe(...keys)
  }
}

export async function wrapMasterKey(
  master: Uint8Array,
  secret: Uint8Array,
  kind: SlotKind,
  vaultId: Uint8Array,
  params: KdfParams,
  policy: KdfPolicy,
  derive: KeyDeriver = inProcessKdf,
): Promise<KeyslotRow> {
  const [row] = await wrapMasterKeys(master, [{ kind, secret, params }], vaultId, policy, derive)
  return row!
}

/** The slot's KDF parameters as numbers (they are checked against the policy before any use). */
export function slotParams(row: KeyslotRow): KdfParams {
  return { opsLimit: Number(row.kdf_ops), memLimitBytes: Number(row.kdf_mem) }
}

/** Checks the slot's KDF parameters against the policy before deriving anything. */
export async function unwrapMasterKey(
  row: KeyslotRow,
  secret: Uint8Array,
  vaultId: Uint8Array,
  policy: KdfPolicy,
  derive: KeyDeriver = inProcessKdf,
): Promise<Uint8Array> {
  const params = slotParams(row)
  const salt = new Uint8Array(row.salt)
  if (salt.length !== SALT_BYTES) throw new WrongPassphraseOrCorruptError()
  const kek = await deriveOne(derive, { secret, salt, params }, policy)
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
  if (!row) throw new VaultDamagedError(`no ${kind} key slot`)
  return row
}

export function writeSlot(db: Database.Database, row: KeyslotRow): void {
  db.prepare(
    'INSERT OR REPLACE INTO keyslot (kind, kdf_ops, kdf_mem, salt, nonce, wrapped) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(row.kind, row.kdf_ops, row.kdf_mem, row.salt, row.nonce, row.wrapped)
}
