/**
 * Typed vault errors. Messages name what failed and never include plaintext: record ids are
 * random and safe to show, nothing decrypted ever is.
 */
export type VaultErrorCode =
  | 'WrongPassphraseOrCorrupt'
  | 'NotAVault'
  | 'VaultFromNewerApp'
  | 'RecordTampered'
  | 'IntegrityMismatch'
  | 'Locked'
  | 'AlreadyOpen'
  | 'PassphraseRejected'
  | 'KdfParamsRejected'
  | 'BackupInvalid'
  | 'RecordTooLarge'
  | 'VaultExists'
  | 'VaultNotFound'
  | 'VaultDamaged'

export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string,
  ) {
    super(message)
    this.name = code
  }
}

export class WrongPassphraseOrCorruptError extends VaultError {
  constructor(what = 'passphrase') {
    super('WrongPassphraseOrCorrupt', `The ${what} is wrong, or the vault's key slot is damaged.`)
  }
}

export class NotAVaultError extends VaultError {
  constructor(detail: string) {
    super('NotAVault', `This file is not a Kith vault (${detail}).`)
  }
}

export class VaultFromNewerAppError extends VaultError {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      'VaultFromNewerApp',
      `This vault was written by a newer version of Kith (format ${fileVersion}; this app reads up to ${appVersion}). Update Kith to change it; it is open read-only.`,
    )
  }
}

export class RecordTamperedError extends VaultError {
  constructor(readonly recordId: string) {
    super('RecordTampered', `Record ${recordId} failed its integrity check (tampered or damaged).`)
  }
}

export class IntegrityMismatchError extends VaultError {
  constructor(detail: string) {
    super('IntegrityMismatch', `The vault's integrity check failed: ${detail}.`)
  }
}

export class LockedError extends VaultError {
  constructor() {
    super('Locked', 'The vault is locked.')
  }
}

export class AlreadyOpenError extends VaultError {
  constructor(detail: string) {
    super('AlreadyOpen', `The vault is already open for writing (${detail}).`)
  }
}

export class PassphraseRejectedError extends VaultError {
  constructor(reason: string) {
    super('PassphraseRejected', `Passphrase rejected: ${reason}.`)
  }
}

export class KdfParamsRejectedError extends VaultError {
  constructor(detail: string) {
    super('KdfParamsRejected', `Key-derivation parameters rejected: ${detail}.`)
  }
}

export class BackupInvalidError extends VaultError {
  constructor(detail: string) {
    super('BackupInvalid', `The backup is invalid: ${detail}.`)
  }
}

export class RecordTooLargeError extends VaultError {
  constructor(
    readonly recordId: string,
    bytes: number,
    max: number,
  ) {
    super('RecordTooLarge', `Record ${recordId} is too large (${bytes} bytes; at most ${max}).`)
  }
}

export class VaultExistsError extends VaultError {
  constructor() {
    super('VaultExists', 'A file already exists at that path; Kith will not overwrite it.')
  }
}

export class VaultNotFoundError extends VaultError {
  constructor() {
    super('VaultNotFound', 'No vault file at that path.')
  }
}

/** The file is a Kith vault (or claims to be) but its structure is broken: nothing is changed. */
export class VaultDamagedError extends VaultError {
  constructor(detail: string) {
    super(
      'VaultDamaged',
      `This vault file is damaged (${detail}). Nothing was changed; restore it from a backup.`,
    )
  }
}
