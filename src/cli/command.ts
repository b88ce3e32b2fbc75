import type { ParseArgsConfig } from 'node:util'
import type { Clock } from '../shared/domain'

export type OptionSpec = NonNullable<ParseArgsConfig['options']>

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Readonly<Record<string, string | undefined>>
  /** Reads a secret: from `envVar` when set, otherwise an interactive prompt without echo. */
  secret: (prompt: string, envVar: string) => Promise<string>
  clock: Clock
}

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>
  positionals: string[]
}

/**
 * One `kith` subcommand. It returns an exit code (see exitCodes.ts) or throws a CliError.
 * `options` are node:util parseArgs options; `--help` and `--json` are added by the frame.
 */
export interface Command {
  name: string
  summary: string
  usage: string
  options: OptionSpec
  run: (args: ParsedArgs, io: CliIo) => Promise<number>
}
