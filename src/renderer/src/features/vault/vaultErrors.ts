import { KithApiError } from '../../api/client'

/** A message a person can act on for a failed vault call, by the core's error code. */
export function vaultErrorMessage(
  error: unknown,
  using: 'passphrase' | 'recoveryKey' = 'passphrase',
): string {
  if (!(error instanceof KithApiError)) {
    return error instanceof Error ? error.message : 'Something went wrong.'
  }
  switch (error.code) {
    case 'WRONG_PASSPHRASE_OR_CORRUPT':
      return using === 'recoveryKey'
        ? "That recovery key doesn't open this vault. Check each group, or use the passphrase."
        : "That passphrase doesn't open this vault. Check Caps Lock and the keyboard layout, or use your recovery key."
    case 'NOT_A_VAULT':
      return "This file isn't a Kith vault, or it is too damaged to recognise. Restore it from a backup."
    case 'VAULT_FROM_NEWER_APP':
      return 'This vault was saved by a newer version of Kith. Update Kith to open it; nothing was changed.'
    case 'INTEGRITY':
      return 'The vault file is damaged: some records failed their integrity check. Restore from a backup, or open it read-only to export what still verifies.'
    case 'PASSPHRASE_REJECTED':
      return error.message || 'That passphrase cannot be used.'
    case 'ALREADY_OPEN':
      return 'Another Kith window or process has this vault open. Close it and try again.'
    case 'NO_VAULT':
      return 'There is no vault here yet.'
    case 'LOCKED':
      return 'The vault is locked. Unlock it and try again.'
    case 'READ_ONLY':
      return 'The vault is open read-only, so this cannot be changed.'
    case 'BAD_INPUT':
    case 'INVALID':
      return error.message
    default:
      return error.message || 'Something went wrong.'
  }
}
