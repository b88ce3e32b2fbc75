import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { restoreBackup } from '../../../src/core/vault'
import { CHEAP, entry, newVault, person, reopen } from './helpers'

const CANARY = 'CANARY-7f3a9c-Zebra-Quokka'

/** Files under `dir` (not following links) modified at or after `since`. */
function recentFiles(dir: string, since: number, depth = 3): string[] {
  const out: string[] = []
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return out
  }
  for (const name of names) {
    const path = join(dir, name)
    let stat
    try {
      stat = statSync(path, { throwIfNoEntry: false })
    } catch {
      continue
    }
    if (!stat) continue
    if (stat.isDirectory() && depth > 0) out.push(...recentFiles(path, since, depth - 1))
    else if (stat.isFile() && stat.mtimeMs >= since && stat.size < 64 * 1024 * 1024) out.push(path)
  }
  return out
}

function leaks(files: string[]): string[] {
  const needles = [Buffer.from(CANARY, 'utf8'), Buffer.from(CANARY, 'utf16le')]
  return files.filter((file) => {
    try {
      const bytes = readFileSync(file)
      return needles.some((needle) => bytes.includes(needle))
    } catch {
      return false
    }
  })
}

describe('nothing decrypted reaches the disk', () => {
  it('a canary in every field is nowhere in the vault dir, the temp dirs or the backup', async () => {
    const since = Date.now() - 1000
    const { dir, path, vault } = await newVault(`Owner ${CANARY}`)
    const p = person(`Name ${CANARY}`, {
      organization: CANARY,
      title: CANARY,
      location: CANARY,
      emails: [{ label: CANARY, value: `${CANARY}@example.com` }],
      tags: [CANARY],
      offers: [CANARY],
      seeks: [CANARY],
      howWeMet: CANARY,
      notes: `# ${CANARY}\n\n${CANARY}`,
    })
    const e = entry(`Met ${CANARY}`, { title: CANARY, place: CANARY })
    await vault.commit({ put: [p, e] })
    await vault.commit({ put: [{ ...p, notes: `${CANARY} updated` }] })
    await vault.commit({ remove: [e.id] })
    expect(vault.list('person').some((x) => x.name.includes(CANARY))).toBe(true)
    const backup = join(dir, 'vault.kithbak')
    await vault.backup(backup, 'backup passphrase')
    await vault.lock()
    await restoreBackup(backup, 'backup passphrase', join(dir, 'restored.kith'), CHEAP)
    const restored = await reopen(join(dir, 'restored.kith'))
    expect(restored.get('person', p.id)?.organization).toBe(CANARY)
    await restored.lock()

    const files = [
      ...recentFiles(dir, 0),
      ...recentFiles(tmpdir(), since, 1),
      ...(existsSync('/var/tmp') ? recentFiles('/var/tmp', since, 1) : []),
    ]
    expect(files).toContain(path)
    expect(files).toContain(backup)
    expect(leaks(files)).toEqual([])
  })
})

describe('the canary scan itself', () => {
  it('finds the canary in UTF-8 and UTF-16LE (so a clean scan means something)', async () => {
    const { writeFileSync } = await import('node:fs')
    const { tempDir } = await import('./helpers')
    const dir = tempDir()
    writeFileSync(join(dir, 'utf8'), `xx${CANARY}xx`)
    writeFileSync(join(dir, 'utf16'), Buffer.from(`xx${CANARY}xx`, 'utf16le'))
    writeFileSync(join(dir, 'clean'), 'nothing here')
    expect(
      leaks(recentFiles(dir, 0))
        .map((f) => f.slice(dir.length + 1))
        .sort(),
    ).toEqual(['utf16', 'utf8'])
  })
})
