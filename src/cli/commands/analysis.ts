import type { Person } from '../../shared/domain'
import type { RecordStore } from '../../core/store/recordStore'
import {
  analyzeNetwork,
  warmPaths,
  type AnalysisInput,
  type NetworkAnalysis,
} from '../../shared/graph'
import type { CliIo, Command, ParsedArgs } from '../command'
import { CliError, EXIT } from '../exitCodes'
import { integerOption, positionals, resolvePerson } from '../resolvePerson'
import { vaultOption, withVault } from '../vaultAccess'

const json = (args: ParsedArgs): boolean => args.values['json'] === true

/** Everything the analysis reads, straight from the decrypted projection. */
export function analysisInputFrom(store: RecordStore): AnalysisInput {
  const settings = store.get('settings', 'settings')
  return {
    people: store.list('person'),
    ties: store.list('tie'),
    entries: store.list('entry'),
    introductions: store.list('introduction'),
    clusterNames: store.list('clusterName'),
    ...(settings ? { settings } : {}),
  }
}

function analyze(
  store: RecordStore,
  io: CliIo,
  limit?: number,
): { analysis: NetworkAnalysis; names: Map<string, Person> } {
  const input = analysisInputFrom(store)
  const analysis = analyzeNetwork(input, {
    now: io.clock(),
    ...(limit !== undefined ? { limit } : {}),
  })
  return { analysis, names: new Map(input.people.map((p) => [p.id, p])) }
}

const ref = (names: Map<string, Person>, id: string) => ({ id, name: names.get(id)?.name ?? id })

/** `--json`: `[{a: {id, name}, b: {id, name}, score, reasons: [{code, weight, text}]}]`, best first. */
export function suggestWith(store: RecordStore, args: ParsedArgs, io: CliIo): Promise<number> {
  return settle(() => {
    const limit = integerOption(args, 'limit') ?? 20
    const { analysis, names } = analyze(store, io, limit)
    if (json(args)) {
      const rows = analysis.suggestions.map((s) => ({
        a: ref(names, s.a),
        b: ref(names, s.b),
        score: round(s.score),
        reasons: s.reasons.map((r) => ({ code: r.code, weight: round(r.weight), text: r.text })),
      }))
      io.stdout(JSON.stringify(rows, null, 2) + '\n')
    } else if (analysis.suggestions.length === 0) {
      io.stdout(
        'No introductions to suggest yet. Kith suggests two people when one needs what the other ' +
          'offers, when they share an interest, or when they share contacts: add what people offer ' +
          'and seek, or confirm who knows whom (`kith likely`).\n',
      )
    } else {
      const rows = analysis.suggestions.map((s, k) => [
        String(k + 1),
        `${ref(names, s.a).name} + ${ref(names, s.b).name}`,
        s.score.toFixed(2),
        s.text,
      ])
      io.stdout(table(['#', 'introduce', 'score', 'why'], rows))
    }
    return EXIT.ok
  })
}

/** `--json`: `[{id, label, members: [{id, name}]}]`, biggest first, "only through you" last. */
export function clustersWith(store: RecordStore, args: ParsedArgs, io: CliIo): Promise<number> {
  return settle(() => {
    const { analysis, names } = analyze(store, io, 0)
    const clusters = analysis.clusters.map((c) => ({
      id: c.id,
      label: c.label,
      members: c.members.map((m) => ref(names, m)).sort((x, y) => x.name.localeCompare(y.name)),
    }))
    if (json(args)) io.stdout(JSON.stringify(clusters, null, 2) + '\n')
    else if (clusters.length === 0) io.stdout('No clusters yet: add people and ties.\n')
    else {
      const rows = clusters.map((c) => [
        c.label,
        String(c.members.length),
        preview(c.members.map((m) => m.name)),
      ])
      io.stdout(table(['cluster', 'people', 'members'], rows))
    }
    return EXIT.ok
  })
}

export const PATH_USAGE = 'kith path --vault PATH PERSON [--json]'

