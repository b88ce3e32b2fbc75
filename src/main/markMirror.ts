import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { parseMark, type EpochMark } from '../core/vault/epochMark'
import type { MarkMirror } from '../core/vault'

/** The part of Electron's `safeStorage` the mirror uses (injectable, so tests need no Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable: () => boolean
  encryptString: (plain: string) => Buffer
  decryptString: (encrypted: Buffer) => string
  /** Linux only: `basic_text` means no keyring, just a hard-coded key. */
  getSelectedStorageBackend?: () => string
}

/**
 * A second copy of the vaults' high-water marks, encrypted with the OS keychain's key through
 * `safeStorage`: editing it to a lower mark needs that key. Undefined where the platform has no
 * keychain (then the config-directory marks stand alone).
 */
export function safeStorageMarkMirror(
  storage: SafeStorageLike,
  file: string,
): MarkMirror | undefined {
  if (!storage.isEncryptionAvailable()) return undefined
  // WARNING: without a keyring Electron falls back to a key built into Chromium: no protection.
  if (storage.getSelectedStorageBackend?.() === 'basic_text') return undefined
  const load = (): Record<string, EpochMark> => {
    let text: string
    try {
      text = storage.decryptString(readFileSync(file))
    } catch {
      // Missing, or not decryptable with this keychain: no second copy to compare with.
      return {}
    }
    const marks: Record<string, EpochMark> = {}
    try {
      const parsed = JSON.parse(text) as unknown
      if (typeof parsed !== 'object' || parsed === null) return {}
      for (const [id, value] of Object.entries(parsed)) {
        const mark = parseMark(value)
        if (/^[0-9a-f]{32}$/.test(id) && mark) marks[id] = mark
      }
    } catch {
      return {}
    }
    return marks
  }
  return {
    load,
    save: (vaultIdHex, mark) => {
      const marks = load()
      const current = marks[vaultIdHex]
      if (current && current.epoch > mark.epoch) return
      marks[vaultIdHex] = { epoch: mark.epoch, commitId: mark.commitId }
      const temp = `${file}.tmp`
      writeFileSync(temp, storage.encryptString(JSON.stringify(marks)), { mode: 0o600 })
      renameSync(temp, file)
    },
  }
}
