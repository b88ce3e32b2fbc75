import type { Change } from '../../store/recordStore'
import type { VaultFileOptions, VaultSecret } from '../open'
import type { VaultStatus } from '../vault'
import type { KdfPolicy } from '../kdfPolicy'

/** Options that cross to the worker: plain data only (the clock becomes an instant). */
export interface WorkerCreateOptions extends VaultFileOptions {
  ownerName: string
  passphrase: string
  kdf?: { opsLimit: number; memLimitBytes: number }
  now?: string
}

export type EngineRequest =
  | { op: 'create'; path: string; options: WorkerCreateOptions }
  | { op: 'open'; path: string; secret: VaultSecret; options: VaultFileOptions }
  | { op: 'commit'; change: Change }
  | { op: 'changePassphrase'; passphrase: string }
  | { op: 'checkSecret'; secret: VaultSecret }
  | { op: 'verify' }
  | { op: 'acceptOlderCopy'; at: string }
  | { op: 'acknowledgeMissingMark'; at: string }
  | { op: 'backup'; outPath: string; passphrase: string }
  | { op: 'status' }
  | { op: 'memory' }
  | {
      op: 'restore'
      backupPath: string
      passphrase: string
      vaultPath: string
      options: { kdfPolicy?: KdfPolicy }
    }
  | { op: 'lock' }

/** The engine thread's memory: libsodium's WASM heap there, and the process's RSS. */
export interface EngineMemory {
  wasmHeapBytes: number
  rssBytes: number
}

export interface Unlocked {
  /**
   * Validated records not already streamed in `chunk` messages, as a JSON array string (create
   * sends its two records here; open streams everything and sends '[]'). Flat strings posted and
   * parsed on the main thread cost a fraction of structured-cloning 100k+ small objects.
   */
  recordsJson: string
  status: VaultStatus
  recoveryKey?: string
}

export interface SerializedError {
  name: string
  message: string
  code?: string
  recordId?: string
  issues?: unknown
}

/**
 * `chunk` messages carry part of an opening vault's projection (a JSON array string) before the
 * request's final answer; the port keeps them in order.
 */
export type EngineResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: SerializedError }
  | { id: number; chunk: string }
