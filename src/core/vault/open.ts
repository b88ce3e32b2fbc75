import { existsSync, unlinkSync } from 'node:fs'
import { newId, systemClock, type Clock } from '../../shared/domain'
import { encodePassphrase, initCrypto, KEY_BYTES, randomBytes, wipe } from './crypto'
import { openDatabase, type OpenedDatabase } from './database'
import { fileMarkStore, withSeedMarks, type EpochMark, type MarkStore } from './epochMark'
import { NotAVaultError, VaultDamagedError, VaultError, VaultExistsError } from './errors'
import { defaultMarkDirectory } from '../paths'
import {
  belowDefaults,
  checkKdfParams,
  DEFAULT_KDF_POLICY,
  type KdfParams,
  type KdfPolicy,
} from './kdfPolicy'
import {
  readSlot,
  slotParams,
  unwrapMasterKey,
  wrapMasterKey,
  wrapMasterKeys,
  writeSlot,
} from './keyslots'
import {
  CURRENT_FORMAT_VERSION,
  migrate,
  MIGRATIONS,
  readFormatVersion,
  VAULT_MAGIC,
  type Migration,
} from './migrations'
import { rotateAutoBackups, writeAutoBackup, type AutoBackupOptions } from './autoBackup'
import { calibrateKdf, KDF_TARGET_MS, samePolicy } from './calibrate'
import { inProcessKdf, type KeyDeriver } from './kdf'
import type Database from 'better-sqlite3'
import { formatRecoveryKey, RECOVERY_KEY_BYTES } from './recoveryKey'
import type { ProjectionSink } from './scan'
import { secretBytes, type VaultSecret } from './secretBytes'
import { writeState } from './stateRow'
import { RECORD_KEY_GENERATION, Vault, type VerifyReport } from './vault'
import { deriveSubkey } from './crypto'

export interface VaultFileOptions {
  /** WARNING: only tests, fixtures and benchmarks pass a weaker policy (in code, never from config). */
  kdfPolicy?: KdfPolicy
  /**
   * Where this device keeps the vaults' high-water marks, keyed by vault id: the app's config
   * directory (`marks/` in it) by default, never beside the vault, so a copied or restored vault
   * folder does not bring an old mark with it.
   */
  markDirectory?: string
  /** Marks kept elsewhere too (the app's `safeStorage` copy), by vault id; the higher one wins. */
  seedMarks?: Record<string, EpochMark>
  /**
   * WARNING: tests only, in process (functions never cross to the engine worker): the migration
   * list to open with instead of the app's own.
   */
  migrations?: readonly Migration[]
  /** Rewrap a passphrase slot weaker than the policy's defaults after unlocking (default true). */
  upgradeWeakSlots?: boolean
  /**
   * Copies of the encrypted file written before a passphrase change, a slot upgrade or a
   * migration (default: `backups` beside the vault, newest 3 kept); `false` turns them off.
   */
  autoBackups?: AutoBackupOptions | false
}

export interface CreateVaultOptions extends VaultFileOptions {
  ownerName: string
  passphrase: string
  /** Argon2id parameters for the passphrase slot; calibrated (or the policy's defaults) when absent. */
  kdf?: KdfParams
  /**
   * Time Argon2id on this machine and raise the pass count until a derivation takes about
   * `targetMs` (default 1000), never below the policy's defaults. On by default only with the
   * default policy; tests and fixtures pass `false` (or a cheap policy) in code.
   */
  calibrateKdf?: boolean | { targetMs: number }
  clock?: Clock
}

export type { VaultSecret } from './secretBytes'

const VAULT_ID_BYTES = 16

function markStoreFor(options: VaultFileOptions): MarkStore {
  return withSeedMarks(
    fileMarkStore(options.markDirectory ?? defaultMarkDirectory()),
    options.seedMarks,
  )
}

function metaValue(db: Database.Database, key: string): unknown {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    { value: unknown } | undefined
  return row?.value
}

/**
 * Reads and checks the plaintext header rows. Everything here must be right before anything is
 * written: a file with a missing or invalid magic, vault id or format version is damaged (or not
 * a vault) and is never migrated, backed up or rotated.
 */
function readMeta(opened: OpenedDatabase): { vaultId: Uint8Array; fileVersion: number } {
  const { db } = opened
  const hasMeta = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
    .get()
  if (!hasMeta) throw new NotAVaultError('no vault metadata')
  let magic: unknown
  let vaultId: unknown
  let version: unknown
  try {
    magic = metaValue(db, 'magic')
    vaultId = metaValue(db, 'vault_id')
    version = metaValue(db, 'format_version')
  } catch {
    throw new VaultDamagedError('unreadable vault metadata')
  }
  if (magic !== VAULT_MAGIC) throw new VaultDamagedError('missing or wrong vault magic')
  if (!(vaultId instanceof Uint8Array) || vaultId.length !== VAULT_ID_BYTES) {
    throw new VaultDamagedError('damaged vault id')
  }
  // Stored as an INTEGER by the migration runner: anything else was not written by Kith.
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw new VaultDamagedError('missing or invalid format version')
  }
  return { vaultId: new Uint8Array(vaultId), fileVersion: version }
}

