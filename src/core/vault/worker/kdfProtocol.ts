import type { KdfJob } from '../kdf'
import type { KdfPolicy } from '../kdfPolicy'

export interface KdfRequest {
  jobs: KdfJob[]
  policy: KdfPolicy
}

export type KdfResponse =
  | { ok: true; keys: Uint8Array[]; ms: number[] }
  | { ok: false; error: { name: string; message: string; code?: string } }
