/// <reference lib="webworker" />
import { layoutNetwork } from './layoutNetwork'
import type { LayoutRequest, LayoutResponse } from './layoutProtocol'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { requestId, input } = event.data
  let response: LayoutResponse
  try {
    const started = performance.now()
    const result = layoutNetwork(input)
    response = { requestId, ok: true, result, ms: performance.now() - started }
  } catch (error) {
    response = {
      requestId,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    }
  }
  self.postMessage(response)
}
