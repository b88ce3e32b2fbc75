/**
 * Issue 12, "How it is checked", on the four Facebook ego networks of McAuley & Leskovec (2012):
 *
 * - circles: Kith's clusters against each person's own circles, with and without the ties between
 *   friends, beside Louvain on the ties, grouping by employer (else school) and random groups of
 *   Kith's cluster sizes, all on the same imported records;
 * - ego hold-out: 20% of the friendships between different circles held out (three seeds), and
 *   Kith's suggestion score against Adamic-Adar and the local path index on the same candidates.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { UndirectedGraph } from 'graphology'
import louvain from 'graphology-communities-louvain'
import { pairKey, type Person, type PersonId, type Tie } from '../../src/shared/domain'
import {
  alreadyKnownPredicate,
  analyzeNetwork,
  buildGraph,
  inferEvidence,
  ISOLATED_CLUSTER_ID,
  seededRandom,
  type AnalysisInput,
  type NetworkAnalysis,
} from '../../src/shared/graph'
import { EGOS, loadEgo, type EgoNetwork } from './egoData'
import { shuffle } from './evalTasks'
import { EGO_NOW, friendTie, importEgo, type ImportedEgo } from './egoImport'
import { matchCircles, type CircleMatch } from './egoMetrics'
import { auc, mean, precisionAtK } from './metrics'

type Log = (line: string) => void
const SEED = 1
const RANDOM_SEEDS = [1, 2, 3]
const HOLDOUT_SEEDS = [1, 2, 3]
const HOLDOUT_SHARE = 0.2

const pctOf = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3).replace(/^0\./, '.') : 'n/a')

export function egoDataPresent(dir: string): boolean {
  return existsSync(join(dir, 'ego-facebook', '0.edges'))
}

function friendTies(imp: ImportedEgo, edges: readonly (readonly [number, number])[]): Tie[] {
  return edges.map(([a, b], k) => friendTie(imp.idOf.get(a)!, imp.idOf.get(b)!, k))
}

/** Kith's clusters as sets of friends (every cluster, "Only through you" included; no owner). */
function kithClusters(analysis: NetworkAnalysis, imp: ImportedEgo): number[][] {
  return analysis.clusters
    .map((c) => c.members.filter((m) => imp.friendOf.has(m)).map((m) => imp.friendOf.get(m)!))
    .filter((c) => c.length > 0)
}

/** Plain seeded Louvain on the friendships (the ego is not in them); friends with none: one group. */
export function louvainOnTies(
  friends: readonly number[],
  edges: readonly (readonly [number, number])[],
  seed: number,
): number[][] {
  const g = new UndirectedGraph<Record<string, never>, { weight: number }>()
  const tied = new Set<number>()
  for (const [a, b] of edges) tied.add(a).add(b)
  for (const f of friends) if (tied.has(f)) g.addNode(String(f))
  for (const [a, b] of edges) g.addUndirectedEdge(String(a), String(b), { weight: 1 })
  const groups = new Map<number, number[]>()
  const alone: number[] = []
  if (g.size > 0) {
    const { communities } = louvain.detailed(g, {
      getEdgeWeight: 'weight',
      rng: seededRandom(seed),
    })
    for (const f of friends) {
      const c = communities[String(f)]
      if (c === undefined) alone.push(f)
      else groups.set(c, [...(groups.get(c) ?? []), f])
    }
  } else alone.push(...friends)
  return [...groups.values(), ...(alone.length > 0 ? [alone] : [])]
}

const SCHOOL_TAG = /^school:\s*/i

/**
 * Everyone with an organisation grouped by it; the rest by their first school (from the imported
 * CATEGORIES); people with neither form one leftover group. Read from the records Kith imported.
 */
