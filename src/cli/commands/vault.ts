import type { CliIo, Command, ParsedArgs } from '../command'
import { CliError, EXIT } from '../exitCodes'
import {
  cliKdfPolicy,
  openVaultForCli,
  requireString,
  toCliError,
  vaultOption,
  vaultPath,
  withVault,
} from '../vaultAccess'
import { createVault, restoreBackup } from '../../core/vault'

/** Asks twice when prompting; an environment variable is taken as already confirmed. */
async function newSecret(io: CliIo, prompt: string, envVar: string): Promise<string> {
  const first = await io.secret(prompt, envVar)
  if (io.env[envVar] === undefined) {
    const again = await io.secret('Repeat to confirm: ', envVar)
    if (again !== first) throw new CliError(EXIT.usage, 'the two entries do not match')
  }
  return first
}

async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw toCliError(error) ?? error
  }
}

const json = (args: ParsedArgs) => args.values.json === true

export const initCommand: Command = {
  name: 'init',
  summary: 'Create a new encrypted vault and print its recovery key',
  usage: 'kith init --vault PATH --name "Your Name"',
  options: { ...vaultOption, name: { type: 'string' } },
  run: async (args, io) => {
    const path = vaultPath(args)
    const ownerName = requireString(args, 'name', 'NAME (your own name)')
    const passphrase = await newSecret(io, 'New passphrase: ', 'KITH_PASSPHRASE')
    const { vault, recoveryKey } = await mapped(() =>
      createVault(path, { ownerName, passphrase, clock: io.clock, kdfPolicy: cliKdfPolicy() }),
    )
    const ownerId = vault.list('person').find((p) => p.isMe)?.id
    await vault.lock()
    if (json(args)) {
      io.stdout(JSON.stringify({ path, ownerId, recoveryKey }) + '\n')
    } else {
      io.stdout(
        [
          `Created ${path}`,
          '',
          'Recovery key (shown once: write it down and keep it apart from the vault):',
          `  ${recoveryKey}`,
          '',
        ].join('\n'),
      )
    }
    return EXIT.ok
  },
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Check every record, the record count and the integrity digest',
  usage: 'kith verify --vault PATH',
  options: { ...vaultOption },
  run: (args, io) =>
    withVault(args, io, async (vault) => {
      const report = await vault.verify()
      if (json(args)) io.stdout(JSON.stringify(report) + '\n')
      else if (report.ok) io.stdout(`ok: ${report.recordCount} records verified\n`)
      else {
        for (const problem of report.problems) io.stdout(`problem: ${problem}\n`)
        for (const id of report.badRecordIds) io.stdout(`bad record: ${id}\n`)
      }
      return report.ok ? EXIT.ok : EXIT.integrity
    }),
}

export const passwdCommand: Command = {
  name: 'passwd',
  summary: 'Change the vault passphrase (or set one with the recovery key)',
  usage: 'kith passwd --vault PATH [--recovery]',
  options: { ...vaultOption, recovery: { type: 'boolean' } },
  run: async (args, io) => {
    const path = vaultPath(args)
    const secret =
      args.values.recovery === true
        ? { recoveryKey: await io.secret('Recovery key: ', 'KITH_RECOVERY_KEY') }
        : undefined
    const vault = await openVaultForCli(path, io, secret)
    try {
      if (vault.readOnly) {
        throw new CliError(EXIT.integrity, 'the vault is read-only (recovery mode or newer format)')
      }
      const next = await newSecret(io, 'New passphrase: ', 'KITH_NEW_PASSPHRASE')
      await mapped(() => vault.changePassphrase(next))
    } finally {
      await vault.lock()
    }
    io.stdout('Passphrase changed.\n')
    return EXIT.ok
  },
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Write an encrypted backup of the whole vault under its own passphrase',
  usage: 'kith backup --vault PATH --out FILE',
  options: { ...vaultOption, out: { type: 'string' } },
  run: (args, io) => {
    const out = requireString(args, 'out', 'FILE')
    return withVault(args, io, async (vault) => {
      const passphrase = await newSecret(io, 'Backup passphrase: ', 'KITH_BACKUP_PASSPHRASE')
      await vault.backup(out, passphrase)
      io.stdout(`Backup written to ${out}\n`)
      return EXIT.ok
    })
  },
}

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Restore a backup into a new vault file (never overwrites)',
  usage: 'kith restore --backup FILE --vault NEWPATH',
  options: { ...vaultOption, backup: { type: 'string' } },
  run: async (args, io) => {
    const backup = requireString(args, 'backup', 'FILE')
    const path = vaultPath(args)
    const passphrase = await io.secret('Backup passphrase: ', 'KITH_BACKUP_PASSPHRASE')
    await mapped(() => restoreBackup(backup, passphrase, path, { kdfPolicy: cliKdfPolicy() }))
    io.stdout(`Restored to ${path}; it opens with the passphrase it had when backed up.\n`)
    return EXIT.ok
  },
}

export const vaultCommands: Command[] = [
  initCommand,
  verifyCommand,
  passwdCommand,
  backupCommand,
  restoreCommand,
]
