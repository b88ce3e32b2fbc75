/** The vault engine's public API: everything outside src/core/vault imports from here. */
export { createVault, openVault, verifyVaultFile } from './open'
export type { CreateVaultOptions, VaultFileOptions, VaultSecret } from './open'
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
