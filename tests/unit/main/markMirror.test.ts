import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { safeStorageMarkMirror, type SafeStorageLike } from '../../../src/main/markMirror'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A stand-in for Electron's safeStorage: a reversible transform the file must not show. */
function fakeSafeStorage(available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from(plain, 'utf8').reverse(),
    decryptString: (encrypted) => Buffer.from(encrypted).reverse().toString('utf8'),
  }
}

const ID = 'ab'.repeat(16)

describe('the safeStorage copy of the high-water marks', () => {
  it('keeps marks encrypted, by vault id, and never lowers one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-mirror-'))
    dirs.push(dir)
    const file = join(dir, 'marks.safe')
    const mirror = safeStorageMarkMirror(fakeSafeStorage(), file)!
    mirror.save(ID, { epoch: 7, commitId: 'c'.repeat(32) })
    expect(readFileSync(file, 'utf8')).not.toContain(ID)
    mirror.save(ID, { epoch: 3, commitId: 'd'.repeat(32) })
    expect(mirror.load()).toEqual({ [ID]: { epoch: 7, commitId: 'c'.repeat(32) } })
    mirror.save(ID, { epoch: 8, commitId: 'e'.repeat(32) })
    expect(mirror.load()[ID]?.epoch).toBe(8)
  })

  it('is absent where the platform has no keychain', () => {
    expect(safeStorageMarkMirror(fakeSafeStorage(false), '/nonexistent')).toBeUndefined()
    const basicText = { ...fakeSafeStorage(), getSelectedStorageBackend: () => 'basic_text' }
    expect(safeStorageMarkMirror(basicText, '/nonexistent')).toBeUndefined()
  })
})
