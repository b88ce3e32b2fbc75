import { describe, expect, it } from 'vitest'
import {
  MIN_ACCEPTED_SCORE,
  estimateStrength,
} from '../../../src/renderer/src/features/vault/passphraseStrength'

describe('estimateStrength', () => {
  it('scores the empty passphrase 0 and asks for one', () => {
    const s = estimateStrength('')
    expect(s.score).toBe(0)
    expect(s.bits).toBe(0)
    expect(s.suggestions).toEqual(['Type a passphrase.'])
  })

  it.each([
    'password',
    'Password1',
    'p@ssw0rd!',
    '123456789',
    'qwertyuiop',
    'aaaaaaaaaa',
    'abcabcabc',
  ])('refuses the well-known weak passphrase %s', (weak) => {
    expect(estimateStrength(weak).score).toBeLessThan(MIN_ACCEPTED_SCORE)
  })

  it('prices plain words as picks from a word list: four accepted, five strong', () => {
    const four = estimateStrength('lantern orbit cactus meadow')
    expect(four.score).toBeGreaterThanOrEqual(MIN_ACCEPTED_SCORE)
    expect(four.bits).toBeLessThanOrEqual(4 * 13 + 3)
    expect(estimateStrength('lantern orbit cactus meadow violin').score).toBeGreaterThanOrEqual(3)
  })

  it('refuses the famous example phrase made of listed words', () => {
    expect(estimateStrength('correct horse battery staple').score).toBeLessThan(MIN_ACCEPTED_SCORE)
  })

  it('grows with length and with character classes', () => {
    const short = estimateStrength('tkzmwq').bits
    const longer = estimateStrength('tkzmwqvhrd').bits
    const mixed = estimateStrength('tKzmWq').bits
    const symbols = estimateStrength('tK%m*q').bits
    expect(longer).toBeGreaterThan(short)
    expect(mixed).toBeGreaterThan(short)
    expect(symbols).toBeGreaterThan(mixed)
  })

  it('counts a common word far below its raw length', () => {
    const word = estimateStrength('sunshinezq')
    const random = estimateStrength('vkrhbtowzq')
    expect(word.bits).toBeLessThan(random.bits - 20)
    expect(word.suggestions[0]).toMatch(/common/)
  })

  it('penalises sequences, keyboard runs and repeats, and says so', () => {
    expect(estimateStrength('vkr12345678').bits).toBeLessThan(estimateStrength('vkr18402963').bits)
    expect(estimateStrength('vkrasdfghj').suggestions.join(' ')).toMatch(/sequences/)
    expect(estimateStrength('vkrzzzzzzz').suggestions.join(' ')).toMatch(/repeated/)
    expect(estimateStrength('vkrzqvkrzq').bits).toBeLessThan(estimateStrength('vkrzqbtmwh').bits)
  })

  it("penalises the owner's own name", () => {
    const withName = estimateStrength('Ana Silva rocks 77', ['Ana Silva'])
    const without = estimateStrength('Ana Silva rocks 77')
    expect(withName.bits).toBeLessThan(without.bits)
    expect(withName.suggestions).toContain('Leave out your own name.')
  })

  it('handles non-ASCII passphrases without throwing and credits their alphabet', () => {
    const s = estimateStrength('çœur fenêtre 森林 ŝtono 7')
    expect(s.score).toBeGreaterThanOrEqual(3)
    expect(estimateStrength('👍👍👍').score).toBeLessThan(MIN_ACCEPTED_SCORE)
  })

  it('is deterministic', () => {
    expect(estimateStrength('Correct-Horse-7')).toEqual(estimateStrength('Correct-Horse-7'))
  })
})
