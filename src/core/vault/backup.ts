import { existsSync, readFileSync, unlinkSync } from 'node:fs'
import Database from 'better-sqlite3'
import { fromHex, toHex } from './bytes'
import {
  encodePassphrase,
  initCrypto,
  randomBytes,
  SALT_BYTES,
  streamPuller,
  streamPusher,
  wipe,
} from './crypto'
import { fsyncFile, publishNoClobber, writeDurableTemp } from './atomicFile'
import { applyPragmas, restrictModes } from './database'
import { BackupInvalidError, VaultExistsError } from './errors'
import { deriveOne, inProcessKdf, type KeyDeriver } from './kdf'
import { DEFAULT_KDF_POLICY, type KdfParams, type KdfPolicy } from './kdfPolicy'
import { VAULT_MAGIC } from './migrations'

/**
 * Backup file: MAGIC | u32 header length | header JSON | (u32 length | secretstream chunk)*.
 * The whole prefix (magic + header) is the associated data of every chunk, so KDF parameters,
 * salt and stream header cannot be swapped; the last chunk must carry the FINAL tag.
 */
const MAGIC = new TextEncoder().encode('KITHBAK1')
const CHUNK_BYTES = 64 * 1024
const MAX_HEADER_BYTES = 4096

interface BackupHeader {
  format: 1
  kdf: KdfParams
  salt: string
  stream: string
}

function u32(value: number): Uint8Array {
  const out = new Uint8Array(4)
  new DataView(out.buffer).setUint32(0, value)
  return out
}

export async function writeBackupFile(
  database: Uint8Array,
  outPath: string,
  passphrase: string,
  policy: KdfPolicy = DEFAULT_KDF_POLICY,
  deriveKeys: KeyDeriver = inProcessKdf,
): Promise<void> {
  await initCrypto()
  const secret = encodePassphrase(passphrase)
  if (existsSync(outPath)) {
    wipe(secret)
    throw new VaultExistsError()
  }
  const salt = randomBytes(SALT_BYTES)
  let key: Uint8Array
  try {
    key = await deriveOne(deriveKeys, { secret, salt, params: policy.defaults }, policy)
  } finally {
    wipe(secret)
  }
  try {
    const pusher = streamPusher(key)
    const header: BackupHeader = {
      format: 1,
      kdf: { ...policy.defaults },
      salt: toHex(salt),
      stream: toHex(pusher.header),
    }
    const headerBytes = new TextEncoder().encode(JSON.stringify(header))
    const prefix = new Uint8Array(MAGIC.length + 4 + headerBytes.length)
    prefix.set(MAGIC)
    prefix.set(u32(headerBytes.length), MAGIC.length)
    prefix.set(headerBytes, MAGIC.length + 4)
    function* chunks(): Generator<Uint8Array> {
      yield prefix
      let offset = 0
      do {
        const end = Math.min(offset + CHUNK_BYTES, database.length)
        const final = end === database.length
        const sealed = pusher.push(database.subarray(offset, end), prefix, final)
        yield u32(sealed.length)
        yield sealed
        offset = end
      } while (offset < database.length)
    }
    const temp = writeDurableTemp(outPath, chunks())
    publishNoClobber(temp, outPath)
  } finally {
    wipe(key)
  }
}

