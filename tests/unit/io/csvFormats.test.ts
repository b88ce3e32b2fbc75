import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ImportFormatError, stageImport, type StagedImport } from '../../../src/core/io'
import { MemoryStore } from '../../../src/core/store/memoryStore'
import { bytes, fixture, storeWithOwner } from './helpers'

const stage = (name: string, options = {}): StagedImport =>
  stageImport(fixture(name), { fileName: name, ...options }, storeWithOwner())
const byName = (s: StagedImport) => new Map(s.people.map((p) => [p.name, p]))

describe('LinkedIn Connections.csv', () => {
  it('finds the header after the Notes: preamble and parses Connected On explicitly', () => {
    const s = stage('linkedin-current.csv')
    expect(s.format).toBe('linkedin')
    const people = byName(s)
    expect(people.get('Priya Raman')).toMatchObject({
      organization: 'Raman, Shah & Partners',
      title: 'Partner',
      connectedOn: '2024-09-04',
      externalIds: ['https://www.linkedin.com/in/priya-raman-123'],
      at: { line: 5 },
    })
    expect(people.get('Tom "TJ" O\'Neill')).toMatchObject({
      title: 'VP, Sales',
      connectedOn: '2019-01-01',
    })
    expect(people.has('Zoë 🚀 Nakamura, PhD')).toBe(true)
    // 31 Feb does not exist: reported with its line, the person still imports.
    expect(people.get('Sam Lee')?.connectedOn).toBeUndefined()
    expect(s.problems).toEqual([expect.objectContaining({ line: 8, severity: 'warning' })])
  })

  it('reads old exports without preamble and URL column', () => {
    const s = stage('linkedin-old.csv')
    expect(s.format).toBe('linkedin')
    expect(byName(s).get('Ola Nordmann')).toMatchObject({
      emails: [{ value: 'ola@nordmann.example' }],
      connectedOn: '2016-12-12',
    })
  })

  it('reads Connections.csv straight from the export ZIP', () => {
    const zip = zipSync({
      'Basic_LinkedInDataExport/Connections.csv': fixture('linkedin-current.csv'),
      'Profile.csv': bytes('x'),
    })
    const s = stageImport(zip, { fileName: 'export.zip' }, storeWithOwner())
    expect(s.format).toBe('linkedin')
    expect(s.people).toHaveLength(4)
  })

  it('refuses a ZIP without Connections.csv', () => {
    expect(() => stageImport(zipSync({ 'a.txt': bytes('a') }), {}, new MemoryStore())).toThrow(
      /no Connections\.csv/,
    )
  })
})

describe('Google Contacts CSV', () => {
  it('reads current headers: BOM, ::: values, labels without system groups, multi-line notes', () => {
    const s = stage('google-current.csv')
    expect(s.format).toBe('google')
    expect(s.encoding).toBe('utf-8-bom')
    const lucia = byName(s).get('Lucía García')
    expect(lucia?.emails.map((e) => e.value)).toEqual([
      'lucia@telefonica.example',
      'lucia.garcia@gmail.example',
      'lucia@home.example',
    ])
    expect(lucia?.tags).toEqual(['Climbing'])
    expect(lucia?.notes).toBe('Likes climbing.\r\nSecond line of notes, with comma.')
    expect(lucia?.photo).toBeUndefined()
    expect(lucia?.links[0]?.value).toBe('https://github.com/luciag')
    // The multi-line note moves the next row down a line.
    expect(byName(s).get('Ben Carter')?.at.line).toBe(4)
  })

  it('reads legacy headers', () => {
    const s = stage('google-legacy.csv')
    expect(s.format).toBe('google')
    expect(s.people[0]).toMatchObject({
      name: 'Hannah Schmidt',
      organization: 'Siemens',
      tags: ['Book Club'],
      location: 'Berlin',
    })
  })
})

describe('Outlook CSV', () => {
  it('reads English headers with M/D/YYYY birthdays and 0/0/00 as none', () => {
    const s = stage('outlook-en.csv')
    expect(s.format).toBe('outlook')
    expect(byName(s).get('Grace Hopper')).toMatchObject({
      birthday: '1906-12-09',
      tags: ['Pioneers', 'Navy'],
      organization: 'US Navy',
    })
    expect(byName(s).get('Alan Turing')?.birthday).toBeUndefined()
    expect(s.problems).toEqual([])
  })

  it('reads German headers in windows-1252', () => {
    const s = stage('outlook-de-1252.csv')
    expect(s.format).toBe('outlook')
    expect(s.encoding).toBe('windows-1252')
    expect(byName(s).get('Jürgen Größe')).toMatchObject({
      organization: 'Bäckerei Weiß GmbH',
      // The department rides with the title: the organisation stays comparable across people.
      title: 'Geschäftsführer (Verkauf)',
      birthday: '1970-12-24',
      notes: 'Mag Brötchen – und Kaffee für 3 €',
      tags: ['Kunden', 'Bäcker'],
    })
  })
})

