import type Database from 'better-sqlite3'
import type { AnyRecord, RecordKind } from '../../shared/domain'
import {
  ReadOnlyVaultError,
  type Change,
  type ChangeEvent,
  type RecordOfKind,
  type RecordStore,
} from '../store/recordStore'
import { Projection } from '../store/projection'
import { xorInto } from './bytes'
import { constantTimeEqual, deriveSubkey, encodePassphrase, randomBytes, wipe } from './crypto'
import {
  LockedError,
  VaultError,
  RecordTamperedError,
  VaultFromNewerAppError,
  WrongPassphraseOrCorruptError,
} from './errors'
import { writeBackupFile } from './backup'
import type { EpochMark, MarkStore } from './epochMark'
import type { OpenedDatabase } from './database'
import { belowDefaults, checkKdfParams, type KdfParams, type KdfPolicy } from './kdfPolicy'
import { readSlot, slotParams, unwrapMasterKey, wrapMasterKey, writeSlot } from './keyslots'
import { secretBytes, type VaultSecret } from './secretBytes'
import { rotateAutoBackups, writeAutoBackup, type AutoBackupOptions } from './autoBackup'
import type { KeyDeriver } from './kdf'
import { encryptRecord, parseRecord, rowHash, type RecordKeys, type RecordRow } from './recordCodec'
import { scanRecords, type ProjectionSink } from './scan'
import {
  MAX_LOG_ENTRIES,
  readState,
  writeState,
  type IntegrityLogEntry,
  type VaultState,
} from './stateRow'
import { toHex } from './bytes'

export const RECORD_KEY_GENERATION = 1

function newCommitId(): string {
  return toHex(randomBytes(16))
}

export interface VaultStatus {
  readOnly: boolean
  /** Set when the integrity check failed: the vault is read-only; export what verifies. */
  recovery?: { reason: string; badRecordIds: string[] }
  /**
   * Set when the file is older than, or different from, the newest state this device has seen
   * (an old copy put back, a rollback): the vault is read-only until the user accepts this copy.
   */
  rollback?: { fileEpoch: number; markEpoch: number; message: string }
  /** Set while a known vault's high-water mark was found missing and not yet acknowledged. */
  markMissing?: { since: string; message: string }
  /** What the device's high-water mark holds for this vault (not secret; mirrored by the app). */
  mark: { vaultId: string; epoch: number; commitId: string }
  /** Set when a newer app wrote the file: it is read-only here. */
  newerVersion?: { fileVersion: number; appVersion: number; message: string }
  epoch: number
  recordCount: number
}

export interface VerifyReport {
  ok: boolean
  badRecordIds: string[]
  problems: string[]
  recordCount: number
  epoch: number
}

export interface VaultSession {
  path: string
  opened: OpenedDatabase
  vaultId: Uint8Array
  master: Uint8Array
  policy: KdfPolicy
  /** The high-water marks of this device (outside the vault's folder). */
  marks: MarkStore
  /** The app's own and the file's format version. */
  appVersion: number
  fileVersion: number
  /** How Argon2id runs for passphrase changes and backups (isolated in the engine worker). */
  deriveKeys: KeyDeriver
  /** Where automatic backups go before key changes; false when turned off. */
  autoBackups: AutoBackupOptions | false
}

interface Subkeys {
  records: Uint8Array
  state: Uint8Array
  digest: Uint8Array
}

function deriveSubkeys(master: Uint8Array): Subkeys {
  return {
    records: deriveSubkey(master, 'kithrecd', RECORD_KEY_GENERATION),
    state: deriveSubkey(master, 'kithstat', 1),
    digest: deriveSubkey(master, 'kithdgst', 1),
  }
}

/**
 * An unlocked vault: the decrypted projection in memory, one SQLite connection, the keys.
 * Every write is one transaction holding the records and the new encrypted state row.
 */
export class Vault implements RecordStore {
  private session: VaultSession | undefined
  private keys: Subkeys | undefined
  private records = new Projection()
  private digest: Uint8Array = new Uint8Array(32)
  private count = 0
  private epoch = 0
  private commitId = ''
  private log: IntegrityLogEntry[] = []
  private recovery: VaultStatus['recovery']
  private rollback: VaultStatus['rollback']
  private markMissingSince: string | undefined
  private readonly listeners = new Set<(event: ChangeEvent) => void>()
  /** In the engine worker the projection moves to the main thread; none stays here. */
  private detached = false

