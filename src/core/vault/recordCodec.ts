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
import { keyedHash, open, seal, type BulkOpener } from './crypto'
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

function recordAdWriter(
  vaultId: Uint8Array,
  id: string,
  ver: number,
  keyGen: number,
  fmt: number,
): ByteWriter {
  return new ByteWriter()
    .text('kith.record.v1')
    .bytes(vaultId)
    .text(id)
    .u64(ver)
    .u32(keyGen)
    .u32(fmt)
}

/** Binds a ciphertext to its vault, record, version, key generation and payload format. */
export function recordAd(
  vaultId: Uint8Array,
  id: string,
  ver: number,
  keyGen: number,
  fmt: number,
): Uint8Array {
  return recordAdWriter(vaultId, id, ver, keyGen, fmt).finish()
}

/**
 * The row's contribution to the set digest. The nonce stands in for the ciphertext: the AEAD tag
 * already ties the ciphertext to (key, nonce, associated data).
 */
export function rowHash(digestKey: Uint8Array, row: Omit<RecordRow, 'ct'>): Uint8Array {
  return keyedHash(digestKey, rowHashMessage(row.id, row.ver, row.key_gen, row.fmt, row.nonce))
}

/** rowHash written into `out` through a bulk opener (no per-row copies). */
export function rowHashInto(
  opener: BulkOpener,
  digestKey: Uint8Array,
  id: string,
  ver: number,
  keyGen: number,
  fmt: number,
  nonce: Uint8Array,
  out: Uint8Array,
): void {
  opener.hashInto(digestKey, rowHashMessageView(id, ver, keyGen, fmt, nonce), out)
}

function rowHashMessageView(
  id: string,
  ver: number,
  keyGen: number,
  fmt: number,
  nonce: Uint8Array,
): Uint8Array {
  return new ByteWriter().text(id).u64(ver).u32(keyGen).u32(fmt).bytes(nonce).view()
}

function rowHashMessage(
  id: string,
  ver: number,
  keyGen: number,
  fmt: number,
  nonce: Uint8Array,
): Uint8Array {
  return new Uint8Array(rowHashMessageView(id, ver, keyGen, fmt, nonce))
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
export function decryptRecord(row: RecordRow, keys: RecordKeys, opener?: BulkOpener): AnyRecord {
  return decryptFields(row.id, row.ver, row.key_gen, row.fmt, row.nonce, row.ct, keys, opener)
}

/**
 * decryptRecord on a row's fields (the unlock scan builds no row objects). With an opener the
 * plaintext never leaves the WASM heap except as the decoded string, and is zeroed there after.
 */
export function decryptFields(
  id: string,
  ver: number,
  keyGen: number,
  fmt: number,
  nonce: Uint8Array,
  ct: Uint8Array,
  keys: RecordKeys,
  opener?: BulkOpener,
): AnyRecord {
  if (fmt !== PAYLOAD_FORMAT_JSON || !Number.isSafeInteger(ver)) {
    throw new RecordTamperedError(id)
  }
  let key: Uint8Array
  try {
    key = keys.recordKey(keyGen)
  } catch {
    throw new RecordTamperedError(id)
  }
  let padded: Uint8Array | null
  if (opener) {
    padded = opener.open(ct, recordAdWriter(keys.vaultId, id, ver, keyGen, fmt).view(), nonce, key)
  } else {
    padded = open(ct, recordAd(keys.vaultId, id, ver, keyGen, fmt), nonce, key)
  }
  if (!padded) throw new RecordTamperedError(id)
  try {
    const json = unpad(padded)
    if (!json) throw new RecordTamperedError(id)
    const record = parseRecord(JSON.parse(decoder.decode(json)))
    if (record.id !== id) throw new RecordTamperedError(id)
    return record
  } catch {
    throw new RecordTamperedError(id)
  } finally {
    if (opener) opener.wipePlaintext()
    else padded.fill(0)
  }
}
