import { describe, expect, it } from 'vitest'
import {
  isSubmitShortcut,
  primaryButton,
  submitShortcutLabel,
} from '../../../src/renderer/src/components/dialogSubmit'

const key = { key: 'Enter', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false }

describe('dialog submit shortcut', () => {
  it.each([
    [{ ...key, ctrlKey: true }, true],
    [{ ...key, metaKey: true }, true],
    [key, false],
    [{ ...key, ctrlKey: true, shiftKey: true }, false],
    [{ ...key, ctrlKey: true, altKey: true }, false],
    [{ ...key, ctrlKey: true, isComposing: true }, false],
    [{ ...key, key: 'a', ctrlKey: true }, false],
  ])('%o -> %s', (event, expected) => {
    expect(isSubmitShortcut(event)).toBe(expected)
  })

  it("clicks the footer's last enabled primary button, never a disabled one", () => {
    const button = (disabled: boolean, aria?: string) =>
      ({ disabled, getAttribute: () => aria ?? null }) as unknown as HTMLButtonElement
    const dialog = (buttons: HTMLButtonElement[]) =>
      ({ querySelectorAll: () => buttons }) as unknown as ParentNode
    const save = button(false)
    expect(primaryButton(dialog([button(false), save]))).toBe(save)
    expect(primaryButton(dialog([button(true)]))).toBeNull()
    expect(primaryButton(dialog([button(false, 'true')]))).toBeNull()
    expect(primaryButton(dialog([]))).toBeNull()
  })

  it('writes the shortcut the way the platform does', () => {
    expect(submitShortcutLabel('MacIntel')).toBe('⌘+Enter')
    expect(submitShortcutLabel('Linux x86_64')).toBe('Ctrl+Enter')
    expect(submitShortcutLabel('Win32')).toBe('Ctrl+Enter')
  })
})
