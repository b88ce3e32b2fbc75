// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  dropVaultData,
  getSnapshot,
  getVaultStatus,
  refreshSnapshot,
  setVaultStatus,
  startDataSync,
} from '../../../src/renderer/src/state/data'

/** A bridge whose calls wait until the test answers them, and whose events the test emits. */
function fakeBridge() {
  const pending: { method: string; resolve: (value: unknown) => void }[] = []
  const listeners = new Map<string, ((payload: unknown) => void)[]>()
  window.kith = {
    call: (method) =>
      new Promise((resolve) => {
        pending.push({ method, resolve: (value) => resolve({ ok: true, value }) })
      }),
    on: (event, callback) => {
      listeners.set(event, [...(listeners.get(event) ?? []), callback])
      return () =>
        listeners.set(
          event,
          (listeners.get(event) ?? []).filter((c) => c !== callback),
        )
    },
  }
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
  return {
    pending,
    emit: (event: string, payload: unknown) => listeners.get(event)?.forEach((c) => c(payload)),
    answer: async (value: unknown) => {
      pending.shift()?.resolve(value)
      await flush()
    },
    flush,
  }
}

const snapshot = (ownerId: string) =>
  ({
    ownerId,
    people: [],
    ties: [],
    introductions: [],
    clusterNames: [],
    layout: null,
    settings: null,
    interactions: [],
  }) as const

const status = (state: 'locked' | 'unlocked') => ({
  state,
  vaultName: 'vault',
  isDemo: false,
  readOnly: false,
  recovery: null,
  rollback: null,
  markMissing: null,
  warning: null,
  ownerName: 'Ana',
  autoLockMinutes: 10,
  canUndo: null,
})

describe('the vault data store', () => {
  let bridge: ReturnType<typeof fakeBridge>
  beforeEach(() => {
    bridge = fakeBridge()
    dropVaultData()
  })
  afterEach(() => {
    delete window.kith
  })

  it('coalesces a burst of refreshes into one more fetch after the running one', async () => {
    const first = refreshSnapshot()
    void refreshSnapshot()
    void refreshSnapshot()
    expect(bridge.pending.map((p) => p.method)).toEqual(['network.snapshot'])
    await bridge.answer(snapshot('a'))
    expect(bridge.pending.map((p) => p.method)).toEqual(['network.snapshot'])
    await bridge.answer(snapshot('b'))
    await first
    expect(getSnapshot()?.ownerId).toBe('b')
    expect(bridge.pending).toEqual([])
  })

  it('throws away an answer that arrives after the vault locked', async () => {
    const fetching = refreshSnapshot()
    dropVaultData()
    await bridge.answer(snapshot('stale'))
    await fetching
    expect(getSnapshot()).toBeNull()
  })

  it('fetches the snapshot when the vault becomes unlocked and drops it on lock', async () => {
    setVaultStatus(status('unlocked'))
    expect(bridge.pending.map((p) => p.method)).toEqual(['network.snapshot'])
    await bridge.answer(snapshot('a'))
    expect(getSnapshot()?.ownerId).toBe('a')
    setVaultStatus(status('locked'))
    expect(getSnapshot()).toBeNull()
  })

  it('on a vault.locked event: drops the data, marks the status locked, tells the shell', async () => {
    setVaultStatus(status('unlocked'))
    await bridge.answer(snapshot('a'))
    const reasons: string[] = []
    const stop = startDataSync((reason) => reasons.push(reason))
    bridge.emit('vault.locked', { reason: 'idle' })
    expect(getSnapshot()).toBeNull()
    expect(getVaultStatus()?.state).toBe('locked')
    expect(reasons).toEqual(['idle'])
    expect(bridge.pending.map((p) => p.method)).toEqual(['vault.status'])
    stop()
  })

  it('on data.changed while unlocked: refreshes the snapshot and the status', async () => {
    setVaultStatus(status('unlocked'))
    await bridge.answer(snapshot('a'))
    const stop = startDataSync()
    bridge.emit('data.changed', { kinds: ['person'] })
    expect(bridge.pending.map((p) => p.method).sort()).toEqual(['network.snapshot', 'vault.status'])
    stop()
  })
})
