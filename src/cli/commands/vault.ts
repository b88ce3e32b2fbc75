import type { CliIo, Command, ParsedArgs } from '../command'
import { CliError, EXIT } from '../exitCodes'
import {
  checkNewPassphrase,
  cliKdfPolicy,
  cliMarkDirectory,
  openVaultForCli,
  reportStatus,
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
    checkNewPassphrase(passphrase, [ownerName])
    const { vault, recoveryKey } = await mapped(() =>
      createVault(path, {
        ownerName,
        passphrase,
        clock: io.clock,
        kdfPolicy: cliKdfPolicy(),
        markDirectory: cliMarkDirectory(io),
      }),
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
      reportStatus(vault, io)
      if (vault.readOnly) {
        throw new CliError(EXIT.integrity, 'the vault is read-only (recovery mode or newer format)')
      }
      const next = await newSecret(io, 'New passphrase: ', 'KITH_NEW_PASSPHRASE')
      const owner = vault.list('person').find((p) => p.isMe)?.name
      checkNewPassphrase(next, owner ? [owner] : [])
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

export const acceptOlderCopyCommand: Command = {
  name: 'accept-older-copy',
  summary: 'Keep a vault that is older than the newest state this device saw (logged in the vault)',
  usage: 'kith accept-older-copy --vault PATH',
  options: { ...vaultOption },
  run: async (args, io) => {
    const vault = await openVaultForCli(vaultPath(args), io)
    try {
      const status = vault.status()
      if (!status.rollback) {
        io.stderr('kith accept-older-copy: this vault is not an older copy; nothing to do.\n')
        return EXIT.ok
      }
      if (status.recovery) {
        throw new CliError(
          EXIT.integrity,
          `the vault also failed its integrity check (${status.recovery.reason}); it stays read-only`,
        )
      }
      const after = await mapped(() => vault.acceptOlderCopy(io.clock().toISOString()))
      io.stdout(
        `This copy is now the current one (change ${after.epoch}; the device had seen change ${status.rollback.markEpoch}). The decision is logged in the vault.\n`,
      )
      return EXIT.ok
    } finally {
      await vault.lock()
    }
  },
}

export const acknowledgeMarkCommand: Command = {
  name: 'acknowledge-mark',
  summary: "Acknowledge that this device's record of the vault's newest state was missing",
  usage: 'kith acknowledge-mark --vault PATH',
  options: { ...vaultOption },
  run: async (args, io) => {
    const vault = await openVaultForCli(vaultPath(args), io)
    try {
      if (!vault.status().markMissing) {
        io.stderr('kith acknowledge-mark: nothing to acknowledge.\n')
        return EXIT.ok
      }
      await mapped(() => vault.acknowledgeMissingMark(io.clock().toISOString()))
      io.stdout('Acknowledged; the vault is tracked on this device again.\n')
      return EXIT.ok
    } finally {
      await vault.lock()
    }
  },
}

export const vaultCommands: Command[] = [
  initCommand,
  verifyCommand,
  passwdCommand,
  backupCommand,
  restoreCommand,
  acceptOlderCopyCommand,
  acknowledgeMarkCommand,
]