  private constructor(session: VaultSession, sink: ProjectionSink | undefined) {
    this.session = session
    this.keys = deriveSubkeys(session.master)
    this.load(sink)
  }

  /**
   * Takes ownership of the session (its connection and master key). With a sink, the decrypted
   * projection is handed to it in batches during the scan and never kept here (the engine worker
   * streams it to the main thread), as after `detachProjection`.
   */
  static unlock(session: VaultSession, sink?: ProjectionSink): Vault {
    return new Vault(session, sink)
  }

  private get db(): Database.Database {
    return this.live().opened.db
  }

  private live(): VaultSession {
    if (!this.session) throw new LockedError()
    return this.session
  }

  private recordKeys(): RecordKeys {
    const keys = this.keys
    const session = this.live()
    if (!keys) throw new LockedError()
    return {
      vaultId: session.vaultId,
      digestKey: keys.digest,
      recordKey: (gen) => {
        if (gen !== RECORD_KEY_GENERATION) throw new Error('unknown key generation')
        return keys.records
      },
    }
  }

  private load(sink: ProjectionSink | undefined): void {
    const session = this.live()
    if (sink) this.detached = true
    const scan = scanRecords(this.db, this.recordKeys(), sink)
    this.records = Projection.from(scan.records.values())
    this.digest = scan.digest
    this.count = scan.count
    const state = readState(this.db, session.vaultId, this.keys!.state)
    const problems = this.compareState(state, scan.count, scan.digest, scan.badRecordIds)
    this.epoch = state?.epoch ?? 0
    this.commitId = state?.commitId ?? ''
    this.log = state?.log ?? []
    if (problems.length > 0) {
      this.recovery = { reason: problems.join('; '), badRecordIds: scan.badRecordIds }
    } else {
      this.checkMark()
    }
    if (!this.readOnly) this.saveMark()
  }

  /**
   * Compares the file's state with this device's high-water mark. An open never lowers the mark:
   * an older or forked copy opens read-only and the mark stays where it was.
   */
  private checkMark(): void {
    const session = this.live()
    const id = toHex(session.vaultId)
    const mark = session.marks.read(id)
    if (!mark) {
      if (session.marks.known(id)) this.markMissingSince = new Date().toISOString()
      return
    }
    if (mark.missingSince) this.markMissingSince = mark.missingSince
    if (mark.epoch > this.epoch) {
      this.rollback = {
        fileEpoch: this.epoch,
        markEpoch: mark.epoch,
        message: `This vault file is older than the newest state this device has seen (it is at change ${this.epoch}; change ${mark.epoch} was seen here): an older copy was put in its place, or it was rolled back. It is open read-only. If this older copy is the one you want, accept it explicitly.`,
      }
    } else if (mark.epoch === this.epoch && mark.commitId !== this.commitId) {
      this.rollback = {
        fileEpoch: this.epoch,
        markEpoch: mark.epoch,
        message: `This vault file is not the one this device last saw: it is at the same change number (${this.epoch}) but holds a different last change, so it is another copy or was rolled back and rewritten. It is open read-only. If this copy is the one you want, accept it explicitly.`,
      }
    }
  }

  private compareState(
    state: VaultState | undefined,
    count: number,
    digest: Uint8Array,
    bad: readonly string[],
  ): string[] {
    const problems: string[] = []
    if (!state) {
      problems.push("the vault's state record is missing or does not verify")
    } else {
      if (state.count !== count) {
        problems.push(`${count} records on disk but ${state.count} expected`)
      }
      if (!constantTimeEqual(state.digest, digest)) {
        problems.push('records are missing, duplicated or rolled back (set digest mismatch)')
      }
    }
    if (bad.length > 0) problems.push(`${bad.length} record(s) failed verification`)
    return problems
  }

  private currentMark(): EpochMark {
    const mark: EpochMark = { epoch: this.epoch, commitId: this.commitId }
    if (this.markMissingSince) mark.missingSince = this.markMissingSince
    return mark
  }

