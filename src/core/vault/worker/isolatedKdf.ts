import { Worker } from 'node:worker_threads'
import { wipe } from '../crypto'
import { VaultError, type VaultErrorCode } from '../errors'
import { checkJobs, type KeyDeriver } from '../kdf'
import type { KdfRequest, KdfResponse } from './kdfProtocol'

/**
 * Where `kdfWorker` is: beside `base` (a module URL in this folder when running from source, or
 * the bundled entry that spawns it, since bundling moves shared code into chunks elsewhere).
 */
function spawnKdfWorker(base: string): Worker {
  if (!base.endsWith('.ts')) return new Worker(new URL('./kdfWorker.js', base))
  // From source (tests, tsx): the same bootstrap as the engine worker (see workerVault.ts).
  const entry = JSON.stringify(new URL('./kdfWorker.ts', base).href)
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}) })`
  return new Worker(bootstrap, { eval: true })
}

function revive(error: { name: string; message: string; code?: string }): Error {
  if (error.code) return new VaultError(error.code as VaultErrorCode, error.message)
  const revived = new Error(error.message)
  revived.name = error.name
  return revived
}

/**
 * Runs each batch of Argon2id derivations in a new thread that is terminated as soon as it has
 * answered, so the KDF's memory never stays resident in the caller's thread. Only the 32-byte keys
 * come back. `base` locates the worker entry (see `spawnKdfWorker`); it defaults to this module.
 */
export function isolatedKdf(base: string = import.meta.url): KeyDeriver {
  return async (jobs, policy) => {
    checkJobs(jobs, policy)
    const worker = spawnKdfWorker(base)
    try {
      const response = await new Promise<KdfResponse>((resolve, reject) => {
        worker.once('message', resolve)
        worker.once('error', reject)
        worker.once('exit', (code) => reject(new Error(`the KDF thread exited (${code})`)))
        // Copies: the caller keeps (and wipes) its own secrets; the thread wipes its copies.
        const request: KdfRequest = {
          jobs: jobs.map((job) => ({
            secret: new Uint8Array(job.secret),
            salt: new Uint8Array(job.salt),
            params: { opsLimit: job.params.opsLimit, memLimitBytes: job.params.memLimitBytes },
          })),
          policy,
        }
        // The copies are fresh ArrayBuffers (never shared memory): moved, not copied again.
        worker.postMessage(
          request,
          request.jobs.map((job) => job.secret.buffer as ArrayBuffer),
        )
      })
      if (!response.ok) throw revive(response.error)
      if (response.keys.length !== jobs.length) {
        wipe(...response.keys)
        throw new Error('the KDF thread answered the wrong number of keys')
      }
      return { keys: response.keys, ms: response.ms }
    } finally {
      await worker.terminate()
    }
  }
}