/** `--json`: `[{introducer: {id, name} | null, strength, people: [{id, name}], text}]`. */
export function pathWith(store: RecordStore, args: ParsedArgs, io: CliIo): Promise<number> {
  return settle(() => {
    const [who] = positionals(args, 1, PATH_USAGE)
    const target = resolvePerson(store, who!)
    const input = analysisInputFrom(store)
    if (!input.people.some((p) => p.isMe && !p.deletedAt)) {
      throw new CliError(
        EXIT.badInput,
        'this vault has no owner ("me") record, so there is no path from you',
      )
    }
    const names = new Map(input.people.map((p) => [p.id, p]))
    const paths = warmPaths(input, target.id, { now: io.clock(), k: 3 })
    if (json(args)) {
      const rows = paths.map((p) => ({
        introducer: p.introducer ? ref(names, p.introducer) : null,
        strength: round(p.strength),
        people: p.people.map((id) => ref(names, id)),
        text: p.text,
      }))
      io.stdout(JSON.stringify(rows, null, 2) + '\n')
    } else if (paths.length === 0) {
      io.stdout(`No chain of ties leads from you to ${target.name}.\n`)
    } else {
      const rows = paths.map((p) => [
        p.introducer ? ref(names, p.introducer).name : '(you)',
        p.strength.toFixed(2),
        p.people.map((id) => ref(names, id).name).join(' -> '),
      ])
      io.stdout(table(['introducer', 'strength', 'chain'], rows))
    }
    return EXIT.ok
  })
}

/** `--json`: `[{person: {id, name}, betweenness, constraint, clustersReached}]`, strongest first. */
export function brokersWith(store: RecordStore, args: ParsedArgs, io: CliIo): Promise<number> {
  return settle(() => {
    const limit = integerOption(args, 'limit') ?? 20
    const { analysis, names } = analyze(store, io, 0)
    const brokers = analysis.brokers.slice(0, limit)
    if (json(args)) {
      const rows = brokers.map((b) => ({
        person: ref(names, b.person),
        betweenness: round(b.betweenness),
        constraint: Number.isFinite(b.constraint) ? round(b.constraint) : null,
        clustersReached: b.clustersReached,
      }))
      io.stdout(JSON.stringify(rows, null, 2) + '\n')
    } else if (brokers.length === 0) {
      io.stdout('No connectors yet: nobody links otherwise separate people.\n')
    } else {
      const rows = brokers.map((b) => [
        ref(names, b.person).name,
        b.betweenness.toFixed(3),
        Number.isFinite(b.constraint) ? b.constraint.toFixed(3) : '-',
        String(b.clustersReached),
      ])
      io.stdout(table(['connector', 'betweenness', 'constraint', 'clusters'], rows))
    }
    return EXIT.ok
  })
}

export const analysisCommands: Command[] = [
  {
    name: 'suggest',
    summary: 'Suggest introductions between your clusters, with reasons',
    usage: 'kith suggest --vault PATH [--limit N] [--json]',
    options: { ...vaultOption, limit: { type: 'string' } },
    run: (args, io) => withVault(args, io, (vault) => suggestWith(vault, args, io)),
  },
  {
    name: 'clusters',
    summary: 'List the clusters of your network (you removed)',
    usage: 'kith clusters --vault PATH [--json]',
    options: { ...vaultOption },
    run: (args, io) => withVault(args, io, (vault) => clustersWith(vault, args, io)),
  },
  {
    name: 'path',
    summary: 'Who can introduce you to PERSON: the strongest chains of ties',
    usage: PATH_USAGE,
    options: { ...vaultOption },
    run: (args, io) => withVault(args, io, (vault) => pathWith(vault, args, io)),
  },
  {
    name: 'brokers',
    summary: 'The connectors in your network (who links otherwise separate people)',
    usage: 'kith brokers --vault PATH [--limit N] [--json]',
    options: { ...vaultOption, limit: { type: 'string' } },
    run: (args, io) => withVault(args, io, (vault) => brokersWith(vault, args, io)),
  },
]

/** Runs synchronous command logic so that a thrown CliError becomes a rejection, like async code. */
function settle(work: () => number): Promise<number> {
  return new Promise((resolve) => resolve(work()))
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

function preview(names: string[], max = 6): string {
  return names.length <= max
    ? names.join(', ')
    : `${names.slice(0, max).join(', ')} and ${names.length - max} more`
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) =>
    Math.max(h.length, ...rows.map((r) => (c < r.length - 1 ? r[c]!.length : 0))),
  )
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n'
}
