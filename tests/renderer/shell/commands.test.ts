import { describe, expect, it } from 'vitest'
import { getCommands, registerCommands, runCommand } from '../../../src/renderer/src/state/commands'

describe('the command registry', () => {
  it('adds and removes commands, a later registration of an id winning until removed', () => {
    const ran: string[] = []
    const offA = registerCommands([
      { id: 'x', label: 'X one', group: 'G', run: () => void ran.push('x1') },
      { id: 'y', label: 'Y', group: 'G', run: () => void ran.push('y') },
    ])
    const offB = registerCommands([
      { id: 'x', label: 'X two', group: 'G', run: () => void ran.push('x2') },
    ])
    expect(
      getCommands()
        .map((c) => c.label)
        .sort(),
    ).toEqual(['X two', 'Y'])
    expect(runCommand('x')).toBe(true)
    offB()
    expect(
      getCommands()
        .map((c) => c.label)
        .sort(),
    ).toEqual(['X one', 'Y'])
    expect(runCommand('x')).toBe(true)
    offA()
    expect(getCommands()).toEqual([])
    expect(runCommand('x')).toBe(false)
    expect(ran).toEqual(['x2', 'x1'])
  })
})
