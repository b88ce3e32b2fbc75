import { AsyncLocalStorage } from 'node:async_hooks'
import { writeFileSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import type { VaultStatusView } from '../../shared/ipc'
import type { CoreEnvironment } from '../context'
import { fillDemoVault } from '../demo'
import { KithError } from '../errors'
import { SearchIndex, UndoStack, type ServiceDeps, type UndoToken } from '../services'
import type { Change } from '../store/recordStore'
import { UndoRecorder } from './undoRecorder'
import {
  isNotLower,
  WorkerVault,
  type EpochMark,
  type KdfParams,
  type KdfPolicy,
  type VaultSecret,
} from '../vault'
import { defaultMarkDirectory } from '../paths'
import { passphraseProblem } from '../../shared/passphrase/strength'
import {
  DEFAULT_VAULT_NAME,
  DEMO_PASSPHRASE,
  DEMO_VAULT_NAME,
  backupsDirectory,
  ensureDirectory,
  fileStamp,
  freeVaultName,
  listVaultNames,
  vaultPathFor,
} from './vaultFiles'

/**
 * The vault engine runs in a worker thread: Argon2id and bulk decryption never block the process
 * that answers the UI, and locking terminates the worker, which wipes libsodium's WASM heap.
 */
type Vault = WorkerVault

export interface SessionVaultOptions {
  /** WARNING: tests only, injected in code: cheap KDF parameters. */
  kdfPolicy?: KdfPolicy
  kdf?: KdfParams
}

/**
 * The one open vault of a running Kith (app, harness): which file, its unlocked Vault, the
 * undo stack and the in-memory search index. Locking drops all of it.
 */
export class KithSession {
  private vault: Vault | null = null
  private search: SearchIndex | null = null
  private unsubscribe: (() => void) | null = null
  readonly undo = new UndoStack()
  private unlockedWithRecoveryKey = false
  /** The user action an API call runs in: scoped per call, so concurrent calls never mix. */
  private readonly action = new AsyncLocalStorage<{ recorder: UndoRecorder; remembered: boolean }>()
  private name: string
  private readonly fixedPath: string | undefined

  constructor(
    private readonly env: CoreEnvironment,
    private readonly options: SessionVaultOptions = {},
  ) {
    this.fixedPath = env.vaultPath
    const names = listVaultNames(env.dataDirectory)
    this.name = names.includes(DEFAULT_VAULT_NAME)
      ? DEFAULT_VAULT_NAME
      : (names.find((n) => n !== DEMO_VAULT_NAME) ?? names[0] ?? DEFAULT_VAULT_NAME)
  }

  get deps(): ServiceDeps {
    return { clock: this.env.clock }
  }

  get path(): string {
    return this.fixedPath ?? vaultPathFor(this.env.dataDirectory, this.name)
  }

  get vaultName(): string {
    return this.fixedPath ? path.basename(this.fixedPath).replace(/\.kith$/, '') : this.name
  }

  private exists(): boolean {
    return (
      this.fixedPath !== undefined || listVaultNames(this.env.dataDirectory).includes(this.name)
    )
  }

  /** The unlocked vault, or a `Locked` / `NoVault` error for the API. */
  require(): Vault {
    if (this.vault && !this.vault.isLocked) {
      const action = this.action.getStore()
      return action ? recordingView(this.vault, action.recorder) : this.vault
    }
    if (!this.exists()) throw new KithError('NoVault', 'There is no vault yet: create one first.')
    throw new KithError('Locked', 'The vault is locked.')
  }

  /** Built on first use, not at unlock: indexing a large vault takes seconds. */
  searchIndex(): SearchIndex {
    const vault = this.require()
    this.search ??= new SearchIndex(vault)
    return this.search
  }

  remember(token: UndoToken): string {
    this.undo.push(token)
    const action = this.action.getStore()
    if (action) action.remembered = true
    return token.label
  }

  /**
   * Runs one user action so that Undo can reverse it whatever it changed: every commit it makes
   * is recorded, unless the service already handed over an undo token of its own.
   */
  async runAction<T>(label: string, action: () => Promise<T>): Promise<T> {
    const scope = { recorder: new UndoRecorder(), remembered: false }
    const result = await this.action.run(scope, action)
    const vault = this.vault
    if (vault && !vault.isLocked && scope.recorder.touched && !scope.remembered) {
      this.undo.push(scope.recorder.token(vault, label, this.env.clock().toISOString()))
    }
    return result
  }

  status(): VaultStatusView {
    const vault = this.vault && !this.vault.isLocked ? this.vault : null
    const status = vault?.status()
    const owner = vault?.list('person').find((p) => p.isMe)
    const settings = vault?.get('settings', 'settings')
    return {
      state: vault ? 'unlocked' : this.exists() ? 'locked' : 'none',
      vaultName: this.vaultName,
      isDemo: this.vaultName === DEMO_VAULT_NAME,
      readOnly: status?.readOnly ?? false,
      recovery: status?.recovery ?? null,
      rollback: status?.rollback ?? null,
      markMissing: status?.markMissing?.message ?? null,
      warning: status?.newerVersion?.message ?? null,
      ownerName: owner?.name ?? null,
      autoLockMinutes: settings?.autoLockMinutes ?? 10,
      canUndo: vault ? (this.undo.peek()?.label ?? null) : null,
    }
  }

  /** Creates the user's own vault (never over the demo) and unlocks it. */
  async create(ownerName: string, passphrase: string): Promise<string> {
    rejectWeak(passphrase, [ownerName])
    if (!this.fixedPath && this.name === DEMO_VAULT_NAME) {
      await this.lock('manual')
      this.name = DEFAULT_VAULT_NAME
    }
    if (this.exists()) {
      throw new KithError(
        'Conflict',
        `A vault named "${this.vaultName}" already exists: unlock it instead.`,
      )
    }
    ensureDirectory(this.env.dataDirectory)
    const { vault, recoveryKey } = await WorkerVault.create(this.path, {
      ownerName,
      passphrase,
      clock: this.env.clock,
      ...this.vaultFileOptions(),
      ...(this.options.kdf ? { kdf: this.options.kdf } : {}),
    })
    this.attach(vault)
    return recoveryKey
  }

  /** Creates (or reopens) the demo vault beside the user's own and unlocks it. */
  async createDemo(): Promise<{ passphrase: string; people: number }> {
    if (this.fixedPath)
      throw new KithError('Conflict', 'A vault file was chosen on the command line.')
    await this.lock('manual')
    ensureDirectory(this.env.dataDirectory)
    this.name = DEMO_VAULT_NAME
    if (listVaultNames(this.env.dataDirectory).includes(DEMO_VAULT_NAME)) {
      await this.unlock({ passphrase: DEMO_PASSPHRASE })
    } else {
      const { vault } = await WorkerVault.create(this.path, {
        ownerName: 'Alex Morgan',
        passphrase: DEMO_PASSPHRASE,
        clock: this.env.clock,
        ...this.vaultFileOptions(),
        ...(this.options.kdf ? { kdf: this.options.kdf } : {}),
      })
      await fillDemoVault(vault, { now: this.env.clock(), seed: 1 })
      this.attach(vault)
    }
    const people = this.require()
      .list('person')
      .filter((p) => !p.deletedAt).length
    return { passphrase: DEMO_PASSPHRASE, people }
  }

  async unlock(secret: VaultSecret): Promise<void> {
    if (!this.exists()) throw new KithError('NoVault', 'There is no vault yet: create one first.')
    if (this.vault && !this.vault.isLocked) return
    const vault = await WorkerVault.open(this.path, secret, this.vaultFileOptions())
    this.attach(vault)
    this.unlockedWithRecoveryKey = 'recoveryKey' in secret
  }

  /**
   * A new passphrase needs the current one (or the recovery key), except right after unlocking
   * with the recovery key: that is how a forgotten passphrase is replaced.
   */
  async changePassphrase(current: VaultSecret | undefined, next: string): Promise<void> {
    const vault = this.require()
    const owner = vault.list('person').find((p) => p.isMe)?.name
    rejectWeak(next, owner ? [owner] : [])
    if (current) await vault.checkSecret(current)
    else if (!this.unlockedWithRecoveryKey) {
      throw new KithError('PassphraseRejected', 'Type your current passphrase to set a new one.')
    }
    await vault.changePassphrase(next)
    this.unlockedWithRecoveryKey = false
  }

  /**
   * "This older copy is the one I want": the file becomes the current state at a change number
   * above anything seen, the decision is logged in the vault, and the marks move up to it.
   */
  async acceptOlderCopy(): Promise<void> {
    const vault = this.require()
    const before = vault.status().rollback
    if (!before) throw new KithError('Conflict', 'This vault is not an older copy.')
    if (vault.status().recovery) {
      throw new KithError(
        'ReadOnly',
        'This vault also failed its integrity check: it stays read-only.',
      )
    }
    const after = await vault.acceptOlderCopy(this.env.clock().toISOString())
    this.env.log(
      `vault: older copy accepted (file at ${before.fileEpoch}, mark at ${before.markEpoch}, now ${after.epoch})`,
    )
    this.mirrorMark()
    this.env.emit('vault.unlocked', { readOnly: vault.readOnly })
  }

  async acknowledgeMissingMark(): Promise<void> {
    const vault = this.require()
    if (!vault.status().markMissing) return
    await vault.acknowledgeMissingMark(this.env.clock().toISOString())
    this.env.log('vault: missing high-water mark acknowledged')
    this.mirrorMark()
  }

  /** Copies the vault's mark to the app's second store (safeStorage), never lowering it. */
  private mirrorMark(): void {
    const mirror = this.env.markMirror
    const vault = this.vault
    if (!mirror || !vault || vault.isLocked || vault.readOnly) return
    const { vaultId, epoch, commitId } = vault.status().mark
    try {
      const next: EpochMark = { epoch, commitId }
      if (isNotLower(mirror.load()[vaultId], next)) mirror.save(vaultId, next)
    } catch {
      // WARNING: the mirror is a second line; the config-directory mark still holds.
      this.env.log('vault: could not update the safeStorage mark')
    }
  }

  async lock(reason: 'manual' | 'idle' | 'system' | 'quit'): Promise<void> {
    const vault = this.vault
    this.unsubscribe?.()
    this.unsubscribe = null
    this.search?.dispose()
    this.search = null
    this.vault = null
    this.unlockedWithRecoveryKey = false
    this.undo.clear()
    if (vault && !vault.isLocked) {
      await vault.lock()
      this.env.emit('vault.locked', { reason })
    }
  }

  list(): { name: string; current: boolean }[] {
    const names = listVaultNames(this.env.dataDirectory)
    return names.map((name) => ({ name, current: name === this.vaultName }))
  }

  async switchTo(name: string): Promise<void> {
    if (this.fixedPath)
      throw new KithError('Conflict', 'A vault file was chosen on the command line.')
    if (!listVaultNames(this.env.dataDirectory).includes(name)) {
      throw new KithError('NotFound', `There is no vault named "${name}".`)
    }
    await this.lock('manual')
    this.name = name
  }

  /** Writes an encrypted backup into the data folder's `backups/` and returns its name. */
  async backup(passphrase: string): Promise<{ fileName: string; bytes: number }> {
    const vault = this.require()
    const dir = backupsDirectory(this.env.dataDirectory)
    ensureDirectory(dir)
    const fileName = `${this.vaultName}-${fileStamp(this.env.clock())}.kithbackup`
    const target = path.join(dir, fileName)
    await vault.backup(target, passphrase)
    const { size } = await import('node:fs').then((fs) => fs.statSync(target))
    return { fileName, bytes: size }
  }

  /** Restores a backup into a NEW vault file beside the others and selects it (locked). */
  async restore(
    source: { fileName?: string; content?: Uint8Array },
    passphrase: string,
  ): Promise<string> {
    if (this.fixedPath)
      throw new KithError('Conflict', 'A vault file was chosen on the command line.')
    ensureDirectory(this.env.dataDirectory)
    let backupPath: string
    let temporary = false
    if (source.fileName !== undefined) {
      if (
        source.fileName.includes('/') ||
        source.fileName.includes('\\') ||
        source.fileName.startsWith('.')
      ) {
        throw new KithError('Invalid', 'That is not a backup file name.')
      }
      backupPath = path.join(backupsDirectory(this.env.dataDirectory), source.fileName)
    } else {
      ensureDirectory(backupsDirectory(this.env.dataDirectory))
      backupPath = path.join(
        backupsDirectory(this.env.dataDirectory),
        `.upload-${fileStamp(this.env.clock())}.kithbackup`,
      )
      writeFileSync(backupPath, source.content ?? new Uint8Array(), { mode: 0o600 })
      temporary = true
    }
    const name = freeVaultName(this.env.dataDirectory, `restored ${fileStamp(this.env.clock())}`)
    try {
      await WorkerVault.restoreBackup(
        backupPath,
        passphrase,
        vaultPathFor(this.env.dataDirectory, name),
        this.vaultFileOptions(),
      )
    } finally {
      if (temporary) unlinkSync(backupPath)
    }
    await this.lock('manual')
    this.name = name
    return name
  }

  private vaultFileOptions() {
    let seedMarks: Record<string, EpochMark> | undefined
    try {
      seedMarks = this.env.markMirror?.load()
    } catch {
      this.env.log('vault: could not read the safeStorage marks')
    }
    return {
      ...(this.options.kdfPolicy ? { kdfPolicy: this.options.kdfPolicy } : {}),
      markDirectory: this.env.markDirectory ?? defaultMarkDirectory(),
      ...(seedMarks ? { seedMarks } : {}),
    }
  }

  private attach(vault: Vault): void {
    this.vault = vault
    this.search = null
    this.undo.clear()
    this.unsubscribe = vault.onChange((event) => {
      this.mirrorMark()
      this.env.emit('data.changed', { kinds: event.kinds })
    })
    this.mirrorMark()
    this.env.emit('vault.unlocked', { readOnly: vault.readOnly })
  }
}

/** The same minimum as the app's strength meter, for every way a passphrase is set. */
function rejectWeak(passphrase: string, personal: readonly string[]): void {
  const problem = passphraseProblem(passphrase, personal)
  if (problem) throw new KithError('PassphraseRejected', `Passphrase rejected: ${problem}`)
}

/** The vault as one action sees it: the same object, but its commits are recorded for Undo. */
function recordingView(vault: Vault, recorder: UndoRecorder): Vault {
  return new Proxy(vault, {
    get(target, property) {
      if (property === 'commit') {
        return (change: Change) => {
          recorder.observe(target, change)
          return target.commit(change)
        }
      }
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value
    },
  })
}

const sessions = new WeakMap<CoreEnvironment, KithSession>()

/** The session of a running Kith; created on first use. */
export function sessionOf(env: CoreEnvironment): KithSession {
  let session = sessions.get(env)
  if (!session) {
    session = new KithSession(env, env.vaultOptions)
    sessions.set(env, session)
  }
  return session
}