export function employerElseSchool(people: readonly Person[], friendOf: Map<PersonId, number>) {
  const groups = new Map<string, number[]>()
  const rest: number[] = []
  for (const p of people) {
    const f = friendOf.get(p.id)
    if (f === undefined) continue
    const school = p.tags.find((t) => SCHOOL_TAG.test(t))
    const key = p.organization
      ? `org:${p.organization}`
      : school
        ? `school:${school.replace(SCHOOL_TAG, '')}`
        : undefined
    if (key === undefined) rest.push(f)
    else groups.set(key, [...(groups.get(key) ?? []), f])
  }
  return [...groups.values(), ...(rest.length > 0 ? [rest] : [])]
}

/** Random groups with the sizes of `clusters`, over the same people. */
export function randomGroups(clusters: readonly (readonly number[])[], seed: number): number[][] {
  const everyone = shuffle(
    clusters.flat().sort((a, b) => a - b),
    seededRandom(seed * 2654435761),
  )
  let at = 0
  return clusters.map((c) => {
    const g = everyone.slice(at, at + c.length)
    at += c.length
    return g
  })
}

interface CircleRow {
  ego: number
  kith: CircleMatch
  louvain: CircleMatch | null
  employer: CircleMatch
  random: { f1: number; oneMinusBer: number }
  clusterSizes: number[]
  /** Kith's partition is the same after an import with other record ids. */
  stable: boolean
  /** Kith's scores on that second import. */
  reimport: CircleMatch
  /** Likely ties Kith inferred, how many are real friendships, and the share of friend pairs that are. */
  likely: { count: number; friendships: number; baseRate: number }
}

/** Same partition (cluster ids and order aside). */
function samePartition(x: readonly (readonly number[])[], y: readonly (readonly number[])[]) {
  const canon = (p: readonly (readonly number[])[]) =>
    p
      .map((c) => [...c].sort((a, b) => a - b).join(','))
      .sort()
      .join('|')
  return canon(x) === canon(y)
}

async function circleRows(
  nets: readonly EgoNetwork[],
  withTies: boolean,
  log: Log,
): Promise<CircleRow[]> {
  const rows: CircleRow[] = []
  for (const net of nets) {
    const started = performance.now()
    const run = async (importSeed: number) => {
      const imp = await importEgo(net, importSeed)
      const ties = withTies ? [...imp.starTies, ...friendTies(imp, net.edges)] : imp.starTies
      const analysis = analyzeNetwork(
        { people: imp.people, ties },
        { now: EGO_NOW, seed: SEED, limit: 0 },
      )
      return { imp, clusters: kithClusters(analysis, imp), likelyTies: analysis.likelyTies }
    }
    const { imp, clusters, likelyTies } = await run(1)
    const friendship = new Set(net.edges.map(([x, y]) => `${Math.min(x, y)} ${Math.max(x, y)}`))
    const real = likelyTies.filter((t) => {
      const x = imp.friendOf.get(t.a)!
      const y = imp.friendOf.get(t.b)!
      return friendship.has(`${Math.min(x, y)} ${Math.max(x, y)}`)
    }).length
    const n = net.friends.length
    const again = await run(2)
    const universe = net.friends.length
    const circles = net.circles.map((c) => c.members)
    const score = (groups: readonly (readonly number[])[]) =>
      matchCircles(circles, groups, universe)
    const randoms = RANDOM_SEEDS.map((s) => score(randomGroups(clusters, s)))
    rows.push({
      ego: net.ego,
      kith: score(clusters),
      louvain: withTies ? score(louvainOnTies(net.friends, net.edges, SEED)) : null,
      employer: score(employerElseSchool(imp.people, imp.friendOf)),
      random: {
        f1: mean(randoms.map((r) => r.f1)),
        oneMinusBer: mean(randoms.map((r) => r.oneMinusBer)),
      },
      clusterSizes: clusters.map((c) => c.length).sort((a, b) => b - a),
      stable: samePartition(clusters, again.clusters),
      reimport: score(again.clusters),
      likely: {
        count: likelyTies.length,
        friendships: real,
        baseRate: friendship.size / ((n * (n - 1)) / 2),
      },
    })
    log(
      `circles ego ${net.ego} ${withTies ? 'with ties' : 'contacts only'}: ` +
        `${Math.round(performance.now() - started)} ms`,
    )
  }
  return rows
}

