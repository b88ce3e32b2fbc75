import { useEffect, useState } from 'react'
import { create } from 'zustand'
import type { NetworkAnalysis, WarmPath } from '../../../shared/graph'
import { useSnapshot } from '../state/data'
import { AnalysisClient, IDLE_ANALYSIS, type AnalysisState } from './analysisClient'

const useAnalysisStore = create<AnalysisState>(() => IDLE_ANALYSIS)

let client: AnalysisClient | null = null

function analysisClient(): AnalysisClient {
  client ??= new AnalysisClient(
    () =>
      new Worker(new URL('./analysis.worker.ts', import.meta.url), {
        type: 'module',
        name: 'kith-analysis',
      }),
    () => Date.now(),
    (state) => useAnalysisStore.setState(state, true),
  )
  return client
}

/**
 * The network analysis of the current snapshot, computed in a Web Worker. Any number of
 * components may call it: they share one worker and one result.
 */
export function useAnalysis(): { analysis: NetworkAnalysis | null; computing: boolean } {
  const snapshot = useSnapshot()
  useEffect(() => {
    analysisClient().submit(snapshot)
  }, [snapshot])
  const analysis = useAnalysisStore((s) => s.analysis)
  const computing = useAnalysisStore((s) => s.computing)
  return { analysis, computing }
}

/** Warm introduction paths from the owner to `personId` (empty while loading or for nobody). */
export function useWarmPaths(personId: string | null | undefined): {
  paths: WarmPath[]
  loading: boolean
} {
  const analysis = useAnalysis().analysis
  const [result, setResult] = useState<{ key: string; paths: WarmPath[] } | null>(null)
  useEffect(() => {
    if (!personId || !analysis) return
    let live = true
    void analysisClient()
      .warmPaths(personId)
      .then((paths) => {
        if (live) setResult({ key: personId, paths })
      })
    return () => {
      live = false
    }
  }, [personId, analysis])
  if (!personId) return { paths: [], loading: false }
  const fresh = result?.key === personId
  return { paths: fresh ? result.paths : [], loading: !fresh }
}
