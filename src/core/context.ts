import type { Clock } from '../shared/domain'
import type { KdfParams, KdfPolicy, MarkMirror } from './vault'
import type { EventName, EventPayloads } from '../shared/ipc'

export type Runtime = 'electron' | 'browser-harness' | 'cli' | 'test'

/** What every handler may use: where data lives, the clock, and how to tell the renderer things. */
export interface CoreEnvironment {
  runtime: Runtime
  version: string
  platform: string
  /** The folder that holds the user's vaults (see README: where the vault lives). */
  dataDirectory: string
  /** A vault file chosen on the command line (`--vault`), opened instead of the default one. */
  vaultPath?: string | undefined
  clock: Clock
  emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void
  /** WARNING: tests only, injected in code, never from a file or the environment: cheap KDF. */
  vaultOptions?: { kdfPolicy?: KdfPolicy; kdf?: KdfParams }
  /** Where the vaults' high-water marks live (default: `marks/` in the app's config directory). */
  markDirectory?: string | undefined
  /** A second copy of the marks (Electron's `safeStorage`), when the platform has one. */
  markMirror?: MarkMirror | undefined
  /** Logs without plaintext: callers pass codes and ids only. */
  log: (line: string) => void
}
