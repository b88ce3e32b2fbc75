import { readFileSync, renameSync, writeFileSync } from 'node:fs'

/**
 * The epoch high-water mark lives outside the vault file, so restoring an older copy of the whole
 * file (a sync conflict, an attacker) is noticed. It only ever warns: the mark itself is not secret.
 */
export function readEpochMark(file: string, vaultIdHex: string): number | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { vaultId?: unknown; epoch?: unknown }
    if (parsed.vaultId !== vaultIdHex || typeof parsed.epoch !== 'number') return undefined
    return parsed.epoch
  } catch {
    return undefined
  }
}

export function writeEpochMark(file: string, vaultIdHex: string, epoch: number): void {
  const temp = `${file}.tmp`
  writeFileSync(temp, JSON.stringify({ vaultId: vaultIdHex, epoch }), { mode: 0o600 })
  renameSync(temp, file)
}
