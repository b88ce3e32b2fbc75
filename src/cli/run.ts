import { parseArgs } from 'node:util'
import type { CliIo, Command, OptionSpec } from './command'
import { CliError, EXIT } from './exitCodes'

export const CLI_VERSION_TEXT = (version: string) => `kith ${version}`

const FRAME_OPTIONS: OptionSpec = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
}

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length), 8)
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
  return [
    'Usage: kith <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options for every command: --help, and --json where the command returns data.',
    'The passphrase comes from an interactive prompt (not echoed) or KITH_PASSPHRASE; set that',
    "with `read -s`, never by typing it into a command, which keeps it in your shell's history.",
    'A vault that is damaged, in recovery mode or an older copy is reported on stderr by every',
    'command; writes are refused and export needs --accept-damaged.',
    '',
    'Exit codes: 0 ok, 1 usage, 2 wrong passphrase, 3 integrity failure, 4 not found,',
    '5 conflict, 6 bad input, 7 locked or in use, 10 internal error.',
  ].join('\n')
}

/** Runs one `kith` invocation and returns its exit code. Never throws. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[],
  version: string,
): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview(commands) + '\n')
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout(CLI_VERSION_TEXT(version) + '\n')
    return EXIT.ok
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    io.stderr(`kith: unknown command "${name}". Run "kith --help" for the list.\n`)
    return EXIT.usage
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...FRAME_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`kith ${command.name}: ${message}\nUsage: ${command.usage}\n`)
    return EXIT.usage
  }
  if (parsed.values.help) {
    io.stdout(`${command.summary}\n\nUsage: ${command.usage}\n`)
    return EXIT.ok
  }
  try {
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`kith ${command.name}: ${error.message}\n`)
      return error.exitCode
    }
    // Unknown errors may carry data in their message: report the kind only.
    const kind = error instanceof Error ? error.name : typeof error
    io.stderr(`kith ${command.name}: internal error (${kind}). Nothing was changed.\n`)
    return EXIT.internal
  }
}
