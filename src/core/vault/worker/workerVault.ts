import { Worker } from 'node:worker_threads'
import type { AnyRecord, RecordKind } from '../../../shared/domain'
import {
  ReadOnlyVaultError,
  type Change,
  type ChangeEvent,
  type RecordOfKind,
  type RecordStore,
} from '../../store/recordStore'
import { Projection } from '../../store/projection'
import { LockedError, VaultError, type VaultErrorCode } from '../errors'
import type { CreateVaultOptions, VaultFileOptions, VaultSecret } from '../open'
import type { VaultStatus, VerifyReport } from '../vault'
import type { KdfPolicy } from '../kdfPolicy'
import type {
  EngineMemory,
  EngineRequest,
  EngineResponse,
  SerializedError,
  Unlocked,
} from './protocol'

export interface WorkerOptions {
  /** Where the engine worker's entry file is; by default next to this module (.ts under tsx). */
  workerUrl?: URL
}

function spawnEngine(workerUrl: URL | undefined): Worker {
  if (workerUrl) return new Worker(workerUrl)
  const here = import.meta.url
  if (!here.endsWith('.ts')) return new Worker(new URL('./engineWorker.js', here))
  // From source (tests, tsx): on Node 20 `execArgv: ['--import', 'tsx']` registers tsx's hooks
  // too late for the worker's entry module, so a tiny bootstrap registers them and then imports it.
  const entry = JSON.stringify(new URL('./engineWorker.ts', here).href)
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}) })`
  return new Worker(bootstrap, { eval: true })
}

function revive(error: SerializedError): Error {
  if (error.code === 'ReadOnly') return new ReadOnlyVaultError()
  if (error.code) {
    const revived = new VaultError(error.code as VaultErrorCode, error.message)
    if (error.recordId) Object.assign(revived, { recordId: error.recordId })
    return revived
  }
  const revived = new Error(error.message)
  revived.name = error.name
  if (error.issues) Object.assign(revived, { issues: error.issues })
  return revived
}

/**
 * The vault running in a worker thread, with the same API as `Vault`. The decrypted projection
 * lives here (get/list are synchronous for services); keys and SQLite live in the worker.
 * `lock()` terminates the worker, which wipes libsodium's heap.
 */
export class WorkerVault implements RecordStore {
  private worker: Worker | undefined
  private readonly pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void; chunk?: (json: string) => void }
  >()
  private nextId = 1
  private records = new Projection()
  private cachedStatus: VaultStatus | undefined
  private readonly listeners = new Set<(event: ChangeEvent) => void>()
  /** Resolves when the worker thread has exited. */
  readonly exited: Promise<void>

  private constructor(worker: Worker) {
    this.worker = worker
    this.exited = new Promise((resolve) => worker.once('exit', () => resolve()))
    worker.on('message', (response: EngineResponse) => {
      const waiter = this.pending.get(response.id)
      if (!waiter) return
      if ('chunk' in response) {
        waiter.chunk?.(response.chunk)
        return
      }
      this.pending.delete(response.id)
      if (response.ok) waiter.resolve(response.value)
      else waiter.reject(revive(response.error))
    })
    worker.on('error', () => this.abandon())
    worker.once('exit', () => this.abandon())
  }

  static async open(
    path: string,
    secret: VaultSecret,
    options: VaultFileOptions & WorkerOptions = {},
  ): Promise<WorkerVault> {
    const { workerUrl, ...fileOptions } = options
    const vault = new WorkerVault(spawnEngine(workerUrl))
    try {
      const request: EngineRequest = { op: 'open', path, secret, options: fileOptions }
      // Chunks are parsed as they arrive, while the worker decrypts the next ones.
      vault.adopt((await vault.call(request, (json) => vault.adoptChunk(json))) as Unlocked)
      return vault
    } catch (error) {
      await vault.lock()
      throw error
    }
  }

  static async create(
    path: string,
    options: CreateVaultOptions & WorkerOptions,
  ): Promise<{ vault: WorkerVault; recoveryKey: string }> {
    const { workerUrl, clock, ...rest } = options
    const vault = new WorkerVault(spawnEngine(workerUrl))
    try {
      const now = clock?.().toISOString()
      const result = (await vault.call({
        op: 'create',
        path,
        options: now ? { ...rest, now } : rest,
      })) as Unlocked
      vault.adopt(result)
      return { vault, recoveryKey: result.recoveryKey ?? '' }
    } catch (error) {
      await vault.lock()
      throw error
    }
  }

  /**
   * `restoreBackup` in a throwaway engine worker, so neither Argon2id nor the decrypted file ever
   * touches the calling thread's memory. Writes a new vault file; never overwrites.
   */
  static async restoreBackup(
    backupPath: string,
    backupPassphrase: string,
    newVaultPath: string,
    options: { kdfPolicy?: KdfPolicy } & WorkerOptions = {},
  ): Promise<void> {
    const { workerUrl, ...fileOptions } = options
    const engine = new WorkerVault(spawnEngine(workerUrl))
    try {
      await engine.call({
        op: 'restore',
        backupPath,
        passphrase: backupPassphrase,
        vaultPath: newVaultPath,
        options: fileOptions,
      })
    } finally {
      await engine.lock()
    }
  }

  private adopt(result: Unlocked): void {
    this.adoptChunk(result.recordsJson)
    this.cachedStatus = result.status
  }

  /** The worker validated every record before serializing it; this thread trusts its own worker. */
  private adoptChunk(json: string): void {
    const records = JSON.parse(json) as AnyRecord[]
    for (const record of records) this.records.set(record)
  }

  private abandon(): void {
    this.worker = undefined
    this.records.clear()
    this.listeners.clear()
    this.cachedStatus = undefined
    for (const waiter of this.pending.values()) waiter.reject(new LockedError())
    this.pending.clear()
  }

  private call(request: EngineRequest, chunk?: (json: string) => void): Promise<unknown> {
    const worker = this.worker
    if (!worker) return Promise.reject(new LockedError())
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, chunk ? { resolve, reject, chunk } : { resolve, reject })
      worker.postMessage({ id, request })
    })
  }

  private live(): VaultStatus {
    if (!this.worker || !this.cachedStatus) throw new LockedError()
    return this.cachedStatus
  }

  get isLocked(): boolean {
    return this.worker === undefined
  }

  get readOnly(): boolean {
    return this.live().readOnly
  }

  status(): VaultStatus {
    return { ...this.live(), recordCount: this.records.size }
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

  async commit(change: Change): Promise<void> {
    if (this.live().readOnly) throw new ReadOnlyVaultError()
    const result = (await this.call({ op: 'commit', change })) as {
      records: AnyRecord[]
      status: VaultStatus
    }
    const put = new Set<string>(result.records.map((r) => r.id))
    const kinds = new Set<RecordKind>()
    const removed = [...new Set(change.remove ?? [])].filter(
      (id) => !put.has(id) && this.records.has(id),
    )
    for (const id of removed) {
      kinds.add(this.records.delete(id)!.kind)
    }
    for (const record of result.records) {
      this.records.set(record)
      kinds.add(record.kind)
    }
    this.cachedStatus = result.status
    const event: ChangeEvent = { kinds: [...kinds], ids: [...removed, ...put] }
    for (const listener of [...this.listeners]) listener(event)
  }

  /** Throws WrongPassphraseOrCorrupt unless `secret` opens this vault; changes nothing. */
  async checkSecret(secret: VaultSecret): Promise<void> {
    await this.call({ op: 'checkSecret', secret })
  }

  async changePassphrase(newPassphrase: string): Promise<void> {
    await this.call({ op: 'changePassphrase', passphrase: newPassphrase })
  }

  async verify(): Promise<VerifyReport> {
    return (await this.call({ op: 'verify' })) as VerifyReport
  }

  /** See `Vault.acceptOlderCopy`: the file becomes the current state, logged in the vault. */
  async acceptOlderCopy(at: string): Promise<VaultStatus> {
    const status = (await this.call({ op: 'acceptOlderCopy', at })) as VaultStatus
    this.cachedStatus = status
    return this.status()
  }

  async acknowledgeMissingMark(at: string): Promise<VaultStatus> {
    const status = (await this.call({ op: 'acknowledgeMissingMark', at })) as VaultStatus
    this.cachedStatus = status
    return this.status()
  }

  async exportVerified(): Promise<AnyRecord[]> {
    await Promise.resolve()
    this.live()
    return [...this.records.values()]
  }

  /** Diagnostics: how much memory the engine thread holds (never anything from the vault). */
  async engineMemory(): Promise<EngineMemory> {
    return (await this.call({ op: 'memory' })) as EngineMemory
  }

  async backup(outPath: string, backupPassphrase: string): Promise<void> {
    await this.call({ op: 'backup', outPath, passphrase: backupPassphrase })
  }

  /** Locks: every method answers Locked at once; the worker closes the file, then is terminated. */
  async lock(): Promise<void> {
    const worker = this.worker
    if (!worker) return
    const closing = this.call({ op: 'lock' }).catch(() => undefined)
    this.records.clear()
    this.cachedStatus = undefined
    let timer: NodeJS.Timeout | undefined
    await Promise.race([closing, new Promise((r) => (timer = setTimeout(r, 5000)))])
    clearTimeout(timer)
    this.abandon()
    await worker.terminate()
  }
}
