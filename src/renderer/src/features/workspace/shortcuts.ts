import type { View } from '../../state/ui'

export type ShortcutAction =
  | { kind: 'newPerson' }
  | { kind: 'capture' }
  | { kind: 'view'; view: View }
  | { kind: 'shortcuts' }
  | { kind: 'palette' }
  | { kind: 'search' }
  | { kind: 'lock' }
  | { kind: 'escape' }

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

/** The global shortcuts, as the shortcut sheet lists them (one source for both). */
export const SHORTCUTS: readonly { keys: string[]; label: string }[] = [
  { keys: ['Ctrl/⌘', 'K'], label: 'Command palette' },
  { keys: ['/'], label: 'Search people, entries and introductions' },
  { keys: ['N'], label: 'New person' },
  { keys: ['J'], label: 'New journal entry' },
  { keys: ['I'], label: 'Introductions' },
  { keys: ['1'], label: 'Map' },
  { keys: ['2'], label: 'People' },
  { keys: ['3'], label: 'Journal' },
  { keys: ['4'], label: 'Introductions' },
  { keys: ['5'], label: 'Reach out' },
  { keys: ['Ctrl/⌘', 'Shift', 'L'], label: 'Lock the vault' },
  { keys: ['?'], label: 'This list of shortcuts' },
  { keys: ['Esc'], label: 'Close the dialog or the side panel' },
]

const DIGIT_VIEWS: Record<string, View> = {
  '1': 'map',
  '2': 'people',
  '3': 'journal',
  '4': 'introductions',
  '5': 'reachout',
}

/**
 * Which global action a key press means. Single keys count only when focus is not in a text
 * field (`typing`), so typing "n" in a note never opens a dialog; chords work everywhere.
 */
export function shortcutFor(event: KeyLike, typing: boolean): ShortcutAction | null {
  const mod = event.ctrlKey || event.metaKey
  const key = event.key
  if (mod && !event.altKey && !event.shiftKey && key.toLowerCase() === 'k')
    return { kind: 'palette' }
  if (mod && event.shiftKey && !event.altKey && key.toLowerCase() === 'l') return { kind: 'lock' }
  if (key === 'Escape') return { kind: 'escape' }
  if (typing || mod || event.altKey) return null
  if (key === '?') return { kind: 'shortcuts' }
  if (key === '/') return { kind: 'search' }
  if (event.shiftKey) return null
  switch (key.toLowerCase()) {
    case 'n':
      return { kind: 'newPerson' }
    case 'j':
      return { kind: 'capture' }
    case 'i':
      return { kind: 'view', view: 'introductions' }
  }
  const view = DIGIT_VIEWS[key]
  return view ? { kind: 'view', view } : null
}

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'time',
  'month',
  'week',
])

/** Whether keys typed at `target` are text (inputs, textareas, selects, editable content). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false
  const element = target as HTMLElement
  if (element.isContentEditable) return true
  const tag = element.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((element as HTMLInputElement).type || 'text')
  const role = element.getAttribute('role')
  return role === 'textbox' || role === 'combobox' || role === 'searchbox'
}
