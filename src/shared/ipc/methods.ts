/**
 * The allow-list of API method names. The preload imports only this file (and electron): it must
 * stay free of zod and of everything else so the sandboxed preload bundle stays tiny.
 * `contract.ts` checks at compile time that this list and the contract agree.
 */
export const METHOD_NAMES = ['app.info'] as const

export type MethodName = (typeof METHOD_NAMES)[number]

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value)
}

/** The one IPC channel every call travels on (`namespace.method` names ride inside it). */
export const CALL_CHANNEL = 'kith:call'
export const EVENT_CHANNEL = 'kith:event'