  private saveMark(): void {
    const session = this.live()
    try {
      session.marks.write(toHex(session.vaultId), this.currentMark())
    } catch {
      // WARNING: an unwritable config directory must not block writes to the vault itself; the
      // next open then reports the mark missing (for a vault id known there) instead.
    }
  }

  get readOnly(): boolean {
    const session = this.live()
    return (
      this.recovery !== undefined ||
      this.rollback !== undefined ||
      // Newer: this app cannot write it. Older: not migrated, because it did not verify.
      session.fileVersion !== session.appVersion
    )
  }

  /** The file was migrated after it verified (see openVault): it is writable from now on. */
  migrated(version: number): void {
    const session = this.live()
    session.fileVersion = version
    if (!this.readOnly) this.saveMark()
  }

  get path(): string {
    return this.live().path
  }

  get isLocked(): boolean {
    return this.session === undefined
  }

  status(): VaultStatus {
    const session = this.live()
    const status: VaultStatus = {
      readOnly: this.readOnly,
      epoch: this.epoch,
      recordCount: this.records.size,
      mark: { vaultId: toHex(session.vaultId), epoch: this.epoch, commitId: this.commitId },
    }
    if (this.recovery) {
      status.recovery = { ...this.recovery, badRecordIds: [...this.recovery.badRecordIds] }
    }
    if (this.rollback) status.rollback = { ...this.rollback }
    if (this.markMissingSince) {
      status.markMissing = {
        since: this.markMissingSince,
        message:
          "This device's record of the newest state of this vault is missing (it was deleted or the app's settings folder was replaced), so an older copy of the vault could not be told apart from the current one. Check that this is the copy you expect, then acknowledge.",
      }
    }
    if (session.fileVersion > session.appVersion) {
      const error = new VaultFromNewerAppError(session.fileVersion, session.appVersion)
      status.newerVersion = {
        fileVersion: session.fileVersion,
        appVersion: session.appVersion,
        message: error.message,
      }
    }
    return status
  }

  get<K extends RecordKind>(kind: K, id: string): RecordOfKind<K> | undefined {
    this.live()
    return this.records.get(kind, id)
  }

  list<K extends RecordKind>(kind: K): RecordOfKind<K>[] {
    this.live()
    return this.records.list(kind)
  }

