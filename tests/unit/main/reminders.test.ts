import { describe, expect, it } from 'vitest'
import { loginItemOptions, showDigest, trayMenu, type Notifier } from '../../../src/main/reminders'

describe('Electron reminders (option builders)', () => {
  it('starts at login, hidden, only when asked', () => {
    expect(loginItemOptions({})).toEqual({ openAtLogin: false, openAsHidden: false, args: [] })
    expect(loginItemOptions({ startAtLogin: true })).toEqual({
      openAtLogin: true,
      openAsHidden: true,
      args: ['--hidden'],
    })
  })

  it('keeps counts out of the tray while locked', () => {
    expect(trayMenu({ locked: true, dueToday: 4 })).toEqual({
      tooltip: 'Kith (locked)',
      items: [
        { label: 'Open Kith', action: 'open' },
        { label: 'Quit', action: 'quit' },
      ],
    })
    expect(trayMenu({ locked: false, dueToday: 4 }).tooltip).toBe('Kith: 4 to reach out to')
  })

  it('shows the digest through the injected notifier and opens Reach out on click', () => {
    const shown: { title: string; body: string }[] = []
    const opened: string[] = []
    const notifier: Notifier = {
      isSupported: () => true,
      show: (options, onClick) => {
        shown.push({ title: options.title, body: options.body })
        onClick()
      },
    }
    const content = {
      title: '2 people to reach out to today',
      body: 'Dora and 1 more.',
      view: 'reachout' as const,
    }
    expect(showDigest(notifier, content, (v) => opened.push(v))).toBe(true)
    expect(shown).toEqual([{ title: content.title, body: content.body }])
    expect(opened).toEqual(['reachout'])
    expect(showDigest(notifier, null, (v) => opened.push(v))).toBe(false)
    expect(showDigest({ ...notifier, isSupported: () => false }, content, () => {})).toBe(false)
  })
})