/** SQLite's own "the file is damaged" errors, wherever they surface during an open. */
function asDamaged(error: unknown): unknown {
  if (error instanceof VaultError) return error
  const code = (error as { code?: unknown }).code
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_CORRUPT_VTAB') {
    return new VaultDamagedError('the database structure is broken or the file is truncated')
  }
  return error
}

/**
 * Creates a new vault file (mode 0600) with its owner and settings records.
 * Returns the unlocked vault and the recovery key, which is shown once and never stored.
 */
export async function createVault(
  path: string,
  options: CreateVaultOptions,
  /** Internal: how Argon2id runs (the engine worker isolates it; see `isolatedKdf`). */
  deriveKeys: KeyDeriver = inProcessKdf,
): Promise<{ vault: Vault; recoveryKey: string }> {
  await initCrypto()
  const policy = options.kdfPolicy ?? DEFAULT_KDF_POLICY
  if (options.kdf) checkKdfParams(options.kdf, policy)
  const secret = encodePassphrase(options.passphrase)
  if (existsSync(path)) {
    wipe(secret)
    throw new VaultExistsError()
  }
  let params: KdfParams
  try {
    params = options.kdf ?? (await creationParams(options, policy, deriveKeys))
  } catch (error) {
    wipe(secret)
    throw error
  }
  const clock = options.clock ?? systemClock
  const opened = openDatabase(path, { create: true })
  const master = randomBytes(KEY_BYTES)
  const recoveryBytes = randomBytes(RECOVERY_KEY_BYTES)
  let vault: Vault | undefined
  try {
    const vaultId = randomBytes(VAULT_ID_BYTES)
    // The recovery key is 128 random bits: stretching it longer than the defaults adds nothing.
    const [passphraseSlot, recoverySlot] = await wrapMasterKeys(
      master,
      [
        { kind: 'passphrase', secret, params },
        { kind: 'recovery', secret: recoveryBytes, params: options.kdf ?? policy.defaults },
      ],
      vaultId,
      policy,
      deriveKeys,
    )
    const stateKey = deriveSubkey(master, 'kithstat', 1)
    const { db } = opened
    migrate(db)
    db.transaction(() => {
      const meta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)')
      meta.run('magic', VAULT_MAGIC)
      meta.run('vault_id', vaultId)
      writeSlot(db, passphraseSlot!)
      writeSlot(db, recoverySlot!)
      writeState(
        db,
        { epoch: 0, count: 0, digest: new Uint8Array(32), commitId: '', log: [] },
        vaultId,
        stateKey,
      )
    })()
    wipe(stateKey)
    vault = Vault.unlock({
      path,
      opened,
      vaultId,
      master,
      policy,
      marks: markStoreFor(options),
      appVersion: CURRENT_FORMAT_VERSION,
      fileVersion: CURRENT_FORMAT_VERSION,
      deriveKeys,
      autoBackups: options.autoBackups ?? {},
    })
    const now = clock().toISOString()
    await vault.commit({
      put: [
        {
          kind: 'person',
          id: newId(),
          name: options.ownerName,
          isMe: true,
          emails: [],
          phones: [],
          links: [],
          tags: [],
          offers: [],
          seeks: [],
          notes: '',
          externalIds: [],
          createdAt: now,
          updatedAt: now,
        },
        {
          kind: 'settings',
          id: 'settings',
          autoLockMinutes: 10,
          theme: 'system',
          nodeSize: 'closeness',
          suggestionsOnMap: 15,
          showSuggestions: true,
          interactionHalfLifeDays: 180,
          snoozedPairs: {},
          createdAt: now,
          updatedAt: now,
        },
      ],
    })
    return { vault, recoveryKey: formatRecoveryKey(recoveryBytes) }
  } catch (error) {
    if (vault) vault.lockSync()
    else {
      opened.close()
      wipe(master)
    }
    for (const file of [path, `${path}-wal`, `${path}-shm`]) {
      try {
        unlinkSync(file)
      } catch {
        // Never created.
      }
    }
    throw error
  } finally {
    wipe(secret, recoveryBytes)
  }
}