  onChange(listener: (event: ChangeEvent) => void): () => void {
    this.live()
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  commit(change: Change): Promise<void> {
    try {
      this.commitSync(change)
      return Promise.resolve()
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  /** Like commit, and returns the records as validated (defaults applied): what the worker sends back. */
  commitReturning(change: Change): Promise<AnyRecord[]> {
    try {
      return Promise.resolve(this.commitSync(change))
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  /**
   * Hands the decrypted projection to the caller and keeps none here (the engine worker sends it
   * to the main thread). get/list/exportVerified then answer from an empty projection.
   */
  detachProjection(): AnyRecord[] {
    this.live()
    const all = [...this.records.values()]
    this.records.clear()
    this.detached = true
    return all
  }

  private commitSync(change: Change): AnyRecord[] {
    const session = this.live()
    if (this.readOnly) throw new ReadOnlyVaultError()
    const keys = this.recordKeys()
    // Validate and encrypt everything before touching the file or the projection.
    const puts = new Map<string, AnyRecord>()
    for (const record of change.put ?? []) {
      const parsed = parseRecord(record)
      puts.set(parsed.id, parsed)
    }
    const digest = this.digest.slice()
    let count = this.count
    const db = this.db
    // No per-row metadata is kept in memory (it cost two allocations per row at unlock): the
    // replaced or removed row is read back from the file for its version and its share of the
    // set digest. A row changed or deleted behind our back since unlock then leaves the digest
    // mismatched, and the next unlock reports it instead of this write hiding it.
    const onDisk = db.prepare('SELECT id, ver, key_gen, fmt, nonce FROM record WHERE id = ?')
    const stored = (id: string): { ver: number; hash: Uint8Array } | undefined => {
      const row = onDisk.get(id) as Omit<RecordRow, 'ct'> | undefined
      if (!row) return undefined
      if (!Number.isSafeInteger(row.ver)) throw new RecordTamperedError(id)
      try {
        return { ver: row.ver, hash: rowHash(keys.digestKey, { ...row, id: String(row.id) }) }
      } catch {
        throw new RecordTamperedError(id)
      }
    }
    const removes: string[] = []
    for (const id of new Set(change.remove ?? [])) {
      if (puts.has(id)) continue
      const previous = stored(id)
      if (!previous) continue
      removes.push(id)
      xorInto(digest, previous.hash)
      count--
    }
    const written: RecordRow[] = []
    for (const record of puts.values()) {
      const previous = stored(record.id)
      const row = encryptRecord(record, (previous?.ver ?? 0) + 1, RECORD_KEY_GENERATION, keys)
      if (previous) xorInto(digest, previous.hash)
      else count++
      xorInto(digest, rowHash(keys.digestKey, row))
      written.push(row)
    }
    const epoch = this.epoch + 1
    const commitId = newCommitId()
    const upsert = db.prepare(
      'INSERT OR REPLACE INTO record (id, ver, key_gen, fmt, nonce, ct) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const remove = db.prepare('DELETE FROM record WHERE id = ?')
    db.transaction(() => {
      for (const row of written) {
        upsert.run(row.id, row.ver, row.key_gen, row.fmt, row.nonce, row.ct)
      }
      for (const id of removes) remove.run(id)
      writeState(
        db,
        { epoch, count, digest, commitId, log: this.log },
        session.vaultId,
        this.keys!.state,
      )
    })()

    const kinds = new Set<RecordKind>()
    for (const id of removes) {
      const existing = this.records.delete(id)
      if (existing) kinds.add(existing.kind)
    }
    for (const row of written) {
      const record = puts.get(row.id)!
      if (!this.detached) this.records.set(record)
      kinds.add(record.kind)
    }
    this.digest = digest
    this.count = count
    this.epoch = epoch
    this.commitId = commitId
    this.saveMark()
    const event: ChangeEvent = { kinds: [...kinds], ids: [...removes, ...puts.keys()] }
    for (const listener of [...this.listeners]) listener(event)
    return [...puts.values()]
  }

  /**
   * Rewraps the master key under a new passphrase; records are untouched. One statement, after an
   * automatic backup of the file as it was (still openable with the old passphrase). Keeps the
   * slot's calibrated parameters when they are at least the policy's defaults.
   */
  /**
   * Confirms that `secret` opens this vault, changing nothing: asked before a passphrase change,
   * so an unlocked, unattended vault cannot be taken over. Throws WrongPassphraseOrCorrupt.
   */
  async checkSecret(secret: VaultSecret): Promise<void> {
    const session = this.live()
    const { kind, bytes } = secretBytes(secret)
    try {
      const master = await unwrapMasterKey(
        readSlot(this.db, kind),
        bytes,
        session.vaultId,
        session.policy,
        session.deriveKeys,
      )
      const same = constantTimeEqual(master, this.live().master)
      wipe(master)
      if (!same) throw new WrongPassphraseOrCorruptError()
    } finally {
      wipe(bytes)
    }
  }

  async changePassphrase(newPassphrase: string): Promise<void> {
    const session = this.live()
    if (this.readOnly) throw new ReadOnlyVaultError()
    const secret = encodePassphrase(newPassphrase)
    try {
      const slot = await wrapMasterKey(
        session.master,
        secret,
        'passphrase',
        session.vaultId,
        this.passphraseParams(),
        session.policy,
        session.deriveKeys,
      )
      // Locked while the KDF ran: the connection is closed and the master key wiped.
      const db = this.db
      if (session.autoBackups) {
        writeAutoBackup(db, session.path, 'passphrase-change', session.autoBackups)
      }
      writeSlot(db, slot)
      // Only once the change landed: a failed change never pushes an older copy out.
      if (session.autoBackups)
        rotateAutoBackups(session.path, 'passphrase-change', session.autoBackups)
    } finally {
      wipe(secret)
    }
  }

  private passphraseParams(): KdfParams {
    const { policy } = this.live()
    try {
      const current = slotParams(readSlot(this.db, 'passphrase'))
      checkKdfParams(current, policy)
      if (!belowDefaults(current, policy)) return current
    } catch {
      // A missing or out-of-policy slot is replaced with the defaults.
    }
    return policy.defaults
  }

  /**
   * "This older copy is the one I want": makes the file's state the newest one again, at a change
   * number above everything this device has seen (epochs are never reused), logs the decision in
   * the vault's encrypted state and moves the mark up to it. Only for a rollback; a file that
   * fails its integrity check stays read-only.
   */
  acceptOlderCopy(at: string): Promise<VaultStatus> {
    try {
      const rollback = this.rollback
      if (!rollback) {
        throw new VaultError(
          'IntegrityMismatch',
          'This vault is not an older copy: nothing to accept.',
        )
      }
      const session = this.live()
      if (this.recovery || session.fileVersion > session.appVersion) throw new ReadOnlyVaultError()
      this.writeLoggedState(Math.max(rollback.markEpoch, this.epoch) + 1, {
        event: 'accepted-older-copy',
        at,
        fileEpoch: this.epoch,
        markEpoch: rollback.markEpoch,
      })
      this.rollback = undefined
      this.saveMark()
      return Promise.resolve(this.status())
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  /** Clears the missing-mark warning; logged in the vault when it is writable. */
  acknowledgeMissingMark(at: string): Promise<VaultStatus> {
    try {
      if (this.markMissingSince && !this.readOnly) {
        this.writeLoggedState(this.epoch + 1, {
          event: 'acknowledged-missing-mark',
          at,
          fileEpoch: this.epoch,
          markEpoch: null,
        })
      }
      this.markMissingSince = undefined
      if (!this.readOnly) this.saveMark()
      return Promise.resolve(this.status())
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  /** The user's integrity decisions recorded in this vault, oldest first. */
  integrityLog(): IntegrityLogEntry[] {
    this.live()
    return this.log.map((entry) => ({ ...entry }))
  }

  private writeLoggedState(epoch: number, entry: IntegrityLogEntry): void {
    const session = this.live()
    const commitId = newCommitId()
    const log = [...this.log, entry].slice(-MAX_LOG_ENTRIES)
    writeState(
      this.db,
      { epoch, count: this.count, digest: this.digest, commitId, log },
      session.vaultId,
      this.keys!.state,
    )
    this.epoch = epoch
    this.commitId = commitId
    this.log = log
  }

  /** A full check from disk: every record, the count, the set digest and the state row. */
  verify(): Promise<VerifyReport> {
    try {
      const scan = scanRecords(this.db, this.recordKeys())
      const state = readState(this.db, this.live().vaultId, this.keys!.state)
      const problems = this.compareState(state, scan.count, scan.digest, scan.badRecordIds)
      if (this.rollback) problems.push(this.rollback.message)
      // Decrypted again only to check it: drop the plaintext copy straight away.
      scan.records.clear()
      return Promise.resolve({
        ok: problems.length === 0,
        badRecordIds: scan.badRecordIds,
        problems,
        recordCount: scan.count,
        epoch: state?.epoch ?? 0,
      })
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  /** Every record that verifies: what recovery mode offers to export. */
  exportVerified(): Promise<AnyRecord[]> {
    try {
      this.live()
      return Promise.resolve([...this.records.values()])
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  /** A secretstream backup of the whole file under its own passphrase (atomic, mode 0600). */
  async backup(outPath: string, backupPassphrase: string): Promise<void> {
    const session = this.live()
    const db = this.db
    db.pragma('wal_checkpoint(FULL)')
    const bytes = db.serialize()
    try {
      await writeBackupFile(bytes, outPath, backupPassphrase, session.policy, session.deriveKeys)
    } finally {
      bytes.fill(0)
    }
  }

  /** Drops the projection, zeroes the keys and closes the file. Every method then throws Locked. */
  lock(): Promise<void> {
    this.lockSync()
    return Promise.resolve()
  }

  lockSync(): void {
    const session = this.session
    if (!session) return
    if (!this.readOnly) this.saveMark()
    this.session = undefined
    const keys = this.keys
    this.keys = undefined
    this.records.clear()
    this.listeners.clear()
    this.recovery = undefined
    this.rollback = undefined
    try {
      session.opened.close()
    } finally {
      wipe(session.master, keys?.records, keys?.state, keys?.digest, this.digest)
    }
  }
}
