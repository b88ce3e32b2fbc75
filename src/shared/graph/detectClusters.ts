import { personEvidence, type ClusterName } from '../domain'
import type { PeopleGraph } from './buildGraph'
import { labelClusters } from './labelClusters'
import { contentOrder } from './contentOrder'
import { louvainWithoutOwner, type CircleEvidence } from './louvainWithoutOwner'
import { stableClusterIds } from './stableClusterIds'
import { ISOLATED_CLUSTER_ID, type Cluster, type ClusterAssignment } from './types'

export interface DetectedClusters {
  clusters: Cluster[]
  /** Cluster number per node (index into `clusters`), -1 for the owner. */
  clusterIndex: Int32Array
  /** Like clusterIndex, but every isolated person is a group of their own (for "different clusters"). */
  groupKey: Int32Array
  modularity: number
}

export function detectClusters(
  graph: PeopleGraph,
  names: readonly ClusterName[],
  rng: () => number,
  previous: ClusterAssignment | undefined,
  evidence?: CircleEvidence,
): DetectedClusters {
  const n = graph.ids.length
  const { community, count, modularity } = louvainWithoutOwner(graph, rng, evidence)
  const rank = contentOrder(graph)
  const groups: number[][] = Array.from({ length: count }, () => [])
  const isolated: number[] = []
  for (let i = 0; i < n; i++) {
    if (i === graph.owner) continue
    const c = community[i]!
    if (c >= 0) groups[c]!.push(i)
    else isolated.push(i)
  }
  // Biggest first, so "Cluster 1" is the biggest unnamed one; ties by the first member's record.
  const first = (g: number[]) => Math.min(...g.map((i) => rank[i]!))
  groups.sort((x, y) => y.length - x.length || first(x) - first(y))

  const memberIds = groups.map((g) => g.map((i) => graph.ids[i]!))
  const ids = stableClusterIds(memberIds, previous)
  const known = evidence?.evidenceOf
  const labels = labelClusters(
    groups.map((g) => g.map((i) => graph.people[i]!)),
    graph.people.filter((_, i) => i !== graph.owner),
    names,
    known ? (p) => known[graph.index.get(p.id)!] ?? personEvidence(p) : personEvidence,
  )
  const clusters: Cluster[] = groups.map((_, c) => ({
    id: ids[c]!,
    label: labels[c]!.label,
    members: memberIds[c]!,
    named: labels[c]!.named,
    ...(labels[c]!.nameId ? { nameId: labels[c]!.nameId } : {}),
    ...(labels[c]!.source ? { source: labels[c]!.source } : {}),
    isolated: false,
  }))
  const clusterIndex = new Int32Array(n).fill(-1)
  const groupKey = new Int32Array(n).fill(-1)
  groups.forEach((g, c) => {
    for (const i of g) {
      clusterIndex[i] = c
      groupKey[i] = c
    }
  })
  if (isolated.length > 0) {
    const c = clusters.length
    clusters.push({
      id: ISOLATED_CLUSTER_ID,
      label: 'Only through you',
      members: isolated.map((i) => graph.ids[i]!),
      named: false,
      isolated: true,
    })
    for (const i of isolated) {
      clusterIndex[i] = c
      groupKey[i] = c + 1 + i
    }
  }
  return { clusters, clusterIndex, groupKey, modularity }
}
