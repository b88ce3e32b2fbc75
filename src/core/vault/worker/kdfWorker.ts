/**
 * A one-shot Argon2id thread: derives the keys it is sent, posts them back and is terminated.
 * Argon2id grows libsodium's WASM memory by the KDF's memory cost (256 MiB by default) and WASM
 * memory never shrinks, so only ending this thread gives that memory (and the key material that
 * passed through it) back.
 */
import { parentPort } from 'node:worker_threads'
import { initCrypto, wipe } from '../crypto'
import { inProcessKdf } from '../kdf'
import type { KdfRequest, KdfResponse } from './kdfProtocol'

parentPort?.once('message', (request: KdfRequest) => {
  const secrets = request.jobs.map((job) => job.secret)
  initCrypto()
    .then(() => inProcessKdf(request.jobs, request.policy))
    .then(
      ({ keys, ms }) => {
        // Fresh buffers so only the 32 key bytes move, and none stay behind here.
        const out = keys.map((key) => new Uint8Array(key))
        wipe(...keys)
        parentPort?.postMessage({ ok: true, keys: out, ms } satisfies KdfResponse, [
          ...out.map((key) => key.buffer),
        ])
      },
      (error: unknown) => {
        const e = error instanceof Error ? error : new Error('unknown error')
        const code = (e as { code?: unknown }).code
        parentPort?.postMessage({
          ok: false,
          error: {
            name: e.name,
            message: e.message,
            ...(typeof code === 'string' ? { code } : {}),
          },
        } satisfies KdfResponse)
      },
    )
    .finally(() => {
      for (const secret of secrets) secret.fill(0)
    })
})
