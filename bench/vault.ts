/**
 * Vault benchmark: unlock of a large vault (excluding the KDF), single-entry write latency with
 * fsync, RSS after unlock, and the Argon2id time at the default parameters on this machine.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { spawnSync } from 'node:child_process'
import type { AnyRecord, PersonId } from '../src/shared/domain'
import {
  createVault,
  DEFAULT_KDF_POLICY,
  openVault,
  UNSAFE_TEST_KDF_POLICY,
  WorkerVault,
} from '../src/core/vault'
import {
  deriveKeyFromSecret,
  encodePassphrase,
  initCrypto,
  randomBytes,
} from '../src/core/vault/crypto'
import {
  median,
  percentile,
  type BenchOptions,
  type BenchRow,
  type BenchSectionRunner,
} from './types'

const NOW = '2026-11-26T09:30:00.000Z'
const PASSPHRASE = 'bench passphrase'
const WORDS =
  'alpha beta gamma delta design music climbing startup finance health ocean garden robot'.split(
    ' ',
  )

/** A small seeded generator, so every run builds the same vault. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1
  return () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) / 2 ** 32
  }
}

function hexId<T extends string>(next: () => number): T {
  let out = ''
  for (let i = 0; i < 4; i++)
    out += Math.floor(next() * 2 ** 32)
      .toString(16)
      .padStart(8, '0')
  return out as T
}

function words(next: () => number, n: number): string {
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]!)
  return out.join(' ')
}

export function* generate(people: number, ties: number, entries: number): Generator<AnyRecord> {
  const next = rng(42)
  const ids: PersonId[] = []
  for (let i = 0; i < people; i++) {
    const id = hexId<PersonId>(next)
    ids.push(id)
    yield {
      kind: 'person',
      id,
      name: `Person ${i} ${words(next, 1)}`,
      isMe: false,
      organization: words(next, 2),
      title: words(next, 1),
      emails: [{ value: `p${i}@example.com` }],
      phones: [],
      links: [],
      tags: words(next, 3).split(' '),
      offers: [words(next, 2)],
      seeks: [words(next, 2)],
      notes: words(next, 30),
      externalIds: [],
      createdAt: NOW,
      updatedAt: NOW,
    }
  }
  const pick = () => ids[Math.floor(next() * ids.length)]!
  for (let i = 0; i < ties; i++) {
    let a = pick()
    let b = pick()
    while (a === b) b = pick()
    if (a > b) [a, b] = [b, a]
    yield {
      kind: 'tie',
      id: hexId(next),
      a,
      b,
      type: 'friend',
      strength: 1 + Math.floor(next() * 5),
      note: '',
      source: 'manual',
      createdAt: NOW,
      updatedAt: NOW,
    }
  }
  for (let i = 0; i < entries; i++) {
    yield {
      kind: 'entry',
      id: hexId(next),
      at: NOW,
      type: 'meeting',
      title: words(next, 4),
      body: words(next, 20 + Math.floor(next() * 80)),
      participants: [pick(), pick()],
      followUpDone: false,
      createdAt: NOW,
      updatedAt: NOW,
    }
  }
}

type UnlockMode = 'vault' | 'worker'

interface UnlockSample {
  ms: number
  /** Process CPU time (user + system, every thread: the engine worker's included). */
  cpuMs: number
  rss: number
  heap: number
}

const THIS_FILE = fileURLToPath(import.meta.url)

