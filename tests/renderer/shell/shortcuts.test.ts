// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import {
  isTypingTarget,
  shortcutFor,
  type KeyLike,
} from '../../../src/renderer/src/features/workspace/shortcuts'

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('shortcutFor', () => {
  it('maps the single keys when not typing', () => {
    expect(shortcutFor(key('n'), false)).toEqual({ kind: 'newPerson' })
    expect(shortcutFor(key('j'), false)).toEqual({ kind: 'capture' })
    expect(shortcutFor(key('i'), false)).toEqual({ kind: 'view', view: 'introductions' })
    expect(shortcutFor(key('?', { shiftKey: true }), false)).toEqual({ kind: 'shortcuts' })
    expect(shortcutFor(key('/'), false)).toEqual({ kind: 'search' })
    expect(shortcutFor(key('2'), false)).toEqual({ kind: 'view', view: 'people' })
  })

  it('ignores single keys while typing, and with Ctrl/Alt/Shift held', () => {
    for (const k of ['n', 'j', 'i', '?', '/', '1']) expect(shortcutFor(key(k), true)).toBeNull()
    expect(shortcutFor(key('n', { ctrlKey: true }), false)).toBeNull()
    expect(shortcutFor(key('n', { altKey: true }), false)).toBeNull()
    expect(shortcutFor(key('N', { shiftKey: true }), false)).toBeNull()
  })

  it('opens the palette with Ctrl+K or Cmd+K, even while typing', () => {
    expect(shortcutFor(key('k', { ctrlKey: true }), true)).toEqual({ kind: 'palette' })
    expect(shortcutFor(key('K', { metaKey: true }), false)).toEqual({ kind: 'palette' })
    expect(shortcutFor(key('l', { ctrlKey: true, shiftKey: true }), true)).toEqual({ kind: 'lock' })
  })

  it('passes Escape through everywhere', () => {
    expect(shortcutFor(key('Escape'), true)).toEqual({ kind: 'escape' })
  })
})

describe('isTypingTarget', () => {
  it('knows text fields from buttons and checkboxes', () => {
    const make = (html: string) => {
      const holder = document.createElement('div')
      holder.innerHTML = html
      return holder.firstElementChild
    }
    expect(isTypingTarget(make('<input>'))).toBe(true)
    expect(isTypingTarget(make('<input type="search">'))).toBe(true)
    expect(isTypingTarget(make('<textarea></textarea>'))).toBe(true)
    expect(isTypingTarget(make('<div role="combobox"></div>'))).toBe(true)
    expect(isTypingTarget(make('<input type="checkbox">'))).toBe(false)
    expect(isTypingTarget(make('<button>x</button>'))).toBe(false)
    expect(isTypingTarget(document.body)).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })
})
