import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { openVault } from '../../../src/core/vault'
import { CHEAP, PASSPHRASE, newVault, reopen } from './helpers'

const CHILD = fileURLToPath(new URL('./crashChild.ts', import.meta.url))

/** Runs the child until it has acknowledged `acks` operations, then kill -9s it. */
function runAndKill(
  mode: string,
  path: string,
  passphrase: string,
  acks: number,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, mode, path, passphrase], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const acked: string[] = []
    let buffer = ''
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith('ack ')) acked.push(line.slice(4))
        if (acked.length === acks) child.kill('SIGKILL')
      }
    })
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acked)
      else reject(new Error(`child exited on its own: ${stderr}`))
    })
  })
}

describe('crash safety (kill -9 of a writer process)', () => {
  it('keeps every acknowledged write and still verifies', async () => {
    const { path, vault } = await newVault()
    await vault.lock()
    const all: string[] = []
    for (const acks of [20, 300]) {
      const acked = await runAndKill('write', path, PASSPHRASE, acks)
      expect(acked.length).toBeGreaterThanOrEqual(acks)
      all.push(...acked)
      const after = await reopen(path)
      expect(after.status().recovery).toBeUndefined()
      expect((await after.verify()).ok).toBe(true)
      for (const id of all) expect(after.get('entry', id), id).toBeDefined()
      await after.lock()
    }
  }, 60_000)

  it('kill -9 during passphrase changes leaves exactly one passphrase working', async () => {
    const { path, vault } = await newVault('Owner', 'passphrase-A')
    await vault.lock()
    const acked = await runAndKill('passwd', path, 'passphrase-A', 30)
    const works = async (passphrase: string) => {
      try {
        await (await openVault(path, { passphrase }, CHEAP)).lock()
        return true
      } catch {
        return false
      }
    }
    const a = await works('passphrase-A')
    const b = await works('passphrase-B')
    expect([a, b].filter(Boolean)).toHaveLength(1)
    // At least the last acknowledged change holds, or a later one that landed before the kill.
    expect(acked.length).toBeGreaterThanOrEqual(30)
  }, 60_000)
})
