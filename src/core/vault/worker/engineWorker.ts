/**
 * The vault engine's worker thread: Argon2id, bulk decryption and writes run here, off the main
 * thread. Terminating this worker is the only way to wipe libsodium's WASM heap, so locking ends it.
 */
import { parentPort } from 'node:worker_threads'
import { wasmHeapBytes } from '../crypto'
import { restoreBackup } from '../backup'
import { createVault, openVault } from '../open'
import { isolatedKdf } from './isolatedKdf'
import type { Vault } from '../vault'
import type { AnyRecord } from '../../../shared/domain'
import type { EngineRequest, EngineResponse, SerializedError, Unlocked } from './protocol'

let vault: Vault | undefined
/**
 * Every Argon2id run happens in a short-lived thread of its own, so this long-lived heap never
 * grows by the KDF's memory. Located from this entry: bundling moves shared code into chunks.
 */
const deriveKeys = isolatedKdf(import.meta.url)

function serialize(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: 'unknown error' }
  const e = error as Error & { code?: unknown; recordId?: unknown; issues?: unknown }
  const out: SerializedError = { name: e.name, message: e.message }
  if (typeof e.code === 'string') out.code = e.code
  if (typeof e.recordId === 'string') out.recordId = e.recordId
  // zod issues carry paths and rule messages, not input values.
  if (e.name === 'ZodError' && Array.isArray(e.issues)) {
    out.issues = (e.issues as { path: PropertyKey[]; message: string }[]).map((i) => ({
      path: i.path.map(String),
      message: i.message,
    }))
  }
  return out
}

function current(): Vault {
  if (!vault)
    throw Object.assign(new Error('The vault is locked.'), { name: 'Locked', code: 'Locked' })
  return vault
}

function unlocked(opened: Vault, recoveryKey?: string): Unlocked {
  vault = opened
  const status = opened.status()
  // After a streamed open the projection is already sent and this is '[]'.
  const recordsJson = JSON.stringify(opened.detachProjection())
  return recoveryKey === undefined ? { recordsJson, status } : { recordsJson, status, recoveryKey }
}

/** Streams the projection while the scan runs: each batch is garbage by the next one. */
function chunkSender(id: number): (batch: AnyRecord[]) => void {
  return (batch) => {
    parentPort?.postMessage({ id, chunk: JSON.stringify(batch) } satisfies EngineResponse)
  }
}

async function handle(id: number, request: EngineRequest): Promise<unknown> {
  switch (request.op) {
    case 'create': {
      if (vault) throw new Error('this engine already holds a vault')
      const { now, ...options } = request.options
      const created = await createVault(
        request.path,
        {
          ...options,
          ...(now ? { clock: () => new Date(now) } : {}),
        },
        deriveKeys,
      )
      return unlocked(created.vault, created.recoveryKey)
    }
    case 'open':
      if (vault) throw new Error('this engine already holds a vault')
      return unlocked(
        await openVault(request.path, request.secret, request.options, chunkSender(id), deriveKeys),
      )
    case 'commit': {
      const records = await current().commitReturning(request.change)
      return { records, status: current().status() }
    }
    case 'changePassphrase':
      return current().changePassphrase(request.passphrase)
    case 'checkSecret':
      return current().checkSecret(request.secret)
    case 'verify':
      return current().verify()
    case 'acceptOlderCopy':
      return current().acceptOlderCopy(request.at)
    case 'acknowledgeMissingMark':
      return current().acknowledgeMissingMark(request.at)
    case 'backup':
      return current().backup(request.outPath, request.passphrase)
    case 'status':
      return current().status()
    case 'restore':
      return restoreBackup(
        request.backupPath,
        request.passphrase,
        request.vaultPath,
        request.options,
        deriveKeys,
      )
    case 'memory':
      return { wasmHeapBytes: wasmHeapBytes(), rssBytes: process.memoryUsage().rss }
    case 'lock': {
      const held = vault
      vault = undefined
      await held?.lock()
      return undefined
    }
  }
}

parentPort?.on('message', (message: { id: number; request: EngineRequest }) => {
  handle(message.id, message.request).then(
    (value) =>
      parentPort?.postMessage({ id: message.id, ok: true, value } satisfies EngineResponse),
    (error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        ok: false,
        error: serialize(error),
      } satisfies EngineResponse),
  )
})