describe('generic CSV', () => {
  it('guesses a mapping and takes --map overrides', () => {
    const guessed = stage('generic.csv')
    expect(guessed.format).toBe('csv')
    // `Employer` and `Comment` are guessed too now; the user's mapping still wins.
    expect(guessed.people[0]?.organization).toBe('Montgomery Fair')
    expect(
      stage('generic.csv', { mapping: { 'Full Name': 'name' } }).people[0]?.organization,
    ).toBeUndefined()
    const mapped = stage('generic.csv', {
      mapping: {
        'Full Name': 'name',
        Employer: 'organization',
        Mail: 'email',
        'Phone Number': 'phone',
        Comment: 'notes',
      },
    })
    expect(mapped.people[0]).toMatchObject({
      name: 'Rosa Parks',
      organization: 'Montgomery Fair',
      emails: [{ value: 'rosa@example.org' }],
      phones: [{ value: '+1 334 555 0199' }],
      notes: 'Activist',
    })
  })

  it('names the columns when nothing maps to a name, and stages nothing instead of refusing', () => {
    const s = stageImport(bytes('a|b\n1|2\n'), {}, new MemoryStore())
    expect(s.people).toEqual([])
    expect(s.problems[0]?.message).toMatch(/no column maps to a name.*columns: a\|b/)
    expect(s.preview.dropped).toEqual([
      expect.objectContaining({ source: 'a|b', kind: 'unmapped', count: 1, sample: '1|2' }),
    ])
  })

  it('rejects a mapping to a missing column', () => {
    expect(() => stage('generic.csv', { mapping: { Nope: 'name' } })).toThrow(/does not have/)
  })
})

describe('malformed CSV', () => {
  it('names the line of an unbalanced quote and writes nothing', () => {
    const text =
      'First Name,Last Name,Email Address,Company,Position,Connected On\nA,B,,C,D,01 Jan 2020\nE,"F,,G,H,01 Jan 2020\nI,J,,K,L,01 Jan 2020\n'
    const store = storeWithOwner()
    let error: unknown
    try {
      stageImport(bytes(text), {}, store)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ImportFormatError)
    expect((error as ImportFormatError).location.line).toBe(3)
    expect((error as Error).message).toMatch(/line 3: a quoted field is not closed/)
    expect(store.all()).toHaveLength(1)
  })

  it('refuses 100k columns before parsing them', () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')
    expect(() => stageImport(bytes(`${header}\n`), {}, new MemoryStore())).toThrow(
      /100000 columns; the limit is 1000/,
    )
  })

  it('refuses an empty file', () => {
    expect(() => stageImport(bytes('\n\n'), { format: 'csv' }, new MemoryStore())).toThrow(/empty/)
  })
})

describe('delimiters and encodings', () => {
  it('reads a semicolon-separated German Outlook file (Excel re-save)', () => {
    const text =
      'Vorname;Nachname;Firma;E-Mail-Adresse;Kategorien\r\nJürgen;Größe;Weiß GmbH;j@w.example;Kunden\r\n'
    const s = stageImport(bytes(text), {}, storeWithOwner())
    expect(s.format).toBe('outlook')
    expect(s.people[0]).toMatchObject({
      name: 'Jürgen Größe',
      organization: 'Weiß GmbH',
      tags: ['Kunden'],
    })
  })

  it('reads a UTF-16LE vCard with a BOM', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ørsted\r\nEND:VCARD\r\n'
    const out = new Uint8Array(2 + text.length * 2)
    out.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) out[2 + i * 2] = text.charCodeAt(i) & 0xff
    for (let i = 0; i < text.length; i++) out[3 + i * 2] = text.charCodeAt(i) >> 8
    const s = stageImport(out, {}, storeWithOwner())
    expect(s.encoding).toBe('utf-16le-bom')
    expect(s.people[0]?.name).toBe('Zoë Ørsted')
  })
})