function printCircleTable(title: string, rows: readonly CircleRow[], withTies: boolean): void {
  const cell = (m: { f1: number; oneMinusBer: number } | null) =>
    m ? `${fmt(m.f1)} / ${fmt(m.oneMinusBer)}` : 'n/a'
  console.log(`\n### ${title}\n`)
  console.log(
    'Each cell: mean F1 / mean 1 − BER over the circles of 3+ members (optimal one-to-one matching ' +
      "on F1; an unmatched circle scores 0 / .5). Random: groups of the sizes of Kith's clusters, " +
      `mean of ${RANDOM_SEEDS.length} seeds.\n`,
  )
  console.log(
    '| ego | Kith | Louvain on ties | employer, else school | random (Kith sizes) | Kith clusters (sizes) | same clusters after a re-import (other ids) |\n' +
      '|---|---|---|---|---|---|---|',
  )
  for (const r of rows) {
    const sizes =
      r.clusterSizes.length > 8
        ? `${r.clusterSizes.length} (${r.clusterSizes.slice(0, 8).join(', ')}, …)`
        : `${r.clusterSizes.length} (${r.clusterSizes.join(', ')})`
    console.log(
      `| ${r.ego} | ${cell(r.kith)} | ${cell(r.louvain)} | ${cell(r.employer)} | ${cell(r.random)} | ${sizes} | ${r.stable ? 'yes' : `no (${cell(r.reimport)})`} |`,
    )
  }
  const avg = (pick: (r: CircleRow) => { f1: number; oneMinusBer: number } | null) => {
    const ms = rows.map(pick)
    if (ms.some((m) => m === null)) return null
    return {
      f1: mean(ms.map((m) => m!.f1)),
      oneMinusBer: mean(ms.map((m) => m!.oneMinusBer)),
    }
  }
  const kith = avg((r) => r.kith)!
  const louv = avg((r) => r.louvain)
  const emp = avg((r) => r.employer)!
  const rnd = avg((r) => r.random)!
  console.log(`| **mean** | ${cell(kith)} | ${cell(louv)} | ${cell(emp)} | ${cell(rnd)} | | |`)
  const best = [
    ...(withTies && louv ? [{ name: 'Louvain on ties', f1: louv.f1 }] : []),
    { name: 'employer, else school', f1: emp.f1 },
    { name: 'random', f1: rnd.f1 },
  ].sort((a, b) => b.f1 - a.f1)[0]!
  const perEgo = rows.filter((r) => {
    const b = Math.max(r.louvain?.f1 ?? -1, r.employer.f1, r.random.f1)
    return r.kith.f1 > b
  }).length
  if (!withTies) {
    console.log(
      '\nLikely ties inferred from the cards alone (no ties given), checked against the real ' +
        'friendships:\n\n| ego | likely ties | real friendships among them | share | share of all friend pairs that are friends |\n|---|---|---|---|---|',
    )
    for (const r of rows)
      console.log(
        `| ${r.ego} | ${r.likely.count} | ${r.likely.friendships} | ${pctOf(r.likely.friendships, r.likely.count)} | ${(r.likely.baseRate * 100).toFixed(1)}% |`,
      )
  }
  console.log(
    `\nKith mean F1 ${fmt(kith.f1)} vs best baseline (${best.name}) ${fmt(best.f1)}: ` +
      `${kith.f1 > best.f1 ? 'Kith ahead' : 'Kith NOT ahead'}; Kith beats every baseline on ` +
      `${perEgo} of ${rows.length} egos.`,
  )
}

