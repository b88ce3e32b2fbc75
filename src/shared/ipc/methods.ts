/**
 * The allow-list of API method names. The preload imports only this file (and electron): it must
 * stay free of zod and of everything else so the sandboxed preload bundle stays tiny.
 * `contract.ts` checks at compile time that this list and the contract agree.
 */
export const METHOD_NAMES = [
  'app.info',
  'vault.status',
  'vault.create',
  'vault.createDemo',
  'vault.unlock',
  'vault.lock',
  'vault.list',
  'vault.switch',
  'vault.changePassphrase',
  'vault.backup',
  'vault.listBackups',
  'vault.restore',
  'vault.exportVerified',
  'vault.acceptOlderCopy',
  'vault.acknowledgeMissingMark',
  'network.snapshot',
  'people.list',
  'people.get',
  'people.create',
  'people.update',
  'people.trash',
  'people.restore',
  'people.merge',
  'ties.create',
  'ties.update',
  'ties.remove',
  'ties.suggested',
  'ties.reviewSuggested',
  'ties.reviewLikely',
  'journal.list',
  'journal.log',
  'journal.update',
  'journal.delete',
  'journal.toggleTask',
  'introductions.list',
  'introductions.create',
  'introductions.transition',
  'introductions.drafts',
  'suggestions.dismiss',
  'suggestions.snooze',
  'clusters.rename',
  'layout.save',
  'settings.update',
  'search.query',
  'keepInTouch.list',
  'keepInTouch.snooze',
  'reachOut.day',
  'reachOut.snooze',
  'undo.last',
  'io.stage',
  'io.commit',
  'io.cancel',
  'io.batches',
  'io.undo',
  'io.export',
] as const

export type MethodName = (typeof METHOD_NAMES)[number]

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value)
}

/** The one IPC channel every call travels on (`namespace.method` names ride inside it). */
export const CALL_CHANNEL = 'kith:call'
export const EVENT_CHANNEL = 'kith:event'
