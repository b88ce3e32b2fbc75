import type { NetworkAnalysis, WarmPath } from '../../../shared/graph'
import type { NetworkSnapshot } from '../../../shared/ipc'
import { analysisFingerprint } from './analysisFingerprint'
import type { AnalysisRequest, AnalysisResponse } from './analysisProtocol'

/** The part of a Worker the client uses, so tests can hand it a fake. */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null
  terminate(): void
}

export interface AnalysisState {
  analysis: NetworkAnalysis | null
  computing: boolean
  error: string | null
  /** Milliseconds the last analysis took inside the worker. */
  lastMs: number | null
}

export const IDLE_ANALYSIS: AnalysisState = {
  analysis: null,
  computing: false,
  error: null,
  lastMs: null,
}

/**
 * Runs the analysis in one worker for the whole app. Snapshots arriving while the worker is busy
 * are coalesced (only the newest is analysed next); the previous cluster assignment is passed on
 * so cluster ids, colours and names stay put from one run to the next.
 */
export class AnalysisClient {
  private worker: WorkerLike | null = null
  private version = 0
  private busy = false
  private pending: NetworkSnapshot | null = null
  private fingerprint: string | null = null
  private state: AnalysisState = IDLE_ANALYSIS
  private nextRequest = 1
  private waiting = new Map<number, (paths: WarmPath[]) => void>()

  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly now: () => number,
    private readonly publish: (state: AnalysisState) => void,
  ) {}

  /** Hands over the newest snapshot (null when the vault is locked: forget everything). */
  submit(snapshot: NetworkSnapshot | null): void {
    if (!snapshot) {
      this.reset()
      return
    }
    const fingerprint = analysisFingerprint(snapshot)
    if (fingerprint === this.fingerprint) return
    this.fingerprint = fingerprint
    if (this.busy) {
      this.pending = snapshot
      return
    }
    this.post(snapshot)
  }

  /** The strongest chains from the owner to `target` on the last analysed snapshot. */
  warmPaths(target: string, k = 3): Promise<WarmPath[]> {
    const requestId = this.nextRequest++
    return new Promise((resolve) => {
      this.waiting.set(requestId, resolve)
      this.ensureWorker().postMessage({
        type: 'warmPaths',
        version: this.version,
        requestId,
        target,
        k,
      })
    })
  }

  dispose(): void {
    this.reset()
  }

  private post(snapshot: NetworkSnapshot): void {
    this.busy = true
    this.version++
    this.set({ ...this.state, computing: true })
    this.ensureWorker().postMessage({
      type: 'analyze',
      version: this.version,
      snapshot,
      previous: this.state.analysis?.clusterOf,
      nowMs: this.now(),
    })
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker
    const worker = this.createWorker()
    worker.onmessage = (event) => this.receive(event.data)
    this.worker = worker
    return worker
  }

  private receive(message: AnalysisResponse): void {
    if (message.type === 'warmPaths' || (message.type === 'error' && message.requestId)) {
      const id = message.requestId!
      const resolve = this.waiting.get(id)
      this.waiting.delete(id)
      resolve?.(message.type === 'warmPaths' ? message.paths : [])
      return
    }
    if (message.version !== this.version) return
    this.busy = false
    if (message.type === 'analysis') {
      this.set({ analysis: message.analysis, computing: false, error: null, lastMs: message.ms })
    } else {
      this.set({ ...this.state, computing: false, error: message.message })
    }
    const next = this.pending
    this.pending = null
    if (next) this.post(next)
  }

  private reset(): void {
    this.worker?.terminate()
    this.worker = null
    this.busy = false
    this.pending = null
    this.fingerprint = null
    this.version++
    for (const resolve of this.waiting.values()) resolve([])
    this.waiting.clear()
    this.set(IDLE_ANALYSIS)
  }

  private set(state: AnalysisState): void {
    this.state = state
    this.publish(state)
  }
}