function printDataTable(nets: readonly EgoNetwork[]): void {
  console.log('\n### The ego networks as imported\n')
  console.log(
    '| ego | friends | friendships | circles (3+) | circle sizes, 3+ (min / median / max) | friends in no circle | employer | position | school | employer or school | town | home town |\n' +
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
  )
  for (const net of nets) {
    const ps = net.friends.map((f) => net.profiles.get(f)!)
    const big = net.circles.map((c) => c.members.length).filter((s) => s >= 3)
    big.sort((a, b) => a - b)
    const inCircle = new Set(net.circles.flatMap((c) => c.members))
    const pct = (k: number) => `${k} (${Math.round((100 * k) / ps.length)}%)`
    console.log(
      `| ${net.ego} | ${net.friends.length} | ${net.edges.length} | ${net.circles.length} (${big.length}) | ` +
        `${big.length ? `${big[0]} / ${big[Math.floor(big.length / 2)]} / ${big.at(-1)}` : 'n/a'} | ` +
        `${pct(net.friends.filter((f) => !inCircle.has(f)).length)} | ` +
        `${pct(ps.filter((p) => p.employer).length)} | ${pct(ps.filter((p) => p.position).length)} | ` +
        `${pct(ps.filter((p) => p.schools.length > 0).length)} | ` +
        `${pct(ps.filter((p) => p.employer || p.schools.length > 0).length)} | ` +
        `${pct(ps.filter((p) => p.city).length)} | ${pct(ps.filter((p) => p.hometown).length)} |`,
    )
  }
}

export async function runEgoCircles(dir: string, log: Log): Promise<void> {
  const nets = EGOS.map((e) => loadEgo(dir, e))
  console.log('\n## Circles on the Facebook ego networks (issue 12)\n')
  console.log(
    'Friends imported as a vCard 3.0 file (ORG employer, TITLE position, ADR town, CATEGORIES ' +
      'schools and home town) through stageImport/commitImport; the ego is the owner. Circles: the ' +
      "person's own, McAuley & Leskovec 2012.",
  )
  printDataTable(nets)
  const contacts = await circleRows(nets, false, log)
  printCircleTable(
    'Contacts only (the import gives a star: no ties between friends)',
    contacts,
    false,
  )
  const ties = await circleRows(nets, true, log)
  printCircleTable('With the ties between friends (strength 3) and the owner star', ties, true)
}

// ---------------------------------------------------------------------------------------------
// Ego hold-out of friendships between different circles

interface HoldoutResult {
  /** Friendships between different circles, before the hold-out. */
  between: number
  candidates: number
  positives: number
  kith: { auc: number; precision: number }
  adamicAdar: { auc: number; precision: number }
  localPath: { auc: number; precision: number }
  /**
   * Kith's whole answer to "who knows, or should know, whom": its likely ties first (by weight),
   * then its suggestions. A held-out friendship Kith infers as a likely tie is found, not missed.
   */
  kithKnows: { auc: number; precision: number }
  /** The pairs Kith may suggest (different Kith clusters, no evidence they know each other). */
  slice: {
    candidates: number
    positives: number
    kith: { auc: number; precision: number }
    adamicAdar: { auc: number; precision: number }
    localPath: { auc: number; precision: number }
  }
  /** Share of held-out friendships Kith suggests at all. */
  kithRecall: number
  /** Share of held-out friendships Kith infers as likely ties. */
  likelyRecall: number
  /** Share of held-out friendships inside one of Kith's clusters (never suggested by design). */
  sameCluster: number
}

