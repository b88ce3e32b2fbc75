import { existsSync } from 'node:fs'
import type { CliIo, OptionSpec, ParsedArgs } from './command'
import { CliError, EXIT } from './exitCodes'
import { defaultMarkDirectory } from '../core/paths'
import { passphraseProblem } from '../shared/passphrase/strength'
import {
  DEFAULT_KDF_POLICY,
  PassphraseRejectedError,
  openVault,
  ReadOnlyVaultError,
  VaultError,
  type KdfPolicy,
  type Vault,
  type VaultSecret,
} from '../core/vault'

/** The parseArgs option spec for `--vault PATH`; spread it into a command's `options`. */
export const vaultOption: OptionSpec = { vault: { type: 'string' } }

let kdfPolicy: KdfPolicy = DEFAULT_KDF_POLICY

/**
 * WARNING: tests only. Lets CLI tests use cheap Argon2id parameters, injected through code (never a
 * file or the environment, so a real user cannot be talked into weak keys).
 */
export function setCliKdfPolicyForTests(policy: KdfPolicy = DEFAULT_KDF_POLICY): void {
  kdfPolicy = policy
}

export function cliKdfPolicy(): KdfPolicy {
  return kdfPolicy
}

export function requireString(args: ParsedArgs, name: string, what: string): string {
  const value = args.values[name]
  if (typeof value !== 'string' || value.length === 0) {
    throw new CliError(EXIT.usage, `--${name} ${what} is required`)
  }
  return value
}

export function vaultPath(args: ParsedArgs): string {
  return requireString(args, 'vault', 'PATH')
}

/** Maps vault errors to exit codes; their messages are written never to contain plaintext. */
export function toCliError(error: unknown): CliError | undefined {
  if (error instanceof CliError) return error
  if (error instanceof ReadOnlyVaultError) return new CliError(EXIT.integrity, error.message)
  if (error instanceof VaultError) {
    const code = {
      WrongPassphraseOrCorrupt: EXIT.wrongPassphrase,
      PassphraseRejected: EXIT.wrongPassphrase,
      NotAVault: EXIT.badInput,
      VaultFromNewerApp: EXIT.conflict,
      RecordTampered: EXIT.integrity,
      IntegrityMismatch: EXIT.integrity,
      KdfParamsRejected: EXIT.integrity,
      BackupInvalid: EXIT.integrity,
      Locked: EXIT.locked,
      AlreadyOpen: EXIT.locked,
      RecordTooLarge: EXIT.badInput,
      VaultExists: EXIT.conflict,
      VaultNotFound: EXIT.notFound,
      VaultDamaged: EXIT.integrity,
    }[error.code]
    return new CliError(code, error.message)
  }
  if (error instanceof Error && error.name === 'ZodError') {
    // zod issue messages name the field and the rule, not the value.
    const issues = (error as Error & { issues?: { path: PropertyKey[]; message: string }[] }).issues
    const summary = (issues ?? [])
      .slice(0, 5)
      .map((i) => `${i.path.map(String).join('.') || 'input'}: ${i.message}`)
      .join('; ')
    return new CliError(EXIT.badInput, `invalid input (${summary})`)
  }
  return undefined
}

/**
 * This device's high-water marks live in Kith's config directory (as the app's do), found from
 * the CLI's environment so tests can point it at a temporary folder through `CliIo`.
 */
export function cliMarkDirectory(io: CliIo): string {
  return defaultMarkDirectory(process.platform, io.env)
}

/** Refuses a new passphrase the app's strength meter would refuse (CLI `init` and `passwd`). */
export function checkNewPassphrase(passphrase: string, personal: readonly string[]): void {
  const problem = passphraseProblem(passphrase, personal)
  if (problem) throw toCliError(new PassphraseRejectedError(problem))!
}

/**
 * Says on stderr what the vault's state is whenever it is not plainly healthy, for every command
 * (reads included): recovery mode, an older copy, a newer format, a missing high-water mark.
 */
export function reportStatus(vault: Vault, io: CliIo): void {
  const status = vault.status()
  if (status.recovery) {
    io.stderr(
      `warning: the vault is in recovery mode, read-only: ${status.recovery.reason}${status.recovery.badRecordIds.length > 0 ? ` (${status.recovery.badRecordIds.length} bad record(s); "kith verify" lists them)` : ''}. What you see may be incomplete.\n`,
    )
  }
  if (status.rollback) {
    io.stderr(
      `warning: ${status.rollback.message} ("kith accept-older-copy --vault PATH" does that.)\n`,
    )
  }
  if (status.newerVersion) io.stderr(`warning: ${status.newerVersion.message}\n`)
  if (status.markMissing) {
    io.stderr(
      `warning: ${status.markMissing.message} ("kith acknowledge-mark --vault PATH" does that.)\n`,
    )
  }
}

/** True when what the vault shows may be incomplete or old: recovery mode or an older copy. */
export function isDamaged(vault: Vault): boolean {
  const status = vault.status()
  return status.recovery !== undefined || status.rollback !== undefined
}

/** Unlocks with KITH_PASSPHRASE (or a prompt), or with a recovery key when `secret` says so. */
export async function openVaultForCli(
  path: string,
  io: CliIo,
  secret?: VaultSecret,
): Promise<Vault> {
  if (!existsSync(path)) throw new CliError(EXIT.notFound, `no vault at ${path}`)
  const passphrase = secret ?? { passphrase: await io.secret('Passphrase: ', 'KITH_PASSPHRASE') }
  try {
    return await openVault(path, passphrase, { kdfPolicy, markDirectory: cliMarkDirectory(io) })
  } catch (error) {
    throw toCliError(error) ?? error
  }
}

/**
 * Opens the vault named by `--vault`, runs `fn`, and always locks at the end. With
 * `write: true` a read-only vault (recovery mode, newer app) is refused before `fn` runs.
 */
export async function withVault<T>(
  args: ParsedArgs,
  io: CliIo,
  fn: (vault: Vault) => Promise<T>,
  options?: { write?: boolean },
): Promise<T> {
  const vault = await openVaultForCli(vaultPath(args), io)
  try {
    const status = vault.status()
    reportStatus(vault, io)
    if (options?.write && vault.readOnly) {
      if (status.newerVersion) throw new CliError(EXIT.conflict, status.newerVersion.message)
      if (status.rollback && !status.recovery) {
        throw new CliError(
          EXIT.integrity,
          'the vault is an older copy and read-only; nothing was written. Run "kith accept-older-copy" if this copy is the one you want',
        )
      }
      throw new CliError(
        EXIT.integrity,
        `the vault is in recovery mode (${status.recovery?.reason ?? 'integrity check failed'}); run "kith verify" and restore from a backup`,
      )
    }
    return await fn(vault)
  } catch (error) {
    throw toCliError(error) ?? error
  } finally {
    await vault.lock()
  }
}
