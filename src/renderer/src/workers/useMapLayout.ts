import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { NetworkAnalysis } from '../../../shared/graph'
import type { NetworkSnapshot } from '../../../shared/ipc'
import { layoutInputFor, unplaced } from './layoutInput'
import type { LayoutRequest, LayoutResponse } from './layoutProtocol'
import type { LayoutResult, Positions } from './layoutTypes'

/** Below this share of people placed, wait for the clusters before laying out (full layout). */
const NEEDS_CLUSTERS_BELOW = 0.5

export interface MapLayoutState {
  positions: Positions
  computing: boolean
  /** Lay the whole map out again (ignores saved positions). */
  relayout: () => void
}

/**
 * Positions for the map: saved ones from the vault, new people placed by the layout worker, and
 * a full layout (clusters first) when most people have no position. New positions are handed to
 * `save` so the map looks the same on the next launch.
 */
export function useMapLayout(
  snapshot: NetworkSnapshot | null,
  analysis: NetworkAnalysis | null,
  save: (positions: Positions) => void,
  /** Width / height of the map's view, read when a layout starts. */
  aspect: () => number = () => 1,
): MapLayoutState {
  // Positions computed this session; saved ones (from the snapshot) take precedence, so a person
  // moved by hand is never pulled back to where the layout put them.
  const [computed, setComputed] = useState<Positions>({})
  const positions = useMemo<Positions>(
    () => (snapshot ? { ...computed, ...(snapshot.layout?.positions ?? {}) } : {}),
    [snapshot, computed],
  )
  const [computing, setComputing] = useState(false)
  const [relayouts, setRelayouts] = useState(0)
  const fullPending = useRef(false)
  const worker = useRef<Worker | null>(null)
  const requestId = useRef(0)
  const pending = useRef(new Map<number, (result: LayoutResult | null) => void>())
  const saveRef = useRef(save)
  const aspectRef = useRef(aspect)
  useEffect(() => {
    saveRef.current = save
    aspectRef.current = aspect
  })

  useEffect(
    () => () => {
      worker.current?.terminate()
      worker.current = null
    },
    [],
  )

  const run = useCallback((input: ReturnType<typeof layoutInputFor>) => {
    if (!worker.current) {
      const w = new Worker(new URL('./layout.worker.ts', import.meta.url), {
        type: 'module',
        name: 'kith-layout',
      })
      w.onmessage = (event: MessageEvent<LayoutResponse>) => {
        const resolve = pending.current.get(event.data.requestId)
        pending.current.delete(event.data.requestId)
        // Only the newest request's answer is used; older ones were superseded.
        const latest = event.data.requestId === requestId.current
        if (latest) setComputing(false)
        resolve?.(latest && event.data.ok ? event.data.result : null)
      }
      worker.current = w
    }
    const id = ++requestId.current
    setComputing(true)
    return new Promise<LayoutResult | null>((resolve) => {
      pending.current.set(id, resolve)
      const message: LayoutRequest = { requestId: id, input }
      worker.current!.postMessage(message)
    })
  }, [])

  useEffect(() => {
    if (!snapshot) return
    const full = fullPending.current
    const missing = unplaced(snapshot, positions)
    if (missing.length === 0 && !full) return
    const live = snapshot.people.filter((p) => !p.deletedAt).length
    if (!analysis && (full || live - missing.length < live * NEEDS_CLUSTERS_BELOW)) return
    fullPending.current = false
    // Superseded requests are dropped by request id in `run`, so no cancellation flag here.
    void run(
      layoutInputFor(snapshot, analysis, full ? {} : positions, full, aspectRef.current()),
    ).then((result) => {
      if (!result) return
      setComputed((before) => ({ ...before, ...result.positions }))
      const toSave: Positions = {}
      for (const id of result.placed) {
        const p = result.positions[id]
        if (p) toSave[id] = p
      }
      if (Object.keys(toSave).length > 0) saveRef.current(toSave)
    })
  }, [snapshot, analysis, positions, relayouts, run])

  const relayout = useCallback(() => {
    fullPending.current = true
    setRelayouts((n) => n + 1)
  }, [])
  return { positions, computing, relayout }
}