/** Adamic-Adar and A² + 0.01·A³ on the friends' ties (the ego is not in them). */
export function structuralScores(
  friends: readonly number[],
  edges: readonly (readonly [number, number])[],
  pairs: readonly (readonly [number, number])[],
): { adamicAdar: number[]; localPath: number[] } {
  const n = friends.length
  const index = new Map(friends.map((f, k) => [f, k]))
  const a = new Float64Array(n * n)
  const deg = new Float64Array(n)
  for (const [x, y] of edges) {
    const i = index.get(x)!
    const j = index.get(y)!
    a[i * n + j] = 1
    a[j * n + i] = 1
    deg[i]!++
    deg[j]!++
  }
  // A² row by row, then (A³)_ij = Σ_k (A²)_ik A_kj only for the pairs asked.
  const a2 = new Float64Array(n * n)
  const nbrs: number[][] = Array.from({ length: n }, (_, i) => {
    const out: number[] = []
    for (let j = 0; j < n; j++) if (a[i * n + j]) out.push(j)
    return out
  })
  for (let i = 0; i < n; i++) {
    for (const k of nbrs[i]!) for (const j of nbrs[k]!) a2[i * n + j]!++
  }
  const adamicAdar: number[] = []
  const localPath: number[] = []
  for (const [x, y] of pairs) {
    const i = index.get(x)!
    const j = index.get(y)!
    let aa = 0
    for (const k of nbrs[i]!) if (a[k * n + j]) aa += 1 / Math.log(deg[k]!)
    let a3 = 0
    for (const k of nbrs[j]!) a3 += a2[i * n + k]!
    adamicAdar.push(aa)
    localPath.push(a2[i * n + j]! + 0.01 * a3)
  }
  return { adamicAdar, localPath }
}

async function holdoutTask(net: EgoNetwork, seed: number): Promise<HoldoutResult | null> {
  const circlesOf = new Map<number, Set<number>>()
  net.circles.forEach((c, k) => {
    for (const f of c.members) circlesOf.set(f, (circlesOf.get(f) ?? new Set()).add(k))
  })
  const between = (x: number, y: number) => {
    const cx = circlesOf.get(x)
    const cy = circlesOf.get(y)
    if (!cx || !cy) return false
    for (const c of cx) if (cy.has(c)) return false
    return true
  }
  const cross = net.edges.filter(([x, y]) => between(x, y))
  if (cross.length === 0) return null
  const heldCount = Math.max(1, Math.round(HOLDOUT_SHARE * cross.length))
  const held = new Set(
    shuffle([...cross], seededRandom(seed))
      .slice(0, heldCount)
      .map(([x, y]) => `${x} ${y}`),
  )
  const train = net.edges.filter(([x, y]) => !held.has(`${x} ${y}`))
  const tied = new Set(train.map(([x, y]) => `${x} ${y}`))
  const inCircle = net.friends.filter((f) => circlesOf.has(f))
  const pairs: [number, number][] = []
  for (let p = 0; p < inCircle.length; p++) {
    for (let q = p + 1; q < inCircle.length; q++) {
      const x = inCircle[p]!
      const y = inCircle[q]!
      if (!tied.has(`${x} ${y}`) && between(x, y)) pairs.push([x, y])
    }
  }
  const positive = pairs.map(([x, y]) => held.has(`${x} ${y}`))

  const imp = await importEgo(net, seed)
  const input: AnalysisInput = {
    people: imp.people,
    ties: [...imp.starTies, ...friendTies(imp, train)],
  }
  const analysis = analyzeNetwork(input, {
    now: EGO_NOW,
    seed,
    limit: Number.POSITIVE_INFINITY,
    candidatesPerPerson: imp.people.length,
  })
  const suggested = new Map(analysis.suggestions.map((s) => [pairKey(s.a, s.b), s.score]))
  const rawKith = pairs.map(([x, y]) => suggested.get(pairKey(imp.idOf.get(x)!, imp.idOf.get(y)!)))
  const floor = Math.min(0, ...rawKith.filter((s): s is number => s !== undefined)) - 1
  const kith = rawKith.map((s) => s ?? floor)
  const { adamicAdar, localPath } = structuralScores(net.friends, train, pairs)
  const k = held.size
  const cluster = (f: number) => analysis.clusterOf[imp.idOf.get(f)!]
  const inside = pairs.filter(
    ([x, y], i) => positive[i] && cluster(x) === cluster(y) && cluster(x) !== ISOLATED_CLUSTER_ID,
  ).length
  const summary = (s: number[]) => ({
    auc: auc(s, positive),
    precision: precisionAtK(s, positive, k),
  })
  const likely = new Map(analysis.likelyTies.map((t) => [pairKey(t.a, t.b), t.weight]))
  const likelyOf = pairs.map(([x, y]) => likely.get(pairKey(imp.idOf.get(x)!, imp.idOf.get(y)!)))
  const knows = pairs.map((_, i) => (likelyOf[i] !== undefined ? 1e6 + likelyOf[i] : kith[i]!))
  // The slice Kith may suggest from: other clusters, and nothing says they know each other.
  const graph = buildGraph(input, EGO_NOW)
  const known = alreadyKnownPredicate(graph, inferEvidence(graph, input))
  const node = (f: number) => graph.index.get(imp.idOf.get(f)!)!
  const inSlice = pairs.map(
    ([x, y]) =>
      !(cluster(x) === cluster(y) && cluster(x) !== ISOLATED_CLUSTER_ID) &&
      !known(node(x), node(y)),
  )
  const pick = <T>(list: readonly T[]) => list.filter((_, i) => inSlice[i])
  const slicePositive = pick(positive)
  const sliceK = slicePositive.filter(Boolean).length
  const sliceSummary = (s: number[]) => ({
    auc: auc(pick(s), slicePositive),
    precision: precisionAtK(pick(s), slicePositive, sliceK),
  })
  return {
    between: cross.length,
    candidates: pairs.length,
    positives: positive.filter(Boolean).length,
    kith: summary(kith),
    adamicAdar: summary(adamicAdar),
    localPath: summary(localPath),
    kithKnows: summary(knows),
    slice: {
      candidates: slicePositive.length,
      positives: sliceK,
      kith: sliceSummary(kith),
      adamicAdar: sliceSummary(adamicAdar),
      localPath: sliceSummary(localPath),
    },
    kithRecall:
      rawKith.filter((s, i) => s !== undefined && positive[i]).length /
      Math.max(1, positive.filter(Boolean).length),
    likelyRecall:
      likelyOf.filter((w, i) => w !== undefined && positive[i]).length /
      Math.max(1, positive.filter(Boolean).length),
    sameCluster: inside / Math.max(1, positive.filter(Boolean).length),
  }
}

