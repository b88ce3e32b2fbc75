import type {
  AnalysisWeights,
  EvidenceKind,
  ClusterName,
  Entry,
  Introduction,
  Person,
  PersonId,
  Settings,
  Tie,
} from '../domain'

/** The decrypted records the analysis reads; deleted records are ignored. */
export interface AnalysisInput {
  people: readonly Person[]
  ties: readonly Tie[]
  entries?: readonly Entry[]
  introductions?: readonly Introduction[]
  clusterNames?: readonly ClusterName[]
  settings?: Partial<Pick<Settings, 'weights' | 'interactionHalfLifeDays' | 'snoozedPairs'>>
}

/** person id -> cluster id, as returned by a previous run (`NetworkAnalysis.clusterOf`). */
export type ClusterAssignment = Readonly<Record<string, string>>

export interface AnalysisOptions {
  now: Date
  /** Seeds Louvain and betweenness sampling; same input + same seed = same output. */
  seed?: number
  /** Keeps cluster ids stable across recomputation. */
  previous?: ClusterAssignment
  /** Overrides settings.weights and DEFAULT_WEIGHTS. */
  weights?: AnalysisWeights
  /** Maximum number of suggestions returned (default 50). */
  limit?: number
  /** Candidates kept per person from each source (two-hop, three-hop, text); default by size. */
  candidatesPerPerson?: number
  /** Exact betweenness up to this many people, sampled above (default 500). */
  exactBetweennessUpTo?: number
  /** Sources sampled for betweenness above the threshold (default: 16-64 by size). */
  betweennessSamples?: number
}

export const ISOLATED_CLUSTER_ID = 'isolated'

export interface Cluster {
  id: string
  label: string
  members: PersonId[]
  /** The label comes from a ClusterName record the user gave. */
  named: boolean
  nameId?: string
  /** People tied to nobody but the owner. */
  isolated: boolean
  /** Where an unnamed cluster's label comes from: the evidence most of its members share. */
  source?: { kind: EvidenceKind; value: string }
}

/**
 * People who share one piece of evidence (an organisation, a label, a school...): a circle the
 * person can review in bulk ("These 37 people all work at Acme: do they know each other?").
 */
export interface EvidenceGroup {
  /** `kind:folded value`, stable across runs: the key a rejection is remembered by. */
  key: string
  kind: EvidenceKind
  value: string
  /** "Acme · organisation" */
  label: string
  members: PersonId[]
  /** Small enough to confirm as ties in one step. */
  reviewable: boolean
}

/** A tie the records suggest but nobody confirmed: never shown as fact. */
export interface LikelyTie {
  a: PersonId
  b: PersonId
  /** In (0, 1): how strongly the evidence says they know each other; a confirmed tie is 1. */
  weight: number
  /** Strongest first. */
  evidence: { kind: EvidenceKind; key: string; value: string }[]
}

export interface Broker {
  person: PersonId
  /** Normalized betweenness in [0, 1], owner removed (estimated when sampled). */
  betweenness: number
  /** Burt's constraint: low means the person spans structural holes. */
  constraint: number
  /** How many distinct clusters the person's contacts belong to. */
  clustersReached: number
}

export interface ColdTie {
  person: PersonId
  strength: number
  lastContactAt: string | null
  daysSince: number
  cadenceDays: number
  /** daysSince / cadenceDays: above 1 means overdue. */
  overdue: number
}

export type ReasonCode = 'complementarity' | 'sharedInterests' | 'structure' | 'bridge' | 'trust'

export interface Reason {
  code: ReasonCode
  /** Contribution of this reason to the score. */
  weight: number
  text: string
}

/** Raw term values in [0, 1] before weighting; kept so weights can be re-tuned without rescoring. */
export type ScoreTerms = Record<ReasonCode, number>

export interface Suggestion {
  a: PersonId
  b: PersonId
  score: number
  terms: ScoreTerms
  reasons: Reason[]
  /** The reasons as one sentence a person would say. */
  text: string
}

export interface WarmPath {
  /** Owner first, target last. */
  people: PersonId[]
  /** The owner's contact who would make the introduction; null when the owner knows the target. */
  introducer: PersonId | null
  /** Product of the tie strengths along the chain, in (0, 1]. */
  strength: number
  text: string
}

export interface NetworkAnalysis {
  owner: PersonId | null
  clusters: Cluster[]
  clusterOf: Record<string, string>
  brokers: Broker[]
  coldTies: ColdTie[]
  suggestions: Suggestion[]
  /** Louvain modularity of the owner-less network (0 when it has no ties). */
  modularity: number
  /** Inferred from the records, kept apart from confirmed ties. */
  likelyTies: LikelyTie[]
  evidenceGroups: EvidenceGroup[]
}