function unlockInChild(path: string, entries: number, mode: UnlockMode): UnlockSample {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', THIS_FILE, '--unlock-child', path, String(entries), mode],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  )
  const line = child.stdout.split('\n').find((l) => l.startsWith('{'))
  if (child.status !== 0 || !line) throw new Error(`unlock child failed: ${child.stderr}`)
  return JSON.parse(line) as UnlockSample
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/**
 * Child side: one unlock, timed (wall and CPU) without the KDF, which is measured separately at
 * the same cheap parameters and subtracted; prints one JSON line.
 */
async function unlockChild(path: string, entries: number, mode: UnlockMode): Promise<void> {
  await initCrypto()
  const secret = encodePassphrase(PASSPHRASE)
  const kdfCpu = process.cpuUsage()
  const kdfStart = performance.now()
  deriveKeyFromSecret(
    secret,
    randomBytes(16),
    UNSAFE_TEST_KDF_POLICY.defaults,
    UNSAFE_TEST_KDF_POLICY,
  )
  const kdfMs = performance.now() - kdfStart
  const kdfCpuMs = cpuMsSince(kdfCpu)
  const cpu = process.cpuUsage()
  const start = performance.now()
  const options = { kdfPolicy: UNSAFE_TEST_KDF_POLICY }
  const opened =
    mode === 'worker'
      ? await WorkerVault.open(path, { passphrase: PASSPHRASE }, options)
      : await openVault(path, { passphrase: PASSPHRASE }, options)
  const ms = performance.now() - start - kdfMs
  const cpuMs = cpuMsSince(cpu) - kdfCpuMs
  ;(globalThis as { gc?: () => void }).gc?.()
  const { rss, heapUsed } = process.memoryUsage()
  if (opened.list('entry').length !== entries) throw new Error('bench vault lost entries')
  await opened.lock()
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, rss, heap: heapUsed })}\n`)
}

export const runVaultBench: BenchSectionRunner = async (options: BenchOptions) => {
  const [people, ties, entries] = options.quick ? [1_000, 5_000, 10_000] : [10_000, 50_000, 100_000]
  const sizeLabel = `${people / 1000}k people / ${ties / 1000}k ties / ${entries / 1000}k entries`
  const dir = mkdtempSync(join(tmpdir(), 'kith-bench-vault-'))
  const path = join(dir, 'bench.kith')
  const rows: BenchRow[] = []
  try {
    await initCrypto()
    options.log(`vault: building ${sizeLabel}`)
    const { vault } = await createVault(path, {
      ownerName: 'Bench Owner',
      passphrase: PASSPHRASE,
      kdfPolicy: UNSAFE_TEST_KDF_POLICY,
    })
    let batch: AnyRecord[] = []
    for (const record of generate(people, ties, entries)) {
      batch.push(record)
      if (batch.length === 5_000) {
        await vault.commit({ put: batch })
        batch = []
      }
    }
    if (batch.length) await vault.commit({ put: batch })
    batch = []
    await vault.lock()

    // Each unlock runs in a fresh process, so RSS is the unlocked vault's, not the build's. The
    // machine may be shared: CPU time is reported beside wall time, medians of several runs.
    const modes: { mode: UnlockMode; label: string }[] = [
      { mode: 'vault', label: 'in-process Vault' },
      { mode: 'worker', label: 'WorkerVault (engine worker + projection on main)' },
    ]
    for (const { mode, label } of modes) {
      const samples: UnlockSample[] = []
      for (let run = 0; run < Math.max(1, options.runs); run++) {
        samples.push(unlockInChild(path, entries, mode))
      }
      const unlockMs = median(samples.map((s) => s.ms))
      const cpuMs = median(samples.map((s) => s.cpuMs))
      const rssMb = Math.max(...samples.map((s) => s.rss)) / (1024 * 1024)
      const heapMb = Math.max(...samples.map((s) => s.heap)) / (1024 * 1024)
      rows.push({
        metric: `unlock ${sizeLabel} (excl. KDF), ${label}: wall`,
        value: Math.round(unlockMs),
        unit: 'ms',
        target: '< 1000 ms',
        met: options.quick ? undefined : unlockMs < 1000,
      })
      rows.push({
        metric: `unlock ${sizeLabel} (excl. KDF), ${label}: CPU (all threads)`,
        value: Math.round(cpuMs),
        unit: 'ms',
        note: 'wall time suffers on a loaded machine; CPU time does not',
      })
      rows.push({
        metric: `RSS after unlock, ${label}`,
        value: Math.round(rssMb),
        unit: 'MB',
        target: '< 300 MB',
        met: options.quick ? undefined : rssMb < 300,
      })
      rows.push({
        metric: `JS heap used after unlock (main thread), ${label}`,
        value: Math.round(heapMb),
        unit: 'MB',
      })
    }

    const writer = await openVault(
      path,
      { passphrase: PASSPHRASE },
      { kdfPolicy: UNSAFE_TEST_KDF_POLICY },
    )
    const next = rng(7)
    const latencies: number[] = []
    const writes = options.quick ? 100 : 300
    for (let i = 0; i < writes; i++) {
      const record: AnyRecord = {
        kind: 'entry',
        id: hexId(next),
        at: NOW,
        type: 'call',
        title: words(next, 3),
        body: words(next, 60),
        participants: [],
        followUpDone: false,
        createdAt: NOW,
        updatedAt: NOW,
      }
      const start = performance.now()
      await writer.commit({ put: [record] })
      latencies.push(performance.now() - start)
    }
    await writer.lock()
    const p99 = percentile(latencies, 99)
    rows.push({
      metric: 'write one journal entry p50 (encrypt + fsync)',
      value: +percentile(latencies, 50).toFixed(2),
      unit: 'ms',
    })
    rows.push({
      metric: 'write one journal entry p99 (encrypt + fsync)',
      value: +p99.toFixed(2),
      unit: 'ms',
      target: '< 10 ms',
      met: p99 < 10,
    })

    const secret = encodePassphrase(PASSPHRASE)
    const d = DEFAULT_KDF_POLICY.defaults
    const start = performance.now()
    deriveKeyFromSecret(secret, randomBytes(16), d, DEFAULT_KDF_POLICY)
    rows.push({
      metric: `Argon2id KDF at defaults (${d.memLimitBytes / 1024 / 1024} MiB, ${d.opsLimit} passes)`,
      value: Math.round(performance.now() - start),
      unit: 'ms',
      target: '~1000 ms (unlock delay)',
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return { name: 'vault', rows }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const childAt = process.argv.indexOf('--unlock-child')
  if (childAt > 0) {
    const mode = process.argv[childAt + 3] === 'worker' ? 'worker' : 'vault'
    await unlockChild(process.argv[childAt + 1] ?? '', Number(process.argv[childAt + 2]), mode)
  } else {
    const quick = process.argv.includes('--quick')
    const section = await runVaultBench({
      quick,
      runs: quick ? 1 : 3,
      log: (line) => process.stderr.write(`${line}\n`),
    })
    for (const row of section.rows) {
      const target = row.target ? ` (target ${row.target})` : ''
      process.stdout.write(`${row.metric}: ${row.value} ${row.unit}${target}\n`)
    }
  }
}
