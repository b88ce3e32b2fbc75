import { createServer, type Server } from 'node:http'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import type { ElementDefinition } from 'cytoscape'
import { build } from 'vite'
import { analyzeNetwork } from '../../src/shared/graph'
import { layoutNetwork } from '../../src/renderer/src/workers/layoutNetwork'
import type { LayoutEdge } from '../../src/renderer/src/workers/layoutTypes'
import { generateNetwork } from '../lib-graph/generateNetwork'

/** Builds the standalone bench page (Cytoscape + the map's stylesheet) into a temp folder. */
export async function buildBenchPage(): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'kith-map-bench-'))
  await build({
    root: join(import.meta.dirname, 'page'),
    base: './',
    logLevel: 'error',
    configFile: false,
    build: { outDir: dir, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  })
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
}

/** A static server for the page on a free local port. */
export function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
    const file = join(dir, path === '/' ? 'index.html' : path)
    if (!file.startsWith(dir)) {
      res.writeHead(403).end()
      return
    }
    try {
      const body = readFileSync(file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({ url: `http://127.0.0.1:${port}/`, server })
    })
  })
}

/** A generated network of `people`, laid out by the map's pipeline, as Cytoscape elements. */
export function benchElements(people: number, seed = 11): ElementDefinition[] {
  const input = generateNetwork(people, 4, seed)
  const analysis = analyzeNetwork(input, { now: new Date('2026-06-01T00:00:00Z'), limit: 10 })
  const edges: LayoutEdge[] = input.ties.map((t) => ({ a: t.a, b: t.b, w: t.strength / 5 }))
  const { positions } = layoutNetwork({
    nodes: input.people.map((p) => p.id),
    owner: analysis.owner,
    edges,
    clusterOf: analysis.clusterOf,
    saved: {},
    aspect: 1.6,
  })
  const slot = new Map<string, number>()
  analysis.clusters.forEach((c, i) => slot.set(c.id, i % 12))
  const out: ElementDefinition[] = input.people.map((p) => ({
    group: 'nodes',
    data: {
      id: p.id,
      label: p.name,
      size: p.isMe ? 46 : 16,
      cluster: analysis.clusterOf[p.id] ?? '',
    },
    classes: p.isMe ? 'person owner' : `person c${slot.get(analysis.clusterOf[p.id] ?? '') ?? 0}`,
    position: positions[p.id]!,
  }))
  for (const t of input.ties) {
    out.push({
      group: 'edges',
      data: {
        id: `t:${t.id}`,
        source: t.a,
        target: t.b,
        width: 0.6 + 0.55 * t.strength,
        opacity: 0.5,
      },
      classes: 'tie',
    })
  }
  return out
}
