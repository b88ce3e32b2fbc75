import {
  anyRecordSchema,
  clusterNameSchema,
  entrySchema,
  importBatchSchema,
  introductionSchema,
  layoutSchema,
  personSchema,
  settingsSchema,
  tieSchema,
  type AnyRecord,
  type RecordKind,
} from '../../shared/domain'
import { ByteWriter } from './bytes'
import { keyedHash, open, seal } from './crypto'
import { RecordTamperedError, RecordTooLargeError } from './errors'
import { MAX_PAYLOAD_BYTES, pad, unpad } from './padding'

/** Payload format 1: UTF-8 JSON of the record, padded to a size bucket. */
export const PAYLOAD_FORMAT_JSON = 1

export interface RecordRow {
  id: string
  ver: number
  key_gen: number
  fmt: number
  nonce: Uint8Array
  ct: Uint8Array
}

export interface RecordKeys {
  vaultId: Uint8Array
  /** Record keys by key generation. */
  recordKey: (keyGen: number) => Uint8Array
  digestKey: Uint8Array
}

const schemaByKind: Record<RecordKind, { parse: (value: unknown) => unknown }> = {
  person: personSchema,
  tie: tieSchema,
  entry: entrySchema,
  introduction: introductionSchema,
  clusterName: clusterNameSchema,
  layout: layoutSchema,
  settings: settingsSchema,
  importBatch: importBatchSchema,
}

/** Validates one record; a direct lookup by kind is much faster than the union at unlock. */
export function parseRecord(value: unknown): AnyRecord {
  const kind = (value as { kind?: unknown } | null)?.kind
  const schema = typeof kind === 'string' ? schemaByKind[kind as RecordKind] : undefined
  return (schema ? schema.parse(value) : anyRecordSchema.parse(value)) as AnyRecord
}

/** Binds a ciphertext to its vault, record, version, key generation and payload format. */
export function recordAd(
  vaultId: Uint8Array,
  id: string,
  ver: number,
  keyGen: number,
  fmt: number,
) {
  return new ByteWriter()
    .text('kith.record.v1')
    .bytes(vaultId)
    .text(id)
    .u64(ver)
    .u32(keyGen)
    .u32(fmt)
    .finish()
}

/**
 * The row's contribution to the set digest. The nonce stands in for the ciphertext: the AEAD tag
 * already ties the ciphertext to (key, nonce, associated data).
 */
export function rowHash(digestKey: Uint8Array, row: Omit<RecordRow, 'ct'>): Uint8Array {
  const message = new ByteWriter()
    .text(row.id)
    .u64(row.ver)
    .u32(row.key_gen)
    .u32(row.fmt)
    .bytes(row.nonce)
    .finish()
  return keyedHash(digestKey, message)
}

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

export function encryptRecord(
  record: AnyRecord,
  ver: number,
  keyGen: number,
  keys: RecordKeys,
): RecordRow {
  const json = encoder.encode(JSON.stringify(record))
  if (json.length > MAX_PAYLOAD_BYTES) {
    throw new RecordTooLargeError(record.id, json.length, MAX_PAYLOAD_BYTES)
  }
  const padded = pad(json)
  json.fill(0)
  const ad = recordAd(keys.vaultId, record.id, ver, keyGen, PAYLOAD_FORMAT_JSON)
  const { nonce, ciphertext } = seal(padded, ad, keys.recordKey(keyGen))
  padded.fill(0)
  return { id: record.id, ver, key_gen: keyGen, fmt: PAYLOAD_FORMAT_JSON, nonce, ct: ciphertext }
}

/** Throws RecordTamperedError naming the row's id for anything that does not verify. */
export function decryptRecord(row: RecordRow, keys: RecordKeys): AnyRecord {
  if (row.fmt !== PAYLOAD_FORMAT_JSON || !Number.isSafeInteger(row.ver)) {
    throw new RecordTamperedError(row.id)
  }
  let key: Uint8Array
  try {
    key = keys.recordKey(row.key_gen)
  } catch {
    throw new RecordTamperedError(row.id)
  }
  const ad = recordAd(keys.vaultId, row.id, row.ver, row.key_gen, row.fmt)
  const padded = open(row.ct, ad, row.nonce, key)
  if (!padded) throw new RecordTamperedError(row.id)
  try {
    const json = unpad(padded)
    if (!json) throw new RecordTamperedError(row.id)
    const record = parseRecord(JSON.parse(decoder.decode(json)))
    if (record.id !== row.id) throw new RecordTamperedError(row.id)
    return record
  } catch {
    throw new RecordTamperedError(row.id)
  } finally {
    padded.fill(0)
  }
}
