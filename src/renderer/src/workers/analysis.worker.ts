/// <reference lib="webworker" />
import {
  analyzeNetwork,
  buildGraph,
  warmPathsInGraph,
  type PeopleGraph,
} from '../../../shared/graph'
import type { AnalysisInput } from '../../../shared/graph'
import { snapshotToAnalysisInput } from './analysisInput'
import type { AnalysisRequest, AnalysisResponse } from './analysisProtocol'

declare const self: DedicatedWorkerGlobalScope

let latest: { version: number; input: AnalysisInput; now: Date; graph: PeopleGraph | null } | null =
  null

function reply(message: AnalysisResponse): void {
  self.postMessage(message)
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data
  try {
    if (request.type === 'analyze') {
      const started = performance.now()
      const input = snapshotToAnalysisInput(request.snapshot)
      const now = new Date(request.nowMs)
      latest = { version: request.version, input, now, graph: null }
      const analysis = analyzeNetwork(input, { now, previous: request.previous })
      reply({
        type: 'analysis',
        version: request.version,
        analysis,
        ms: performance.now() - started,
      })
      return
    }
    if (!latest) {
      reply({
        type: 'warmPaths',
        version: request.version,
        requestId: request.requestId,
        paths: [],
      })
      return
    }
    // The graph is built lazily and reused: a person panel asks for warm paths on every selection.
    latest.graph ??= buildGraph(latest.input, latest.now)
    const paths = warmPathsInGraph(latest.graph, request.target, request.k)
    reply({ type: 'warmPaths', version: latest.version, requestId: request.requestId, paths })
  } catch (error) {
    reply({
      type: 'error',
      version: request.version,
      requestId: request.type === 'warmPaths' ? request.requestId : undefined,
      message: error instanceof Error ? error.message : String(error),
    })
  }
}
