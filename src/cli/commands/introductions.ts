import { INTRODUCTION_STATUSES, pairKey, type IntroductionStatus } from '../../shared/domain'
import type { RecordStore } from '../../core/store/recordStore'
import { createIntroduction, listIntroductions, transitionIntroduction } from '../../core/services'
import type { CliIo, Command, ParsedArgs } from '../command'
import { EXIT } from '../exitCodes'
import {
  instantOption,
  oneOf,
  positionals,
  resolvePerson,
  stringOption,
  withServiceErrors,
} from '../resolvePerson'
import { vaultOption, withVault } from '../vaultAccess'

const json = (args: ParsedArgs): boolean => args.values['json'] === true

export const INTRODUCE_USAGE =
  'kith introduce --vault PATH A B [--status S] [--note TEXT] [--rationale TEXT] [--by P] [--at ISO]'

const ACTIVE: readonly IntroductionStatus[] = ['idea', 'asked', 'accepted', 'made']

/**
 * Creates an introduction between A and B, or, when the pair already has one under way and
 * --status names a new status, moves it there (recording --note in its history). Reaching
 * `made`/`met` ties the two. Prints the introduction id.
 */
export function introduceWith(store: RecordStore, args: ParsedArgs, io: CliIo): Promise<number> {
  return withServiceErrors(async () => {
    const [refA = '', refB = ''] = positionals(args, 2, INTRODUCE_USAGE)
    const a = resolvePerson(store, refA)
    const b = resolvePerson(store, refB)
    const status = oneOf(args, 'status', INTRODUCTION_STATUSES)
    const note = stringOption(args, 'note')
    const rationale = stringOption(args, 'rationale')
    const byRef = stringOption(args, 'by')
    const at = instantOption(args, 'at')
    const deps = { clock: io.clock }
    const key = pairKey(a.id, b.id)
    const current = listIntroductions(store).find(
      (intro) => pairKey(intro.a, intro.b) === key && ACTIVE.includes(intro.status),
    )
    const result =
      current && status && status !== current.status
        ? await transitionIntroduction(store, deps, current.id, status, {
            ...(note ? { note } : {}),
            ...(at ? { at } : {}),
          })
        : await createIntroduction(store, deps, {
            a: a.id,
            b: b.id,
            ...(status ? { status } : {}),
            ...(note ? { note } : {}),
            ...(rationale ? { rationale } : {}),
            ...(byRef ? { introducer: resolvePerson(store, byRef).id } : {}),
            ...(at ? { at } : {}),
          })
    const { introduction, tie } = result
    if (json(args)) {
      io.stdout(
        JSON.stringify({ id: introduction.id, status: introduction.status, tie: tie?.id ?? null }) +
          '\n',
      )
    } else {
      io.stdout(`${introduction.id}\n`)
      if (tie) io.stderr(`tied: ${tie.id}\n`)
    }
    return EXIT.ok
  })
}

/** `--json`: `[{id, a: {id, name}, b: {id, name}, introducer, status, rationale, history, tie}]`. */
export function introductionsWith(
  store: RecordStore,
  args: ParsedArgs,
  io: CliIo,
): Promise<number> {
  return withServiceErrors(() => {
    const status = oneOf(args, 'status', INTRODUCTION_STATUSES)
    const personRef = stringOption(args, 'person')
    const person = personRef === undefined ? undefined : resolvePerson(store, personRef)
    const intros = listIntroductions(store, {
      ...(status ? { status } : {}),
      ...(person ? { person: person.id } : {}),
    })
    const ref = (id: string) => ({ id, name: store.get('person', id)?.name ?? '' })
    if (json(args)) {
      const rows = intros.map((i) => ({
        id: i.id,
        a: ref(i.a),
        b: ref(i.b),
        introducer: i.introducer ? ref(i.introducer) : null,
        status: i.status,
        rationale: i.rationale,
        channel: i.channel ?? null,
        outcome: i.outcome,
        history: i.history,
        tie: i.tie ?? null,
        createdAt: i.createdAt,
        updatedAt: i.updatedAt,
      }))
      io.stdout(JSON.stringify(rows, null, 2) + '\n')
    } else {
      for (const i of intros) {
        io.stdout(`${i.id}  ${i.status.padEnd(8)}  ${ref(i.a).name} <-> ${ref(i.b).name}\n`)
      }
    }
    return Promise.resolve(EXIT.ok)
  })
}

export const introductionCommands: Command[] = [
  {
    name: 'introduce',
    summary: 'Record an introduction between two people, or move it to a new status',
    usage: INTRODUCE_USAGE,
    options: {
      ...vaultOption,
      status: { type: 'string' },
      note: { type: 'string' },
      rationale: { type: 'string' },
      by: { type: 'string' },
      at: { type: 'string' },
    },
    run: (args, io) =>
      withVault(args, io, (vault) => introduceWith(vault, args, io), { write: true }),
  },
  {
    name: 'introductions',
    summary: 'List introductions, most recently changed first',
    usage: 'kith introductions --vault PATH [--status S] [--person P] [--json]',
    options: { ...vaultOption, status: { type: 'string' }, person: { type: 'string' } },
    run: (args, io) => withVault(args, io, (vault) => introductionsWith(vault, args, io)),
  },
]
