import { TIE_TYPES, type Tie } from '../../shared/domain'
import type { RecordStore } from '../../core/store/recordStore'
import { addTie, createPerson, findTie, listPeople, updateTie } from '../../core/services'
import type { CliIo, Command, ParsedArgs } from '../command'
import { EXIT } from '../exitCodes'
import {
  integerOption,
  oneOf,
  positionals,
  resolvePerson,
  stringList,
  stringOption,
  withServiceErrors,
} from '../resolvePerson'
import { requireString, vaultOption, withVault } from '../vaultAccess'

const json = (args: ParsedArgs): boolean => args.values['json'] === true

export const ADD_PERSON_USAGE =
  'kith add-person --vault PATH --name NAME [--org O] [--title T] [--tag T]... [--offers TEXT]... [--seeks TEXT]... [--cadence DAYS]'

/** Prints the new person's id (or `{id}` with --json). */
export function addPersonWith(store: RecordStore, args: ParsedArgs, io: CliIo): Promise<number> {
  return withServiceErrors(async () => {
    const organization = stringOption(args, 'org')
    const title = stringOption(args, 'title')
    const cadenceDays = integerOption(args, 'cadence')
    const person = await createPerson(
      store,
      { clock: io.clock },
      {
        name: requireString(args, 'name', 'NAME'),
        ...(organization ? { organization } : {}),
        ...(title ? { title } : {}),
        ...(cadenceDays !== undefined ? { cadenceDays } : {}),
        tags: stringList(args, 'tag'),
        offers: stringList(args, 'offers'),
        seeks: stringList(args, 'seeks'),
      },
    )
    io.stdout(json(args) ? JSON.stringify({ id: person.id }) + '\n' : `${person.id}\n`)
    return EXIT.ok
  })
}

/** `--json`: `[{id, name, organization, tags, offers, seeks, lastContactAt}]`, sorted by name. */
export function listPeopleWith(store: RecordStore, args: ParsedArgs, io: CliIo): Promise<number> {
  return withServiceErrors(() => {
    const tag = stringOption(args, 'tag')
    const organization = stringOption(args, 'org')
    const people = listPeople(store, {
      ...(tag ? { tag } : {}),
      ...(organization ? { organization } : {}),
    })
    if (json(args)) {
      const rows = people.map((p) => ({
        id: p.id,
        name: p.name,
        ...(p.isMe ? { isMe: true } : {}),
        organization: p.organization ?? null,
        tags: p.tags,
        offers: p.offers,
        seeks: p.seeks,
        lastContactAt: p.lastContactAt ?? null,
      }))
      io.stdout(JSON.stringify(rows, null, 2) + '\n')
    } else {
      for (const p of people) {
        io.stdout(
          `${p.id}  ${p.name}${p.organization ? ` (${p.organization})` : ''}${p.isMe ? '  [me]' : ''}\n`,
        )
      }
    }
    return Promise.resolve(EXIT.ok)
  })
}

export const TIE_USAGE =
  'kith tie --vault PATH A B [--type T] [--strength 1-5] [--note TEXT] [--since YYYY-MM-DD]'

/** Creates the tie, or updates the pair's existing one: a pair has one tie. Prints its id. */
export function tieWith(store: RecordStore, args: ParsedArgs, io: CliIo): Promise<number> {
  return withServiceErrors(async () => {
    const [refA = '', refB = ''] = positionals(args, 2, TIE_USAGE)
    const a = resolvePerson(store, refA)
    const b = resolvePerson(store, refB)
    const type = oneOf(args, 'type', TIE_TYPES)
    const strength = integerOption(args, 'strength')
    const note = stringOption(args, 'note')
    const since = stringOption(args, 'since')
    const fields = {
      ...(type ? { type } : {}),
      ...(strength !== undefined ? { strength } : {}),
      ...(note !== undefined ? { note } : {}),
      ...(since ? { since } : {}),
    }
    const deps = { clock: io.clock }
    const existing = findTie(store, a.id, b.id)
    const tie: Tie = existing
      ? await updateTie(store, deps, existing.id, fields)
      : await addTie(store, deps, a.id, b.id, fields)
    if (json(args)) io.stdout(JSON.stringify({ id: tie.id, updated: Boolean(existing) }) + '\n')
    else io.stdout(`${tie.id}\n`)
    return EXIT.ok
  })
}

export const peopleCommands: Command[] = [
  {
    name: 'add-person',
    summary: 'Add a person and print their id',
    usage: ADD_PERSON_USAGE,
    options: {
      ...vaultOption,
      name: { type: 'string' },
      org: { type: 'string' },
      title: { type: 'string' },
      tag: { type: 'string', multiple: true },
      offers: { type: 'string', multiple: true },
      seeks: { type: 'string', multiple: true },
      cadence: { type: 'string' },
    },
    run: (args, io) =>
      withVault(args, io, (vault) => addPersonWith(vault, args, io), { write: true }),
  },
  {
    name: 'people',
    summary: 'List people (not the trash)',
    usage: 'kith people --vault PATH [--tag T] [--org O] [--json]',
    options: { ...vaultOption, tag: { type: 'string' }, org: { type: 'string' } },
    run: (args, io) => withVault(args, io, (vault) => listPeopleWith(vault, args, io)),
  },
  {
    name: 'tie',
    summary: 'Tie two people (by id or exact name), or update their tie',
    usage: TIE_USAGE,
    options: {
      ...vaultOption,
      type: { type: 'string' },
      strength: { type: 'string' },
      note: { type: 'string' },
      since: { type: 'string' },
    },
    run: (args, io) => withVault(args, io, (vault) => tieWith(vault, args, io), { write: true }),
  },
]
