import type { Person } from '../shared/domain'
import type { RecordStore } from '../core/store/recordStore'
import { fold, ServiceError } from '../core/services'
import type { ParsedArgs } from './command'
import { CliError, EXIT, type ExitCode } from './exitCodes'

/**
 * A person named on the command line: by id, or by a name that matches exactly one active person
 * (an exact spelling first, then ignoring case and accents). Unknown -> exit 4; ambiguous -> exit
 * 1 with the candidates, so a script can retry with an id.
 */
export function resolvePerson(store: RecordStore, ref: string): Person {
  const trimmed = ref.trim()
  const byId = store.get('person', trimmed.toLowerCase())
  if (byId && !byId.deletedAt) return byId
  const active = store.list('person').filter((person) => !person.deletedAt)
  const nfc = trimmed.normalize('NFC')
  let matches = active.filter((person) => person.name.normalize('NFC') === nfc)
  if (matches.length === 0) matches = active.filter((person) => fold(person.name) === fold(trimmed))
  if (matches.length === 1) return matches[0]!
  if (matches.length === 0)
    throw new CliError(EXIT.notFound, `no person "${trimmed}" in this vault`)
  const list = matches
    .sort((x, y) => (x.id < y.id ? -1 : 1))
    .map(
      (person) =>
        `  ${person.id}  ${person.name}${person.organization ? ` (${person.organization})` : ''}`,
    )
  throw new CliError(
    EXIT.usage,
    `"${trimmed}" matches ${matches.length} people; name one by id:\n${list.join('\n')}`,
  )
}

const SERVICE_EXIT: Record<ServiceError['code'], ExitCode> = {
  NotFound: EXIT.notFound,
  Ambiguous: EXIT.usage,
  Invalid: EXIT.badInput,
  Conflict: EXIT.conflict,
  ReadOnly: EXIT.integrity,
}

/** Runs command logic, turning service errors into CLI errors with their documented exit codes. */
export async function withServiceErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof ServiceError) {
      const candidates = error.candidates.map((c) => `\n  ${c.id}  ${c.name}`).join('')
      throw new CliError(SERVICE_EXIT[error.code], `${error.message}${candidates}`)
    }
    throw error
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name]
  return typeof value === 'string' ? value : undefined
}

export function stringList(args: ParsedArgs, name: string): string[] {
  const value = args.values[name]
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return []
}

/** Exactly `count` positionals, or a usage error quoting the usage line. */
export function positionals(args: ParsedArgs, count: number, usage: string): string[] {
  if (args.positionals.length !== count) {
    throw new CliError(EXIT.usage, `expected ${count} argument(s); usage: ${usage}`)
  }
  return args.positionals
}

/** An ISO instant; a bare date or a local time is read by the JS date parser and normalized. */
export function instantOption(args: ParsedArgs, name: string): string | undefined {
  const value = stringOption(args, name)
  if (value === undefined) return undefined
  const time = Date.parse(value)
  if (Number.isNaN(time)) throw new CliError(EXIT.badInput, `--${name} must be an ISO date or time`)
  return new Date(time).toISOString()
}

export function integerOption(args: ParsedArgs, name: string): number | undefined {
  const value = stringOption(args, name)
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new CliError(EXIT.badInput, `--${name} must be a whole number`)
  return Number(value)
}

export function oneOf<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = stringOption(args, name)
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(EXIT.badInput, `--${name} must be one of: ${allowed.join(', ')}`)
  }
  return value as T
}