/** The passphrase slot's parameters for a new vault: calibrated on this machine when enabled. */
async function creationParams(
  options: CreateVaultOptions,
  policy: KdfPolicy,
  deriveKeys: KeyDeriver,
): Promise<KdfParams> {
  const calibrate = options.calibrateKdf ?? samePolicy(policy, DEFAULT_KDF_POLICY)
  if (calibrate === false) return policy.defaults
  const targetMs = calibrate === true ? KDF_TARGET_MS : calibrate.targetMs
  return (await calibrateKdf(policy, deriveKeys, targetMs)).params
}

/**
 * Migrates an existing file to the current format, first writing an automatic backup of it as it
 * is (unless backups are off). Exported for tests, which pass their own migration list.
 */
export function migrateWithBackup(
  db: Database.Database,
  path: string,
  autoBackups: AutoBackupOptions | false,
  migrations: readonly Migration[] = MIGRATIONS,
): { from: number; to: number } {
  const from = readFormatVersion(db)
  const to = migrations[migrations.length - 1]?.version ?? from
  if (to <= from) return { from, to: from }
  // WARNING: only for a file whose magic, vault id, format version and key slot were checked and
  // whose key unwrapped (see openVault): a damaged file is never migrated or backed up.
  if (from < 1) throw new VaultDamagedError('missing or invalid format version')
  const what = `migration-v${from}-to-v${to}`
  if (autoBackups) writeAutoBackup(db, path, what, autoBackups)
  const result = migrate(db, migrations)
  if (autoBackups) rotateAutoBackups(path, what, autoBackups)
  return result
}

/**
 * Unlocks a vault with its passphrase or recovery key. A file that fails its integrity check opens
 * read-only in recovery mode (see `status()`); a file from a newer app opens read-only.
 */
export async function openVault(
  path: string,
  secret: VaultSecret,
  options: VaultFileOptions = {},
  /** Internal (the engine worker): receives the projection in batches; see `Vault.unlock`. */
  sink?: ProjectionSink,
  /** Internal: how Argon2id runs (the engine worker isolates it; see `isolatedKdf`). */
  deriveKeys: KeyDeriver = inProcessKdf,
): Promise<Vault> {
  await initCrypto()
  const policy = options.kdfPolicy ?? DEFAULT_KDF_POLICY
  // Rejected before touching the file or the KDF.
  const { kind, bytes } = secretBytes(secret)
  let opened: OpenedDatabase | undefined
  let master: Uint8Array | undefined
  try {
    opened = openDatabase(path, { create: false })
    const meta = readMeta(opened)
    const vaultId = meta.vaultId
    const fileVersion = meta.fileVersion
    const slot = readSlot(opened.db, kind)
    master = await unwrapMasterKey(slot, bytes, vaultId, policy, deriveKeys)
    const autoBackups = options.autoBackups ?? {}
    const migrations = options.migrations ?? MIGRATIONS
    const appVersion = migrations[migrations.length - 1]?.version ?? CURRENT_FORMAT_VERSION
    // Verified first, migrated after: an older file opens read-only, and only a file whose every
    // record, state row and high-water mark check out is backed up and migrated.
    const vault = Vault.unlock(
      {
        path,
        opened,
        vaultId,
        master,
        policy,
        marks: markStoreFor(options),
        appVersion,
        fileVersion,
        deriveKeys,
        autoBackups,
      },
      sink,
    )
    if (fileVersion < appVersion) {
      const status = vault.status()
      if (!status.recovery && !status.rollback) {
        vault.migrated(migrateWithBackup(opened.db, path, autoBackups, migrations).to)
      }
    }
    if (
      kind === 'passphrase' &&
      options.upgradeWeakSlots !== false &&
      !vault.readOnly &&
      belowDefaults(slotParams(slot), policy)
    ) {
      const upgraded = await wrapMasterKey(
        master,
        bytes,
        'passphrase',
        vaultId,
        policy.defaults,
        policy,
        deriveKeys,
      )
      if (autoBackups) writeAutoBackup(opened.db, path, 'kdf-upgrade', autoBackups)
      writeSlot(opened.db, upgraded)
      if (autoBackups) rotateAutoBackups(path, 'kdf-upgrade', autoBackups)
    }
    return vault
  } catch (error) {
    opened?.close()
    wipe(master)
    throw asDamaged(error)
  } finally {
    wipe(bytes)
  }
}

/** Opens, fully verifies and locks again: what `kith verify` runs. */
export async function verifyVaultFile(
  path: string,
  secret: VaultSecret,
  options: VaultFileOptions = {},
): Promise<VerifyReport> {
  const vault = await openVault(path, secret, { ...options, upgradeWeakSlots: false })
  try {
    return await vault.verify()
  } finally {
    await vault.lock()
  }
}

export { RECORD_KEY_GENERATION }