export async function runEgoHoldout(dir: string, log: Log): Promise<void> {
  console.log('\n## Introductions on the Facebook ego networks (issue 12)\n')
  console.log(
    `${Math.round(HOLDOUT_SHARE * 100)}% of the friendships between different circles (both in some ` +
      'circle, no circle shared) held out, seeds ' +
      `${HOLDOUT_SEEDS.join(', ')}; Kith gets the rest plus the imported contact cards. Candidates: ` +
      'every untied pair of friends in different circles, the same for every method. Kith suggest: ' +
      'its suggestion score (default weights), lowest when it does not suggest the pair. Kith ' +
      'knows-or-suggests: its likely ties first (by weight), then its suggestions. Adamic-Adar ' +
      "and local path (A² + 0.01·A³) on the friends' ties, ego removed. P@k: k = held-out " +
      'friendships. Means over seeds.\n',
  )
  console.log(
    '| ego | candidates | held out | Kith suggest AUC / P@k | Kith knows-or-suggests AUC / P@k | Adamic-Adar AUC / P@k | local path AUC / P@k | held out Kith suggests | held out Kith infers as likely ties | held out inside one Kith cluster |\n' +
      '|---|---|---|---|---|---|---|---|---|---|',
  )
  const rows: HoldoutResult[] = []
  const thin: string[] = []
  const pct = (x: number) => `${Math.round(x * 100)}%`
  const pair = (x: { auc: number; precision: number }) => `${fmt(x.auc)} / ${fmt(x.precision)}`
  for (const ego of EGOS) {
    const net = loadEgo(dir, ego)
    const started = performance.now()
    const results: HoldoutResult[] = []
    for (const seed of HOLDOUT_SEEDS) {
      const r = await holdoutTask(net, seed)
      if (r) results.push(r)
    }
    log(`ego hold-out ${ego}: ${Math.round(performance.now() - started)} ms`)
    if (results.length === 0) {
      console.log(`| ${ego} | no friendships between different circles | | | | | | | | |`)
      continue
    }
    const row = meanResult(results)
    rows.push(row)
    if (row.positives < 5) {
      thin.push(
        `ego ${ego} (${Math.round(row.positives)} held out of ${row.between} friendships between circles)`,
      )
    }
    console.log(
      `| ${ego} | ${Math.round(row.candidates)} | ${Math.round(row.positives)} | ${pair(row.kith)} | ${pair(row.kithKnows)} | ` +
        `${pair(row.adamicAdar)} | ${pair(row.localPath)} | ${pct(row.kithRecall)} | ${pct(row.likelyRecall)} | ${pct(row.sameCluster)} |`,
    )
  }
  if (rows.length === 0) return
  const all = meanResult(rows)
  console.log(
    `| **mean** | | | ${pair(all.kith)} | ${pair(all.kithKnows)} | ${pair(all.adamicAdar)} | ${pair(all.localPath)} | ` +
      `${pct(all.kithRecall)} | ${pct(all.likelyRecall)} | ${pct(all.sameCluster)} |`,
  )
  if (thin.length > 0) console.log(`\nFew positives, noisy rows: ${thin.join('; ')}.`)
  console.log(
    '\n### The pairs Kith may suggest: different Kith clusters, and no evidence they know each other\n\n' +
      'Same hold-out, candidates restricted to what `suggest` is allowed to propose (colleagues, ' +
      'classmates, family, likely and rejected ties and people in one circle are left out by ' +
      'design); every method ranks the same pairs.\n',
  )
  console.log(
    '| ego | candidates | held out | Kith suggest AUC / P@k | Adamic-Adar AUC / P@k | local path AUC / P@k |\n|---|---|---|---|---|---|',
  )
  rows.forEach((row, k) => {
    console.log(
      `| ${EGOS[k]} | ${Math.round(row.slice.candidates)} | ${Math.round(row.slice.positives)} | ${pair(row.slice.kith)} | ` +
        `${pair(row.slice.adamicAdar)} | ${pair(row.slice.localPath)} |`,
    )
  })
  console.log(
    `| **mean** | | | ${pair(all.slice.kith)} | ${pair(all.slice.adamicAdar)} | ${pair(all.slice.localPath)} |`,
  )
}

function meanResult(results: readonly HoldoutResult[]): HoldoutResult {
  const m = (pick: (r: HoldoutResult) => number) => mean(results.map(pick))
  const score = (pick: (r: HoldoutResult) => { auc: number; precision: number }) => ({
    auc: m((r) => pick(r).auc),
    precision: m((r) => pick(r).precision),
  })
  return {
    between: m((r) => r.between),
    candidates: m((r) => r.candidates),
    positives: m((r) => r.positives),
    kith: score((r) => r.kith),
    kithKnows: score((r) => r.kithKnows),
    adamicAdar: score((r) => r.adamicAdar),
    localPath: score((r) => r.localPath),
    slice: {
      candidates: m((r) => r.slice.candidates),
      positives: m((r) => r.slice.positives),
      kith: score((r) => r.slice.kith),
      adamicAdar: score((r) => r.slice.adamicAdar),
      localPath: score((r) => r.slice.localPath),
    },
    kithRecall: m((r) => r.kithRecall),
    likelyRecall: m((r) => r.likelyRecall),
    sameCluster: m((r) => r.sameCluster),
  }
}
