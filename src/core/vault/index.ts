/** The vault engine's public API: everything outside src/core/vault imports from here. */
export { createVault, openVault, verifyVaultFile } from './open'
export type { CreateVaultOptions, VaultFileOptions, VaultSecret } from './open'
export { calibrateKdf, KDF_TARGET_MS } from './calibrate'
export { restoreBackup } from './backup'
export { Vault } from './vault'
export type { VaultStatus, VerifyReport } from './vault'
export {
  DEFAULT_KDF_POLICY,
  UNSAFE_TEST_KDF_POLICY,
  type KdfParams,
  type KdfPolicy,
} from './kdfPolicy'
export * from './errors'
export { ReadOnlyVaultError } from '../store/recordStore'
export { WorkerVault, type WorkerOptions } from './worker/workerVault'
export type { EngineMemory } from './worker/protocol'
export { listAutoBackups, autoBackupDir, type AutoBackupOptions } from './autoBackup'
export { isolatedKdf } from './worker/isolatedKdf'
export { inProcessKdf, type KeyDeriver } from './kdf'
export {
  fileMarkStore,
  isNotLower,
  type EpochMark,
  type MarkMirror,
  type MarkStore,
} from './epochMark'
export type { IntegrityLogEntry } from './stateRow'
