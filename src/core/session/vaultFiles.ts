import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

export const VAULT_EXTENSION = '.kith'
export const DEFAULT_VAULT_NAME = 'vault'
export const DEMO_VAULT_NAME = 'demo'
/** The demo vault holds made-up people only; its passphrase is shown on the first-run screen. */
export const DEMO_PASSPHRASE = 'kith demo network'

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9 _-]{0,63}$/

/** The vault files in the data folder, by name (file name without `.kith`). */
export function listVaultNames(dataDirectory: string): string[] {
  if (!existsSync(dataDirectory)) return []
  return readdirSync(dataDirectory)
    .filter((file) => file.endsWith(VAULT_EXTENSION))
    .map((file) => file.slice(0, -VAULT_EXTENSION.length))
    .filter((name) => SAFE_NAME.test(name))
    .sort()
}

export function vaultPathFor(dataDirectory: string, name: string): string {
  if (!SAFE_NAME.test(name)) throw new Error('unsafe vault name')
  return path.join(dataDirectory, `${name}${VAULT_EXTENSION}`)
}

export function backupsDirectory(dataDirectory: string): string {
  return path.join(dataDirectory, 'backups')
}

export function ensureDirectory(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
}

export function listBackups(
  dataDirectory: string,
): { fileName: string; bytes: number; modifiedAt: string }[] {
  const dir = backupsDirectory(dataDirectory)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((file) => file.endsWith('.kithbackup'))
    .map((fileName) => {
      const stat = statSync(path.join(dir, fileName))
      return { fileName, bytes: stat.size, modifiedAt: stat.mtime.toISOString() }
    })
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))
}

/** `2026-11-26T09:30:05.123Z` -> `20261126-093005`: sortable and safe in a file name. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
}

/** A name not yet taken in the data folder: `base`, `base 2`, `base 3`... */
export function freeVaultName(dataDirectory: string, base: string): string {
  const taken = new Set(listVaultNames(dataDirectory))
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`)) return `${base} ${n}`
}
