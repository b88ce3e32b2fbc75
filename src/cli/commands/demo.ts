import type { CliIo, Command, ParsedArgs } from '../command'
import { CliError, EXIT } from '../exitCodes'
import { cliKdfPolicy, cliMarkDirectory, toCliError, vaultOption, vaultPath } from '../vaultAccess'
import { DEFAULT_DEMO_PEOPLE, fillDemoVault } from '../../core/demo'
import { createVault } from '../../core/vault'

const MAX_PEOPLE = 200_000

function integerOption(
  args: ParsedArgs,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = args.values[name]
  if (raw === undefined) return fallback
  const value = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new CliError(EXIT.usage, `--${name} must be a whole number from ${min} to ${max}`)
  }
  return value
}

/** Asks twice when prompting; an environment variable is taken as already confirmed. */
async function newPassphrase(io: CliIo): Promise<string> {
  const first = await io.secret('New passphrase for the demo vault: ', 'KITH_PASSPHRASE')
  if (io.env.KITH_PASSPHRASE === undefined) {
    const again = await io.secret('Repeat to confirm: ', 'KITH_PASSPHRASE')
    if (again !== first) throw new CliError(EXIT.usage, 'the two entries do not match')
  }
  return first
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Create a new vault filled with a realistic demo network',
  usage: 'kith demo --vault PATH [--people N] [--seed S] [--name "Owner Name"]',
  options: {
    ...vaultOption,
    people: { type: 'string' },
    seed: { type: 'string' },
    name: { type: 'string' },
  },
  run: async (args, io) => {
    const path = vaultPath(args)
    const people = integerOption(args, 'people', DEFAULT_DEMO_PEOPLE, 20, MAX_PEOPLE)
    const seed = integerOption(args, 'seed', 1, 0, 2 ** 31 - 1)
    const name = args.values.name
    const ownerName = typeof name === 'string' && name.trim() ? name.trim() : 'Alex Morgan'
    const passphrase = await newPassphrase(io)
    const created = await createVault(path, {
      ownerName,
      passphrase,
      clock: io.clock,
      kdfPolicy: cliKdfPolicy(),
      markDirectory: cliMarkDirectory(io),
    }).catch((error: unknown) => {
      throw toCliError(error) ?? error
    })
    const { vault, recoveryKey } = created
    let counts: Partial<Record<string, number>>
    try {
      const result = await fillDemoVault(vault, {
        people,
        seed,
        now: io.clock(),
        onProgress: (written, total) => {
          if (total > 20_000) io.stderr(`demo: ${written} / ${total} records\n`)
        },
      })
      counts = result.counts
    } catch (error) {
      throw toCliError(error) ?? error
    } finally {
      await vault.lock()
    }
    if (args.values.json === true) {
      io.stdout(JSON.stringify({ path, people, seed, counts, recoveryKey }) + '\n')
    } else {
      const plural: Record<string, string> = {
        person: 'people',
        tie: 'ties',
        introduction: 'introductions',
        entry: 'journal entries',
      }
      const summary = Object.entries(counts)
        .map(([kind, n]) => `${n} ${plural[kind] ?? kind}`)
        .join(', ')
      io.stdout(
        [
          `Created demo vault ${path} (seed ${seed}): ${summary}`,
          '',
          'Recovery key (shown once):',
          `  ${recoveryKey}`,
          '',
        ].join('\n'),
      )
    }
    return EXIT.ok
  },
}
