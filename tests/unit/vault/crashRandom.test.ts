import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MARKS, PASSPHRASE, newVault, reopen } from './helpers'

const CHILD = fileURLToPath(new URL('./crashChild.ts', import.meta.url))
const KILLS = 100

/** A small seeded generator (mulberry32): the same kill points on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Starts a writer, waits for `acks` acknowledged commits, then kill -9s it after `delayMs`, so the
 * kill lands at varying points of the next commit (encrypting, inside the transaction, fsync,
 * writing the mark). Resolves with every id the writer acknowledged.
 */
function writeThenKill(path: string, acks: number, delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, 'write', path, PASSPHRASE, MARKS],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const acked: string[] = []
    let buffer = ''
    let stderr = ''
    let killing = false
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4))
      if (!killing && acked.length >= acks) {
        killing = true
        setTimeout(() => child.kill('SIGKILL'), delayMs)
      }
    })
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acked)
      else reject(new Error(`writer exited on its own: ${stderr}`))
    })
  })
}

describe('crash safety at random points', () => {
  it(`${KILLS} kill -9s of a writer: no acknowledged write lost, no false rollback`, async () => {
    const { path, vault } = await newVault()
    await vault.lock()
    const random = seeded(18)
    const all: string[] = []
    for (let kill = 0; kill < KILLS; kill++) {
      const acked = await writeThenKill(path, 1 + Math.floor(random() * 12), random() * 15)
      all.push(...acked)
      const after = await reopen(path)
      const status = after.status()
      expect(status.recovery, `kill ${kill}`).toBeUndefined()
      // The mark is written after the commit: a kill between the two never looks like a rollback.
      expect(status.rollback, `kill ${kill}`).toBeUndefined()
      for (const id of acked) expect(after.get('entry', id), `kill ${kill}: ${id}`).toBeDefined()
      await after.lock()
    }
    const last = await reopen(path)
    expect((await last.verify()).ok).toBe(true)
    for (const id of all) expect(last.get('entry', id)).toBeDefined()
  }, 900_000)
})
