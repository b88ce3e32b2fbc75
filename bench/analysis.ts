import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  analyzeNetwork,
  buildGraph,
  inferEvidence,
  louvainWithoutOwner,
  seededRandom,
  StructureScorer,
  type PeopleGraph,
} from '../src/shared/graph'
import { generateContacts } from './lib-graph/generateContacts'
import { generateNetwork } from './lib-graph/generateNetwork'
import { median, type BenchRow, type BenchSectionRunner } from './types'

const NOW = new Date('2026-01-01T00:00:00.000Z')
const TIES_PER_PERSON = 5

function time(runs: number, fn: () => void): number {
  const samples: number[] = []
  for (let k = 0; k < runs; k++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

/** Median CPU time (user + system, this process) of `runs` calls, in ms. */
function cpuTime(runs: number, fn: () => void): number {
  const samples: number[] = []
  for (let k = 0; k < runs; k++) {
    const start = process.cpuUsage()
    fn()
    const used = process.cpuUsage(start)
    samples.push((used.user + used.system) / 1000)
  }
  return median(samples)
}

/** A contact import with no ties between contacts: likely ties and circles from evidence alone. */
function contactRows(runs: number, log: (line: string) => void): BenchRow[] {
  const input = generateContacts(10_000, 2_000, 11)
  log('analysis: 10k contacts / 2k organisations, no ties between them')
  const graph = buildGraph(input, NOW)
  inferEvidence(graph, input)
  const inferCpu = cpuTime(runs, () => inferEvidence(graph, input))
  const inferWall = time(runs, () => inferEvidence(graph, input))
  const result = analyzeNetwork(input, { now: NOW, seed: 1 })
  const fullCpu = cpuTime(runs, () => analyzeNetwork(input, { now: NOW, seed: 1 }))
  return [
    {
      metric: 'likely ties from evidence, 10k contacts / 2k organisations (CPU, median)',
      value: Math.round(inferCpu),
      unit: 'ms',
      target: '< 500 ms',
      met: inferCpu < 500,
      note: `wall ${Math.round(inferWall)} ms; ${result.likelyTies.length} likely ties, ${result.evidenceGroups.length} evidence groups`,
    },
    {
      metric: 'full analysis, 10k contacts only (CPU, median)',
      value: Math.round(fullCpu),
      unit: 'ms',
      note: `${result.clusters.length} circles, ${result.suggestions.length} suggestions`,
    },
  ]
}

function networkxAvailable(): boolean {
  return spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0
}

const PYTHON = `
import sys, time, networkx as nx
edges, pairs = sys.argv[1], sys.argv[2]
G = nx.Graph()
for line in open(edges):
    a, b, w = line.split(); G.add_edge(int(a), int(b), weight=float(w))
P = [tuple(map(int, l.split())) for l in open(pairs)]
t = time.perf_counter(); nx.community.louvain_communities(G, weight='weight', seed=1); l = time.perf_counter() - t
t = time.perf_counter(); s = sum(p for _, _, p in nx.adamic_adar_index(G, P)); a = time.perf_counter() - t
print(l * 1000, a * 1000)
`

/** Same owner-less weighted graph and the same pairs for both sides of the comparison. */
function compareWithNetworkx(
  graph: PeopleGraph,
  pairs: [number, number][],
  dir: string,
): [number, number] {
  const lines: string[] = []
  for (let i = 0; i < graph.ids.length; i++) {
    if (i === graph.owner) continue
    graph.neighbors[i]!.forEach((j, x) => {
      if (j > i && j !== graph.owner) lines.push(`${i} ${j} ${graph.weights[i]![x]!}`)
    })
  }
  writeFileSync(join(dir, 'edges.txt'), lines.join('\n'))
  writeFileSync(join(dir, 'pairs.txt'), pairs.map(([a, b]) => `${a} ${b}`).join('\n'))
  const out = execFileSync(
    'python3',
    ['-c', PYTHON, join(dir, 'edges.txt'), join(dir, 'pairs.txt')],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  )
  const [louvain, aa] = out.trim().split(/\s+/).map(Number)
  return [louvain!, aa!]
}

/** Two-hop pairs (owner removed), the kind Adamic-Adar scores in candidate generation. */
function twoHopPairs(graph: PeopleGraph, max: number): [number, number][] {
  const pairs: [number, number][] = []
  for (let u = 0; u < graph.ids.length && pairs.length < max; u++) {
    if (u === graph.owner) continue
    const seen = new Set<number>([u, ...graph.neighbors[u]!])
    for (const x of graph.neighbors[u]!) {
      if (x === graph.owner) continue
      for (const v of graph.neighbors[x]!) {
        if (v > u && v !== graph.owner && !seen.has(v)) {
          seen.add(v)
          pairs.push([u, v])
        }
      }
    }
  }
  return pairs.slice(0, max)
}

export const runAnalysisBench: BenchSectionRunner = (options) => {
  const rows: BenchRow[] = []
  const sizes = options.quick ? [1_000, 10_000] : [1_000, 10_000, 50_000]
  const withNx = networkxAvailable()
  if (!withNx) options.log('analysis: python3 networkx not importable; NetworkX comparison skipped')
  const dir = mkdtempSync(join(tmpdir(), 'kith-bench-analysis-'))
  try {
    let perPersonAt1k = Number.NaN
    for (const size of sizes) {
      const input = generateNetwork(size, TIES_PER_PERSON, 7)
      const label = `${size / 1000}k people / ${input.ties.length / 1000}k ties`
      options.log(`analysis: ${label}`)
      analyzeNetwork(input, { now: NOW, seed: 1 })
      const runs = size >= 50_000 ? Math.min(options.runs, 3) : options.runs
      const ms = time(runs, () => analyzeNetwork(input, { now: NOW, seed: 1 }))
      const row: BenchRow = { metric: `full analysis, ${label}`, value: Math.round(ms), unit: 'ms' }
      if (size === 10_000) Object.assign(row, { target: '< 1000 ms', met: ms < 1000 })
      rows.push(row)
      const perPerson = ms / size
      if (size === 1_000) perPersonAt1k = perPerson
      else {
        rows.push({
          metric: `growth: time per person at ${size / 1000}k vs 1k`,
          value: Math.round((perPerson / perPersonAt1k) * 100) / 100,
          unit: 'x',
          note: '1 = linear',
        })
      }
      if (!withNx || size > 10_000) continue
      const graph = buildGraph(input, NOW)
      const louvainMs = time(runs, () => louvainWithoutOwner(graph, seededRandom(1)))
      const pairs = twoHopPairs(graph, 200_000)
      const scorer = new StructureScorer(graph)
      const aaMs = time(runs, () => {
        for (const [a, b] of pairs) scorer.pair(a, b, false)
      })
      const [nxLouvain, nxAa] = compareWithNetworkx(graph, pairs, dir)
      rows.push(
        {
          metric: `Louvain ${label}: NetworkX / Kith`,
          value: round(nxLouvain / louvainMs),
          unit: 'x',
          note: `Kith ${Math.round(louvainMs)} ms, NetworkX ${Math.round(nxLouvain)} ms`,
        },
        {
          metric: `Adamic-Adar on ${pairs.length} pairs, ${label}: NetworkX / Kith`,
          value: round(nxAa / aaMs),
          unit: 'x',
          note: `Kith ${Math.round(aaMs)} ms, NetworkX ${Math.round(nxAa)} ms`,
        },
      )
    }
    rows.push(...contactRows(options.runs, options.log))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return Promise.resolve({ name: 'Network analysis', rows })
}

function round(x: number): number {
  return Math.round(x * 10) / 10
}
