import { describe, expect, it } from 'vitest'
import { formatBytes } from '../../../src/renderer/src/features/vault/backupText'
import { newPassphraseProblems } from '../../../src/renderer/src/features/vault/newPassphrase'
import { estimateStrength } from '../../../src/renderer/src/features/vault/passphraseStrength'
import {
  confirmsLastGroup,
  lastGroup,
  recoveryKeyGroups,
} from '../../../src/renderer/src/features/vault/recoveryKeyText'

const KEY = '0A1B-2C3D-4E5F-6G7H-8J9K-MNPQ-RSTV-WX0Z'

describe('recovery key text', () => {
  it('splits into groups of four and finds the last one', () => {
    expect(recoveryKeyGroups(KEY)).toHaveLength(8)
    expect(recoveryKeyGroups('abcd efgh')).toEqual(['ABCD', 'EFGH'])
    expect(lastGroup(KEY)).toBe('WX0Z')
  })

  it('confirms the last group forgivingly, and nothing else', () => {
    expect(confirmsLastGroup('wx0z', KEY)).toBe(true)
    expect(confirmsLastGroup(' WXOZ ', KEY)).toBe(true)
    expect(confirmsLastGroup('RSTV', KEY)).toBe(false)
    expect(confirmsLastGroup('', KEY)).toBe(false)
    expect(confirmsLastGroup('', '')).toBe(false)
  })
})

describe('newPassphraseProblems', () => {
  const check = (p: string, c: string) => newPassphraseProblems(p, c, estimateStrength(p))

  it('accepts a strong passphrase typed twice', () => {
    expect(check('lantern orbit cactus meadow', 'lantern orbit cactus meadow')).toEqual({
      passphrase: null,
      confirm: null,
    })
  })

  it('names each problem on its field', () => {
    expect(check('', '').passphrase).toMatch(/Choose/)
    expect(check('password', 'password').passphrase).toMatch(/Too easy/)
    expect(check('lantern orbit cactus meadow', 'lantern orbit cactus').confirm).toMatch(/match/)
    expect(check('lantern orbit cactus meadow', '').confirm).toMatch(/again/)
  })
})

describe('formatBytes', () => {
  it('uses the largest sensible unit', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(25 * 1024 * 1024)).toBe('25 MB')
  })
})
