import type { ApiError, ErrorCode } from '../shared/ipc'

/** Domain error codes thrown by vault and services, mapped to the API's stable codes. */
const DOMAIN_CODES: Record<string, ErrorCode> = {
  Locked: 'LOCKED',
  NoVault: 'NO_VAULT',
  WrongPassphraseOrCorrupt: 'WRONG_PASSPHRASE_OR_CORRUPT',
  NotAVault: 'NOT_A_VAULT',
  VaultFromNewerApp: 'VAULT_FROM_NEWER_APP',
  RecordTampered: 'INTEGRITY',
  IntegrityMismatch: 'INTEGRITY',
  VaultDamaged: 'INTEGRITY',
  ReadOnly: 'READ_ONLY',
  AlreadyOpen: 'ALREADY_OPEN',
  PassphraseRejected: 'PASSPHRASE_REJECTED',
  BackupInvalid: 'INTEGRITY',
  KdfParamsRejected: 'NOT_A_VAULT',
  RecordTooLarge: 'INVALID',
  VaultExists: 'CONFLICT',
  VaultNotFound: 'NO_VAULT',
  DemoVaultNotEmpty: 'CONFLICT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Invalid: 'INVALID',
  Ambiguous: 'AMBIGUOUS',
  ImportFailed: 'IMPORT_FAILED',
}

/** A known error with a code the API can pass on; anything else becomes INTERNAL. */
export class KithError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Turns anything thrown by a handler into an ApiError. Known domain errors keep their message
 * (they are written to name what failed without plaintext); unknown errors never expose their
 * message, which could carry data, and are logged by name only.
 */
export function toApiError(error: unknown, log: (line: string) => void): ApiError {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    const code = DOMAIN_CODES[error.code]
    if (code) return { code, message: error.message }
  }
  const name = error instanceof Error ? error.name : typeof error
  log(`internal error in handler: ${name}`)
  return { code: 'INTERNAL', message: 'Something went wrong inside Kith. Nothing was changed.' }
}
