import type { CoreEnvironment } from '../context'
import { ioHandlers } from './ioHandlers'
import { journalHandlers } from './journalHandlers'
import { networkHandlers } from './networkHandlers'
import { peopleHandlers } from './peopleHandlers'
import { reachOutHandlers } from './reachOutHandlers'
import type { Handlers } from './types'
import { vaultHandlers } from './vaultHandlers'

export type { Handler, Handlers } from './types'

/**
 * The single source of truth for what the renderer may ask. Every method of the contract must
 * have a handler here: a missing one is a compile error through `satisfies`.
 */
export const handlers = {
  'app.info': (_input: Record<string, never>, env: CoreEnvironment) => ({
    name: 'Kith',
    version: env.version,
    platform: env.platform,
    runtime: env.runtime,
    dataDirectory: env.dataDirectory,
  }),
  ...vaultHandlers,
  ...peopleHandlers,
  ...networkHandlers,
  ...journalHandlers,
  ...reachOutHandlers,
  ...ioHandlers,
} satisfies Handlers
