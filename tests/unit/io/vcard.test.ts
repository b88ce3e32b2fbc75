import { describe, expect, it } from 'vitest'
import { stageImport, type StagedImport } from '../../../src/core/io'
import { foldLine } from '../../../src/core/io/exportContacts'
import { bytes, fixture, storeWithOwner } from './helpers'

const stage = (name: string): StagedImport =>
  stageImport(fixture(name), { fileName: name }, storeWithOwner())
const person = (s: StagedImport, name: string) => {
  const found = s.people.find((p) => p.name === name)
  if (!found) throw new Error(`${name} not staged; got ${s.people.map((p) => p.name).join(', ')}`)
  return found
}

describe('vCard import', () => {
  it('reads Apple 3.0 cards: item groups, related names, ShowAs company, escapes, photo', () => {
    const s = stage('vcard-apple-3.0.vcf')
    expect(s.format).toBe('vcard')
    const ngozi = person(s, 'Dr. Ngozi Okafor')
    expect(ngozi.links).toEqual([{ label: 'HomePage', value: 'https://lagoshealth.example/team' }])
    expect(ngozi.organization).toBe('Lagos Health, Ltd')
    expect(ngozi.title).toMatch(/\(Research\)$/)
    expect(ngozi.notes).toBe('Met at the WHO summit\nTalked about malaria; follow up')
    expect(ngozi.tags).toEqual(['Health', 'Lagos'])
    expect(ngozi.birthday).toBe('1980-03-14')
    expect(ngozi.photo?.mime).toBe('image/png')
    expect(ngozi.externalIds).toContain('vcard:apple-uid-0001')
    expect(person(s, 'Acme Robotics').emails[0]?.value).toBe('hello@acme.example')
    // X-ABRELATEDNAMES: the spouse is in the file (a tie); the friend is not (reported).
    expect(s.ties).toEqual([
      expect.objectContaining({ a: ngozi.key, b: person(s, 'Chidi Okafor').key, type: 'partner' }),
    ])
    expect(s.problems.some((p) => p.message.includes('Ada Lovelace'))).toBe(true)
  })

  it('reads 2.1: quoted-printable with soft breaks and CHARSET, bare parameters, LF only', () => {
    const s = stage('vcard-2.1-android.vcf')
    const jose = person(s, 'José Müller-Lüdenscheid')
    expect(jose.phones).toEqual([
      { label: 'cell', value: '+49 171 1234567' },
      { label: 'work', value: '+49 30 7654321' },
    ])
    expect(jose.notes).toBe('Erste Zeile\nzweite Zeile mit Umlaut ä und Ende')
    expect(jose.organization).toBe('Bäckerei Schön')
    expect(jose.photo?.mime).toBe('image/png')
    expect(person(s, 'Anna Smith').phones[0]?.label).toBe('home')
  })

  it('unfolds at the byte level: a fold inside a multi-byte character stays one character', () => {
    const s = stage('vcard-4.0-related.vcf')
    expect(s.encoding).toBe('utf-8')
    expect(person(s, 'Mei Tanaka').notes).toMatch(/José bytes folded mid-character$/)
  })

  it('turns 4.0 RELATED (by uid and by name) into ties and never fetches photo URLs', () => {
    const s = stage('vcard-4.0-related.vcf')
    const mei = person(s, 'Mei Tanaka')
    expect(mei.phones[0]?.value).toBe('+81-90-1234-5678')
    expect(s.ties.map((t) => [t.b, t.type])).toEqual([
      [person(s, 'Kenji Sato').key, 'colleague'],
      [person(s, 'Ada Lovelace').key, 'friend'],
    ])
    expect(person(s, 'Kenji Sato').photo).toBeUndefined()
    expect(s.problems.find((p) => p.card === 2)?.message).toMatch(/not fetched/)
    expect(mei.birthday).toBe('--04-12') // --0412: a birthday without a year (RFC 6350)
  })

  it('reports a truncated card by number and line as an error; other cards still stage', () => {
    const s = stage('vcard-truncated.vcf')
    expect(s.people.map((p) => p.name)).toEqual(['Complete Card'])
    expect(s.problems).toHaveLength(1)
    expect(s.problems[0]).toMatchObject({ severity: 'error', card: 2, line: 5 })
    expect(s.problems[0]?.message).toMatch(/END:VCARD missing/)
  })

  it('leaves out a line that is no property, naming it, and keeps the rest of the card', () => {
    const text =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nthis line has no colon\r\nEMAIL:kept@example.org\r\nEND:VCARD\r\n'
    const s = stageImport(bytes(text), {}, storeWithOwner())
    expect(s.people.map((p) => p.name)).toEqual(['Good', 'kept@example.org'])
    expect(s.problems[0]).toMatchObject({ card: 2, line: 7, severity: 'warning' })
    expect(s.problems[0]?.message).toMatch(/line 7 is not a vCard property.*this line has no colon/)
  })

  it.each([150_000, 300_000])('caps photos at MAX_PHOTO_BYTES (%i base64 chars)', (length) => {
    const huge = 'A'.repeat(length)
    const text = `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Big Photo\r\nPHOTO:data:image/jpeg;base64,${huge}\r\nEND:VCARD\r\n`
    const s = stageImport(bytes(text), {}, storeWithOwner())
    expect(s.people[0]?.photo).toBeUndefined()
    expect(s.problems[0]?.message).toMatch(/photo larger than/)
  })

  it('folds exported lines at 75 octets without splitting a UTF-8 sequence', () => {
    const folded = foldLine('NOTE:' + 'é'.repeat(100))
    for (const line of folded.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(folded.replace(/\r\n /g, '')).toBe('NOTE:' + 'é'.repeat(100))
  })
})
