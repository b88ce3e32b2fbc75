import { create } from 'zustand'

/**
 * Steps of the vault screens that must stay on screen even though the core already reports the
 * vault unlocked: the recovery key shown once after creation, the demo passphrase, and the new
 * passphrase that must follow an unlock with the recovery key.
 */
interface VaultFlowState {
  /** The new vault's recovery key until the user confirms they saved it. Never persisted. */
  recoveryKey: string | null
  demo: { passphrase: string; people: number } | null
  /** Unlocked with the recovery key: a new passphrase must be set before going on. */
  mustSetPassphrase: boolean
  /** The user chose to browse a vault in recovery mode read-only. */
  recoveryAcknowledged: boolean
  /** Why the vault last locked, for the unlock screen. */
  lockReason: string | null
  /** A notice for the unlock screen (e.g. after a restore). */
  notice: string | null
}

export const useVaultFlow = create<VaultFlowState>(() => ({
  recoveryKey: null,
  demo: null,
  mustSetPassphrase: false,
  recoveryAcknowledged: false,
  lockReason: null,
  notice: null,
}))

export function setVaultFlow(patch: Partial<VaultFlowState>): void {
  useVaultFlow.setState(patch)
}

/** A person-readable reason for a lock, or null when they asked for it. */
export function lockReasonText(reason: string, minutes: number): string | null {
  switch (reason) {
    case 'idle':
      return `Kith locked itself after ${minutes} minute${minutes === 1 ? '' : 's'} without activity.`
    case 'system':
      return 'Kith locked when the screen locked or the computer went to sleep.'
    default:
      return null
  }
}
