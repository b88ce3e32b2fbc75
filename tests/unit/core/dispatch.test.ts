import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/core/dispatch'
import { KithError, toApiError } from '../../../src/core/errors'
import { handlers } from '../../../src/core/handlers'
import { contract, METHOD_NAMES } from '../../../src/shared/ipc'
import { testEnvironment } from './testEnvironment'

describe('dispatch', () => {
  it('answers app.info in the Result envelope', async () => {
    const result = await dispatch('app.info', {}, testEnvironment())
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Kith',
        version: '0.0.0-test',
        platform: 'linux',
        runtime: 'test',
        dataDirectory: '/tmp/kith-test',
      },
    })
  })

  it('rejects unknown methods', async () => {
    for (const method of ['app.nope', '__proto__', 'constructor', 42, null]) {
      const result = await dispatch(method, {}, testEnvironment())
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
    }
  })

  it('rejects input that does not match the schema', async () => {
    const result = await dispatch('app.info', { extra: true }, testEnvironment())
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })

  it('has a handler and a contract entry for every allow-listed method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort())
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES].sort())
  })
})

describe('toApiError', () => {
  it('keeps the message of known domain errors', () => {
    const logged: string[] = []
    expect(
      toApiError(new KithError('Locked', 'The vault is locked.'), (l) => logged.push(l)),
    ).toEqual({ code: 'LOCKED', message: 'The vault is locked.' })
    expect(logged).toEqual([])
  })

  it('hides the message of unknown errors and logs only their name', () => {
    const logged: string[] = []
    const error = toApiError(new TypeError('secret: Ana Silva'), (l) => logged.push(l))
    expect(error.code).toBe('INTERNAL')
    expect(error.message).not.toContain('Ana')
    expect(logged.join('\n')).not.toContain('Ana')
    expect(logged.join('\n')).toContain('TypeError')
  })
})
