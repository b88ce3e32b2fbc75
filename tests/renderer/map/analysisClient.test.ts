import { describe, expect, it } from 'vitest'
import { analyzeNetwork } from '../../../src/shared/graph'
import {
  AnalysisClient,
  type AnalysisState,
  type WorkerLike,
} from '../../../src/renderer/src/workers/analysisClient'
import { analysisFingerprint } from '../../../src/renderer/src/workers/analysisFingerprint'
import { snapshotToAnalysisInput } from '../../../src/renderer/src/workers/analysisInput'
import type {
  AnalysisRequest,
  AnalysisResponse,
} from '../../../src/renderer/src/workers/analysisProtocol'
import { NOW, person, pid, twoClusterSnapshot } from './fixtures'

/** Runs the real analysis, but only when the test says so (`flush`), like a busy worker. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null = null
  inbox: AnalysisRequest[] = []
  terminated = false
  postMessage(message: AnalysisRequest): void {
    this.inbox.push(message)
  }
  terminate(): void {
    this.terminated = true
  }
  flush(): void {
    const queue = this.inbox
    this.inbox = []
    for (const m of queue) {
      const reply = (data: AnalysisResponse) =>
        this.onmessage?.({ data } as MessageEvent<AnalysisResponse>)
      if (m.type === 'analyze') {
        const analysis = analyzeNetwork(snapshotToAnalysisInput(m.snapshot), {
          now: new Date(m.nowMs),
          previous: m.previous,
        })
        reply({ type: 'analysis', version: m.version, analysis, ms: 1 })
      } else {
        reply({ type: 'warmPaths', version: m.version, requestId: m.requestId, paths: [] })
      }
    }
  }
}

function setup() {
  const workers: FakeWorker[] = []
  const states: AnalysisState[] = []
  const client = new AnalysisClient(
    () => {
      const w = new FakeWorker()
      workers.push(w)
      return w
    },
    () => NOW.getTime(),
    (s) => states.push(s),
  )
  return { client, workers, states }
}

describe('AnalysisClient', () => {
  it('analyses a snapshot in the worker and publishes the result', () => {
    const { client, workers, states } = setup()
    client.submit(twoClusterSnapshot())
    expect(states.at(-1)!.computing).toBe(true)
    workers[0]!.flush()
    const last = states.at(-1)!
    expect(last.computing).toBe(false)
    expect(last.analysis!.clusters.length).toBeGreaterThanOrEqual(2)
  })

  it('coalesces snapshots that arrive while busy and analyses only the newest', () => {
    const { client, workers } = setup()
    const base = twoClusterSnapshot()
    client.submit(base)
    client.submit({
      ...base,
      people: [...base.people, person(20, 'Cy', { updatedAt: '2026-02-01T00:00:00.000Z' })],
    })
    client.submit({
      ...base,
      people: [...base.people, person(21, 'Di', { updatedAt: '2026-03-01T00:00:00.000Z' })],
    })
    expect(workers[0]!.inbox).toHaveLength(1)
    workers[0]!.flush()
    const next = workers[0]!.inbox
    expect(next).toHaveLength(1)
    const request = next[0]!
    expect(request.type === 'analyze' && request.snapshot.people.some((p) => p.name === 'Di')).toBe(
      true,
    )
  })

  it('passes the previous cluster assignment on, so cluster ids stay stable', () => {
    const { client, workers, states } = setup()
    const base = twoClusterSnapshot()
    client.submit(base)
    workers[0]!.flush()
    const first = states.at(-1)!.analysis!
    client.submit({
      ...base,
      people: [...base.people, person(22, 'Ed', { updatedAt: '2026-04-01T00:00:00.000Z' })],
    })
    const request = workers[0]!.inbox[0]!
    expect(request.type === 'analyze' && request.previous).toEqual(first.clusterOf)
    workers[0]!.flush()
    expect(states.at(-1)!.analysis!.clusterOf[pid(1)]).toBe(first.clusterOf[pid(1)])
  })

  it('does not re-run for a snapshot that differs only in layout', () => {
    const { client, workers } = setup()
    const base = twoClusterSnapshot()
    client.submit(base)
    workers[0]!.flush()
    client.submit({
      ...base,
      layout: {
        kind: 'layout',
        id: 'layout',
        positions: { [pid(1)]: { x: 1, y: 2 } },
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      },
    })
    expect(workers[0]!.inbox).toHaveLength(0)
  })

  it('forgets everything on lock and ends the worker', () => {
    const { client, workers, states } = setup()
    client.submit(twoClusterSnapshot())
    workers[0]!.flush()
    client.submit(null)
    expect(workers[0]!.terminated).toBe(true)
    expect(states.at(-1)!.analysis).toBeNull()
  })

  it('answers warm-path requests through the worker', async () => {
    const { client, workers } = setup()
    client.submit(twoClusterSnapshot())
    const paths = client.warmPaths(pid(3))
    workers[0]!.flush()
    await expect(paths).resolves.toEqual([])
  })
})

describe('analysisFingerprint', () => {
  it('changes with people, ties and settings that matter, not with the layout', () => {
    const base = twoClusterSnapshot()
    const f = analysisFingerprint(base)
    expect(analysisFingerprint({ ...base, ties: base.ties.slice(1) })).not.toBe(f)
    expect(
      analysisFingerprint({
        ...base,
        people: base.people.map((p, i) =>
          i === 3 ? { ...p, updatedAt: '2026-05-01T00:00:00.000Z' } : p,
        ),
      }),
    ).not.toBe(f)
    expect(analysisFingerprint({ ...base, layout: null, interactions: [] })).toBe(f)
  })
})
