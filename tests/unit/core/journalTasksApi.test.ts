import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CoreEnvironment } from '../../../src/core/context'
import { dispatch } from '../../../src/core/dispatch'
import { UNSAFE_TEST_KDF_POLICY } from '../../../src/core/vault/kdfPolicy'
import { testEnvironment } from './testEnvironment'

async function call(env: CoreEnvironment, method: string, input: unknown = {}): Promise<unknown> {
  const result = await dispatch(method, input, env)
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code })
  return result.value
}

describe('journal.toggleTask', () => {
  let dir: string
  let env: CoreEnvironment

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kith-tasks-'))
    env = testEnvironment({
      dataDirectory: dir,
      vaultOptions: { kdfPolicy: UNSAFE_TEST_KDF_POLICY },
    })
    await call(env, 'vault.create', { ownerName: 'Me', passphrase: 'my own passphrase here' })
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const body = 'Plan:\n- [ ] send the deck\n- [x] book a table\n\nNot a task: [ ] here'

  it('ticks a box, saves it, and undoes it', async () => {
    const { entry } = (await call(env, 'journal.log', { text: body })) as {
      entry: { id: string; body: string }
    }
    const offset = entry.body.indexOf('[ ]')
    const ticked = (await call(env, 'journal.toggleTask', {
      id: entry.id,
      offset,
      done: true,
    })) as { body: string }
    expect(ticked.body).toBe(body.replace('- [ ] send', '- [x] send'))
    const listed = (await call(env, 'journal.list', {})) as { id: string; body: string }[]
    expect(listed.find((e) => e.id === entry.id)?.body).toBe(ticked.body)
    expect(await call(env, 'undo.last')).toEqual({ undone: 'Tick task' })
    const after = (await call(env, 'journal.list', {})) as { id: string; body: string }[]
    expect(after.find((e) => e.id === entry.id)?.body).toBe(body)
  })

  it('clears a ticked box and refuses an offset that is not a task box', async () => {
    const { entry } = (await call(env, 'journal.log', { text: body })) as {
      entry: { id: string; body: string }
    }
    const done = entry.body.indexOf('[x]')
    const cleared = (await call(env, 'journal.toggleTask', {
      id: entry.id,
      offset: done,
      done: false,
    })) as { body: string }
    expect(cleared.body).toContain('- [ ] book a table')
    const notTask = body.lastIndexOf('[ ]')
    await expect(
      call(env, 'journal.toggleTask', { id: entry.id, offset: notTask, done: true }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
  })
})
