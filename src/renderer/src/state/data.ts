import { create } from 'zustand'
import type { NetworkSnapshot, VaultStatusView } from '../../../shared/ipc'
import { call, on } from '../api/client'

/**
 * Vault data as the renderer holds it (style.md, convention 8): a snapshot of the network fetched
 * from `network.snapshot`, refreshed on `data.changed`, dropped on `vault.locked`. Features read it
 * through `useSnapshot()` and never keep their own copies of records across a lock.
 */
interface DataState {
  status: VaultStatusView | null
  statusError: string | null
  snapshot: NetworkSnapshot | null
}

const useDataStore = create<DataState>(() => ({ status: null, statusError: null, snapshot: null }))

/** The whole network, or null while locked or before the first fetch. */
export function useSnapshot(): NetworkSnapshot | null {
  return useDataStore((state) => state.snapshot)
}

/** The vault's status (`vault.status`), or null before the first answer. */
export function useVaultStatus(): VaultStatusView | null {
  return useDataStore((state) => state.status)
}

/** Why `vault.status` could not be read (the core is unreachable), or null. */
export function useVaultStatusError(): string | null {
  return useDataStore((state) => state.statusError)
}

export function getSnapshot(): NetworkSnapshot | null {
  return useDataStore.getState().snapshot
}

export function getVaultStatus(): VaultStatusView | null {
  return useDataStore.getState().status
}

/** Puts a status the core just answered (unlock, switch, lock...) in the store. */
export function setVaultStatus(status: VaultStatusView): void {
  const wasUnlocked = useDataStore.getState().status?.state === 'unlocked'
  useDataStore.setState({ status, statusError: null })
  if (status.state !== 'unlocked') dropVaultData()
  else if (!wasUnlocked) void refreshSnapshot()
}

/** Forgets every piece of vault data the renderer holds (on lock, switch, restore). */
export function dropVaultData(): void {
  generation += 1
  useDataStore.setState({ snapshot: null })
}

export async function refreshStatus(): Promise<VaultStatusView | null> {
  try {
    const status = await call('vault.status', {})
    setVaultStatus(status)
    return status
  } catch (error) {
    useDataStore.setState({ statusError: error instanceof Error ? error.message : String(error) })
    return null
  }
}

// Bumped on every drop so an answer that was in flight when the vault locked is thrown away.
let generation = 0
let inFlight: Promise<void> | null = null
let again = false

/**
 * Fetches `network.snapshot` again. Calls made while a fetch is running coalesce into one more
 * fetch after it, so a burst of `data.changed` events costs at most two round trips.
 */
export function refreshSnapshot(): Promise<void> {
  if (inFlight) {
    again = true
    return inFlight
  }
  inFlight = (async () => {
    do {
      again = false
      const asked = generation
      try {
        const snapshot = await call('network.snapshot', {})
        if (asked === generation) useDataStore.setState({ snapshot })
      } catch {
        // Locked or switched meanwhile: the status events tell the shell what to show.
      }
    } while (again)
  })().finally(() => {
    inFlight = null
  })
  return inFlight
}

/**
 * Subscribes the store to the core's events; the App calls it once. Returns the unsubscribe.
 * `data.changed` refreshes the snapshot and the status (its `canUndo` changes with every write).
 */
export function startDataSync(onLocked?: (reason: string) => void): () => void {
  const offChanged = on('data.changed', () => {
    if (useDataStore.getState().status?.state !== 'unlocked') return
    void refreshSnapshot()
    void refreshStatus()
  })
  const offLocked = on('vault.locked', ({ reason }) => {
    dropVaultData()
    const status = useDataStore.getState().status
    if (status) useDataStore.setState({ status: { ...status, state: 'locked', recovery: null } })
    onLocked?.(reason)
    void refreshStatus()
  })
  const offUnlocked = on('vault.unlocked', () => {
    void refreshStatus()
  })
  return () => {
    offChanged()
    offLocked()
    offUnlocked()
  }
}
