import type { ClusterAssignment, NetworkAnalysis, WarmPath } from '../../../shared/graph'
import type { NetworkSnapshot } from '../../../shared/ipc'

/** Messages to the analysis worker. `version` ties answers to the snapshot they were asked for. */
export type AnalysisRequest =
  | {
      type: 'analyze'
      version: number
      snapshot: NetworkSnapshot
      previous?: ClusterAssignment
      nowMs: number
    }
  | { type: 'warmPaths'; version: number; requestId: number; target: string; k: number }

export type AnalysisResponse =
  | { type: 'analysis'; version: number; analysis: NetworkAnalysis; ms: number }
  | { type: 'warmPaths'; version: number; requestId: number; paths: WarmPath[] }
  | { type: 'error'; version: number; requestId?: number; message: string }