/** Decrypts a backup into the vault file's bytes; anything short of a clean final chunk is invalid. */
export async function readBackupFile(
  path: string,
  passphrase: string,
  policy: KdfPolicy = DEFAULT_KDF_POLICY,
  deriveKeys: KeyDeriver = inProcessKdf,
): Promise<Uint8Array> {
  await initCrypto()
  const secret = encodePassphrase(passphrase)
  let file: Buffer
  try {
    file = readFileSync(path)
  } catch {
    wipe(secret)
    throw new BackupInvalidError('the file cannot be read')
  }
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength)
  if (file.length < MAGIC.length + 4 || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    wipe(secret)
    throw new BackupInvalidError('not a Kith backup')
  }
  const headerLength = view.getUint32(MAGIC.length)
  const headerEnd = MAGIC.length + 4 + headerLength
  if (headerLength > MAX_HEADER_BYTES || headerEnd > file.length) {
    wipe(secret)
    throw new BackupInvalidError('damaged header')
  }
  let header: BackupHeader
  try {
    header = JSON.parse(file.subarray(MAGIC.length + 4, headerEnd).toString('utf8')) as BackupHeader
  } catch {
    wipe(secret)
    throw new BackupInvalidError('damaged header')
  }
  const prefix = new Uint8Array(file.subarray(0, headerEnd))
  const salt = fromHex(String(header.salt))
  if (header.format !== 1 || salt.length !== SALT_BYTES) {
    wipe(secret)
    throw new BackupInvalidError('unknown backup format')
  }
  let key: Uint8Array
  try {
    const params = {
      opsLimit: Number(header.kdf?.opsLimit),
      memLimitBytes: Number(header.kdf?.memLimitBytes),
    }
    key = await deriveOne(deriveKeys, { secret, salt, params }, policy)
  } finally {
    wipe(secret)
  }
  try {
    const puller = streamPuller(fromHex(String(header.stream)), key)
    if (!puller) throw new BackupInvalidError('damaged header')
    const parts: Uint8Array[] = []
    let total = 0
    let offset = headerEnd
    let finished = false
    while (offset < file.length) {
      if (finished) throw new BackupInvalidError('data after the final chunk')
      if (offset + 4 > file.length) throw new BackupInvalidError('truncated')
      const length = view.getUint32(offset)
      offset += 4
      if (offset + length > file.length) throw new BackupInvalidError('truncated')
      const result = puller.pull(new Uint8Array(file.subarray(offset, offset + length)), prefix)
      if (!result) {
        throw new BackupInvalidError('wrong passphrase, or the backup was modified')
      }
      offset += length
      parts.push(result.message)
      total += result.message.length
      finished = result.final
    }
    if (!finished) throw new BackupInvalidError('truncated (no final chunk)')
    const out = new Uint8Array(total)
    let at = 0
    for (const part of parts) {
      out.set(part, at)
      at += part.length
      part.fill(0)
    }
    return out
  } finally {
    wipe(key)
  }
}

/** Structural checks a restore can make without the vault's own passphrase. */
function checkVaultFile(path: string): void {
  const db = new Database(path, { fileMustExist: true })
  try {
    applyPragmas(db)
    const ok = db.pragma('integrity_check', { simple: true })
    if (ok !== 'ok') throw new BackupInvalidError('the vault inside fails SQLite integrity_check')
    const magic = db.prepare("SELECT value FROM meta WHERE key = 'magic'").get() as
      { value: unknown } | undefined
    if (String(magic?.value) !== VAULT_MAGIC) throw new BackupInvalidError('no vault inside')
    const slot = db.prepare("SELECT kind FROM keyslot WHERE kind = 'passphrase'").get()
    if (!slot) throw new BackupInvalidError('the vault inside has no passphrase slot')
  } catch (error) {
    if (error instanceof BackupInvalidError) throw error
    throw new BackupInvalidError('no readable vault inside')
  } finally {
    db.close()
  }
}

/**
 * Restores into a NEW file: decrypt, write a 0600 temp file beside the target, check it, fsync,
 * then publish without ever overwriting. The restored vault keeps the passphrase it had.
 */
export async function restoreBackup(
  backupPath: string,
  backupPassphrase: string,
  newVaultPath: string,
  options: { kdfPolicy?: KdfPolicy } = {},
  /** Internal: how Argon2id runs (see `WorkerVault.restoreBackup`, which isolates it). */
  deriveKeys: KeyDeriver = inProcessKdf,
): Promise<void> {
  if (existsSync(newVaultPath)) throw new VaultExistsError()
  const bytes = await readBackupFile(backupPath, backupPassphrase, options.kdfPolicy, deriveKeys)
  const temp = writeDurableTemp(newVaultPath, [bytes])
  bytes.fill(0)
  try {
    checkVaultFile(temp)
    restrictModes(temp)
    // checkVaultFile checkpointed and closed the temp; fsync again before publishing.
    fsyncFile(temp)
    publishNoClobber(temp, newVaultPath)
  } catch (error) {
    for (const file of [temp, `${temp}-wal`, `${temp}-shm`]) {
      try {
        unlinkSync(file)
      } catch {
        // Not there.
      }
    }
    throw error
  }
}
