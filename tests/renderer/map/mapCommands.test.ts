import { describe, expect, it } from 'vitest'
import {
  createTieCommand,
  introduceCommand,
  moveCommand,
  renameClusterCommand,
  type Caller,
} from '../../../src/renderer/src/features/map/mapCommands'
import { pid } from './fixtures'

function recorder(answers: Record<string, unknown> = {}) {
  const calls: [string, unknown][] = []
  const call = ((method: string, input: unknown) => {
    calls.push([method, input])
    return Promise.resolve(answers[method] ?? {})
  }) as Caller
  return { call, calls }
}

describe('map commands', () => {
  it('introduce creates the introduction with a journal entry', async () => {
    const { call, calls } = recorder()
    await introduceCommand(call, {
      a: pid(1),
      b: pid(2),
      status: 'asked',
      rationale: '  both build robots ',
    }).run()
    expect(calls).toEqual([
      [
        'introductions.create',
        { a: pid(1), b: pid(2), status: 'asked', rationale: 'both build robots', logEntry: true },
      ],
    ])
  })

  it('creating a tie can be undone by removing that tie', async () => {
    const { call, calls } = recorder({ 'ties.create': { id: 'tie-1' } })
    const command = createTieCommand(call, { a: pid(1), b: pid(2), type: 'colleague', strength: 4 })
    await command.run()
    await command.inverse!()
    expect(calls.map(([m]) => m)).toEqual(['ties.create', 'ties.remove'])
    expect(calls[1]![1]).toEqual({ id: 'tie-1' })
  })

  it('moving saves positions and its inverse restores the previous ones', async () => {
    const { call, calls } = recorder()
    const command = moveCommand(
      call,
      { [pid(1)]: { x: 5, y: 6 } },
      { [pid(1)]: { x: 1, y: 2 }, [pid(2)]: { x: 0, y: 0 } },
    )
    await command.run()
    await command.inverse!()
    expect(calls).toEqual([
      ['layout.save', { positions: { [pid(1)]: { x: 5, y: 6 } } }],
      ['layout.save', { positions: { [pid(1)]: { x: 1, y: 2 } } }],
    ])
  })

  it('renaming a cluster can be undone', async () => {
    const { call, calls } = recorder()
    const command = renameClusterCommand(call, [pid(1), pid(2)], ' Climate ', null)
    await command.run()
    await command.inverse!()
    expect(calls).toEqual([
      ['clusters.rename', { members: [pid(1), pid(2)], name: 'Climate' }],
      ['clusters.rename', { members: [pid(1), pid(2)], name: '' }],
    ])
  })
})
