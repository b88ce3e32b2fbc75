import { encodePassphrase } from './crypto'
import type { SlotKind } from './keyslots'
import { parseRecoveryKey } from './recoveryKey'

export type VaultSecret = { passphrase: string } | { recoveryKey: string }

/** The bytes a secret feeds to Argon2id, and which key slot they open. */
export function secretBytes(secret: VaultSecret): { kind: SlotKind; bytes: Uint8Array } {
  if ('recoveryKey' in secret)
    return { kind: 'recovery', bytes: parseRecoveryKey(secret.recoveryKey) }
  return { kind: 'passphrase', bytes: encodePassphrase(secret.passphrase) }
}
