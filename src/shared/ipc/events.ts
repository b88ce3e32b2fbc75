/** Events flow from core to the renderer; every subscription returns an unsubscribe. */
export const EVENT_NAMES = ['data.changed', 'vault.locked', 'vault.unlocked'] as const
export type EventName = (typeof EVENT_NAMES)[number]

export interface EventPayloads {
  'data.changed': { kinds: string[] }
  'vault.locked': { reason: 'manual' | 'idle' | 'system' | 'quit' }
  'vault.unlocked': { readOnly: boolean }
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value)
}
