import { ENTRY_TYPES } from '../../shared/domain'
import type { RecordStore } from '../../core/store/recordStore'
import { listEntries, logEntry } from '../../core/services'
import type { CliIo, Command, ParsedArgs } from '../command'
import { EXIT } from '../exitCodes'
import {
  instantOption,
  oneOf,
  resolvePerson,
  stringOption,
  withServiceErrors,
} from '../resolvePerson'
import { requireString, vaultOption, withVault } from '../vaultAccess'

const json = (args: ParsedArgs): boolean => args.values['json'] === true

export const LOG_USAGE =
  'kith log --vault PATH --text "... @Name ..." [--at ISO] [--type T] [--title T] [--follow-up YYYY-MM-DD] [--create-missing]'

/**
 * Logs a journal entry whose @mentions become its participants. Prints the entry id; with
 * --json, `{id, participants, created}`. People created by --create-missing are listed on stderr.
 */
export function logWith(store: RecordStore, args: ParsedArgs, io: CliIo): Promise<number> {
  return withServiceErrors(async () => {
    const at = instantOption(args, 'at')
    const type = oneOf(args, 'type', ENTRY_TYPES)
    const title = stringOption(args, 'title')
    const followUpOn = stringOption(args, 'follow-up')
    const { entry, created } = await logEntry(
      store,
      { clock: io.clock },
      {
        text: requireString(args, 'text', 'TEXT'),
        ...(at ? { at } : {}),
        ...(type ? { type } : {}),
        ...(title ? { title } : {}),
        ...(followUpOn ? { followUpOn } : {}),
        createMissing: args.values['create-missing'] === true,
      },
    )
    if (json(args)) {
      io.stdout(
        JSON.stringify({
          id: entry.id,
          participants: entry.participants,
          created: created.map((p) => ({ id: p.id, name: p.name })),
        }) + '\n',
      )
    } else {
      for (const person of created) io.stderr(`created ${person.id}  ${person.name}\n`)
      io.stdout(`${entry.id}\n`)
    }
    return EXIT.ok
  })
}

/** Newest first. `--json`: `[{id, at, type, title, body, participants: [{id, name}], ...}]`. */
export function entriesWith(store: RecordStore, args: ParsedArgs, io: CliIo): Promise<number> {
  return withServiceErrors(() => {
    const personRef = stringOption(args, 'person')
    const person = personRef === undefined ? undefined : resolvePerson(store, personRef)
    const entries = listEntries(store, person ? { person: person.id } : {})
    const nameOf = (id: string): string => store.get('person', id)?.name ?? ''
    if (json(args)) {
      const rows = entries.map((e) => ({
        id: e.id,
        at: e.at,
        type: e.type,
        title: e.title,
        body: e.body,
        participants: e.participants.map((id) => ({ id, name: nameOf(id) })),
        place: e.place ?? null,
        followUpOn: e.followUpOn ?? null,
        followUpDone: e.followUpDone,
        introduction: e.introduction ?? null,
      }))
      io.stdout(JSON.stringify(rows, null, 2) + '\n')
    } else {
      for (const e of entries) {
        const who = e.participants.map(nameOf).join(', ')
        io.stdout(
          `${e.at.slice(0, 16).replace('T', ' ')}  ${e.type.padEnd(7)}  ${e.title || '(untitled)'}${who ? `  with ${who}` : ''}\n`,
        )
      }
    }
    return Promise.resolve(EXIT.ok)
  })
}

export const journalCommands: Command[] = [
  {
    name: 'log',
    summary: 'Write a journal entry; @mentions link people',
    usage: LOG_USAGE,
    options: {
      ...vaultOption,
      text: { type: 'string' },
      at: { type: 'string' },
      type: { type: 'string' },
      title: { type: 'string' },
      'follow-up': { type: 'string' },
      'create-missing': { type: 'boolean' },
    },
    run: (args, io) => withVault(args, io, (vault) => logWith(vault, args, io), { write: true }),
  },
  {
    name: 'entries',
    summary: 'List journal entries, newest first',
    usage: 'kith entries --vault PATH [--person P] [--json]',
    options: { ...vaultOption, person: { type: 'string' } },
    run: (args, io) => withVault(args, io, (vault) => entriesWith(vault, args, io)),
  },
]
