import { EVIDENCE_KIND_NAMES, TIE_TYPES, type Person } from '../../shared/domain'
import type { RecordStore } from '../../core/store/recordStore'
import { reviewLikelyTies } from '../../core/services'
import { analyzeNetwork, type LikelyTie, type NetworkAnalysis } from '../../shared/graph'
import type { CliIo, Command, ParsedArgs } from '../command'
import { CliError, EXIT } from '../exitCodes'
import {
  integerOption,
  oneOf,
  resolvePerson,
  stringOption,
  withServiceErrors,
} from '../resolvePerson'
import { vaultOption, withVault } from '../vaultAccess'
import { analysisInputFrom } from './analysis'

export const LIKELY_USAGE = 'kith likely --vault PATH [--person PERSON] [--limit N] [--json]'
export const REVIEW_USAGE =
  'kith review-likely --vault PATH (--group KEY | --person PERSON --with PERSON) (--yes | --no) [--type TYPE] [--json]'

const json = (args: ParsedArgs): boolean => args.values['json'] === true

function analyze(
  store: RecordStore,
  io: CliIo,
): { analysis: NetworkAnalysis; names: Map<string, Person> } {
  const input = analysisInputFrom(store)
  return {
    analysis: analyzeNetwork(input, { now: io.clock(), limit: 0 }),
    names: new Map(input.people.map((p) => [p.id, p])),
  }
}

const evidenceText = (t: LikelyTie) =>
  t.evidence.map((e) => `${e.value} · ${EVIDENCE_KIND_NAMES[e.kind]}`).join('; ')

/**
 * Likely ties (inferred from shared organisation, labels, school...) and the groups that can be
 * reviewed at once. `--json`: `{groups: [{key, label, kind, size, reviewable}], likelyTies: [{a,
 * b, weight, evidence}]}`.
 */
export function likelyWith(store: RecordStore, args: ParsedArgs, io: CliIo): Promise<number> {
  // Synchronous work, wrapped so a thrown service error maps to its exit code like async commands.
  return withServiceErrors(() => Promise.resolve(listLikely(store, args, io)))
}

function listLikely(store: RecordStore, args: ParsedArgs, io: CliIo): number {
  const limit = integerOption(args, 'limit') ?? 50
  const who = stringOption(args, 'person')
  const person = who ? resolvePerson(store, who) : undefined
  const { analysis, names } = analyze(store, io)
  const name = (id: string) => names.get(id)?.name ?? id
  const ties = analysis.likelyTies
    .filter((t) => !person || t.a === person.id || t.b === person.id)
    .slice(0, limit)
  const groups = analysis.evidenceGroups
    .filter((g) => !person || g.members.includes(person.id))
    .filter((g) => g.kind !== 'city')
    .sort((x, y) => y.members.length - x.members.length || (x.key < y.key ? -1 : 1))
  if (json(args)) {
    io.stdout(
      JSON.stringify(
        {
          groups: groups.map((g) => ({
            key: g.key,
            label: g.label,
            kind: g.kind,
            size: g.members.length,
            reviewable: g.reviewable,
          })),
          likelyTies: ties.map((t) => ({
            a: { id: t.a, name: name(t.a) },
            b: { id: t.b, name: name(t.b) },
            weight: t.weight,
            evidence: t.evidence,
          })),
        },
        null,
        2,
      ) + '\n',
    )
    return EXIT.ok
  }
  if (ties.length === 0 && groups.length === 0) {
    io.stdout('Nothing inferred: no shared organisation, label, school or e-mail domain.\n')
    return EXIT.ok
  }
  io.stdout('Inferred, not confirmed: review with `kith review-likely`.\n\n')
  for (const g of groups.slice(0, limit))
    io.stdout(
      `${g.members.length} people  ${g.label}  (--group "${g.key}")${g.reviewable ? '' : '  too large to confirm at once'}\n`,
    )
  if (ties.length > 0) io.stdout('\n')
  for (const t of ties)
    io.stdout(`${name(t.a)} + ${name(t.b)}  ${Math.round(t.weight * 100)}%  ${evidenceText(t)}\n`)
  return EXIT.ok
}

/** Confirms (--yes) or rejects (--no) one likely tie or every pair of a reviewable group. */
export function reviewLikelyWith(store: RecordStore, args: ParsedArgs, io: CliIo): Promise<number> {
  return withServiceErrors(async () => {
    const yes = args.values['yes'] === true
    const no = args.values['no'] === true
    if (yes === no) throw new CliError(EXIT.usage, `say --yes or --no\nusage: ${REVIEW_USAGE}`)
    const groupKey = stringOption(args, 'group')
    const who = stringOption(args, 'person')
    const other = stringOption(args, 'with')
    let pairs: { a: string; b: string }[]
    if (groupKey) {
      const { analysis } = analyze(store, io)
      const group = analysis.evidenceGroups.find((g) => g.key === groupKey)
      if (!group) throw new CliError(EXIT.notFound, `no group "${groupKey}": see \`kith likely\``)
      if (!group.reviewable)
        throw new CliError(
          EXIT.badInput,
          `${group.label} has ${group.members.length} people, too many to confirm at once; review them pair by pair`,
        )
      pairs = group.members.flatMap((a, k) => group.members.slice(k + 1).map((b) => ({ a, b })))
    } else if (who && other) {
      pairs = [{ a: resolvePerson(store, who).id, b: resolvePerson(store, other).id }]
    } else
      throw new CliError(
        EXIT.usage,
        `name a --group, or --person and --with\nusage: ${REVIEW_USAGE}`,
      )
    const type = oneOf(args, 'type', TIE_TYPES)
    const result = await reviewLikelyTies(
      store,
      { clock: io.clock },
      { pairs, accept: yes, ...(type ? { type } : {}) },
    )
    if (json(args)) io.stdout(JSON.stringify(result) + '\n')
    else
      io.stdout(
        `${yes ? 'Confirmed' : 'Rejected'} ${result.decided} ${result.decided === 1 ? 'pair' : 'pairs'}` +
          (result.alreadyDecided > 0
            ? `; ${result.alreadyDecided} already decided, left as they were`
            : '') +
          '.\n',
      )
    return EXIT.ok
  })
}

export const likelyCommands: Command[] = [
  {
    name: 'likely',
    summary: 'Likely ties inferred from shared organisation, labels, school, e-mail domain',
    usage: LIKELY_USAGE,
    options: { ...vaultOption, person: { type: 'string' }, limit: { type: 'string' } },
    run: (args, io) => withVault(args, io, (vault) => likelyWith(vault, args, io)),
  },
  {
    name: 'review-likely',
    summary: 'Confirm (--yes) or reject (--no) a likely tie or a whole group of them',
    usage: REVIEW_USAGE,
    options: {
      ...vaultOption,
      group: { type: 'string' },
      person: { type: 'string' },
      with: { type: 'string' },
      yes: { type: 'boolean' },
      no: { type: 'boolean' },
      type: { type: 'string' },
    },
    run: (args, io) =>
      withVault(args, io, (vault) => reviewLikelyWith(vault, args, io), { write: true }),
  },
]
