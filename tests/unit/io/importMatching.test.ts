import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { commitImport, stageImport } from '../../../src/core/io'
import { bytes, clock, fixture, seededRandom, storeWithOwner } from './helpers'

const live = (store: ReturnType<typeof storeWithOwner>) =>
  store.list('person').filter((p) => !p.isMe && !p.deletedAt)

describe('importing a friend graph after the contacts', () => {
  it('matches people by e-mail, then by name and organisation, instead of duplicating them', async () => {
    const store = storeWithOwner()
    const contacts = [
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEMAIL:ada@engines.example\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Charles Babbage\r\nORG:Engines Ltd\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mary Somerville\r\nEND:VCARD',
    ].join('\r\n')
    await commitImport(stageImport(bytes(contacts), {}, store), store, {
      clock,
      random: seededRandom(1),
    })
    expect(live(store)).toHaveLength(3)

    const graph = stageImport(fixture('igraph-attributes.graphml'), {}, store)
    expect(graph.preview.duplicates.map((d) => [d.name, d.reason])).toEqual([
      ['Ada Lovelace', 'email'],
      ['Charles Babbage', 'name+organization'],
      ['Mary Somerville', 'name'],
    ])
    await commitImport(graph, store, { clock, random: seededRandom(2) })
    expect(live(store)).toHaveLength(3)
    const ada = live(store).find((p) => p.name === 'Ada Lovelace')
    expect(ada).toMatchObject({ organization: 'Engines Ltd', location: 'London' })
    expect(store.list('tie').filter((t) => !t.deletedAt).length).toBeGreaterThanOrEqual(2)

    // The same graph again matches by its node ids: still nobody new.
    const again = stageImport(fixture('igraph-attributes.graphml'), {}, store)
    expect(again.preview.counts.newPeople).toBe(0)
  })
})

describe('columns a dialect leaves unread', () => {
  it('are listed with a sample and can be mapped by the user before committing', () => {
    const store = storeWithOwner()
    const first = stageImport(fixture('outlook-com.csv'), {}, store)
    expect(first.preview.dropped).toContainEqual({
      source: 'Hobby',
      kind: 'unmapped',
      count: 1,
      sample: 'Chess',
      mappable: true,
    })
    const mapped = stageImport(fixture('outlook-com.csv'), { mapping: { Hobby: 'tags' } }, store)
    expect(mapped.people[0]?.tags).toEqual(['Chess'])
    expect(mapped.preview.dropped.map((d) => d.source)).not.toContain('Hobby')
  })

  it('keeps a Thunderbird birthday without a year as --MM-DD instead of dropping it', () => {
    const s = stageImport(fixture('thunderbird-en.csv'), {}, storeWithOwner())
    expect(s.people.find((p) => p.name === 'Sven Olsen')?.birthday).toBe('--05-17')
    expect(s.preview.dropped.filter((d) => /^Birth /.test(d.source))).toEqual([])
  })

  it('vCard properties Kith has no field for can be mapped too', () => {
    const s = stageImport(
      fixture('vcard-sparse-cards.vcf'),
      { mapping: { 'X-CUSTOM-FIELD': 'notes' } },
      storeWithOwner(),
    )
    expect(s.people.find((p) => p.name === 'Dana Park')?.notes).toBe('loves jazz')
  })
})

describe('a headerless CSV', () => {
  it('goes to the column mapping with sample rows instead of being refused', () => {
    const s = stageImport(fixture('generic-headerless.csv'), {}, storeWithOwner())
    expect(s.preview.csv).toMatchObject({
      headerless: true,
      columns: ['Column 1', 'Column 2', 'Column 3'],
      mapping: { 'Column 1': 'name', 'Column 2': 'email', 'Column 3': 'phone' },
    })
    expect(s.preview.csv?.sampleRows[0]).toEqual([
      'Noor Haddad',
      'noor@haddad.example',
      '+961 3 555 701',
    ])
  })
})

describe('graph files', () => {
  it('report parallel edges, self-loops and group nodes in the preview', () => {
    const s = stageImport(fixture('yed-groups.graphml'), {}, storeWithOwner())
    expect(s.preview.graph).toEqual({
      nodes: 3,
      edges: 5,
      parallelEdges: 2,
      parallelPairs: 1,
      selfLoops: 1,
      groupNodes: 1,
    })
    expect(s.problems.map((p) => p.message)).toContain(
      '3 edges between 1 pairs merged into one tie each; strength from their count',
    )
  })

  it('offer the node attributes when every label is the same, and take the one chosen', () => {
    const s = stageImport(fixture('default-labels.graphml'), {}, storeWithOwner())
    expect(s.people.map((p) => p.name)).toEqual(['v0', 'v1', 'v2'])
    expect(s.preview.nodeAttributes).toEqual(['fullname', 'label', 'labels'])
    expect(s.problems[0]?.message).toMatch(/same label "default node label"/)
  })
})

describe('a phone number shared by two names', () => {
  it('never matches someone already in the vault on the phone alone', () => {
    const store = storeWithOwner()
    const vcf = (name: string) =>
      bytes(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nTEL:+39 06 555 1601\r\nEND:VCARD\r\n`)
    return commitImport(stageImport(vcf('Maria Rossi'), {}, store), store, {
      clock,
      random: seededRandom(3),
    }).then(() => {
      expect(stageImport(vcf('Luca Rossi'), {}, store).preview.duplicates).toEqual([])
      expect(stageImport(vcf('Maria Rossi'), {}, store).preview.duplicates).toEqual([
        expect.objectContaining({ name: 'Maria Rossi', reason: 'phone' }),
      ])
    })
  })
})

describe('a spreadsheet workbook', () => {
  it('is refused with what to do instead, not as a LinkedIn ZIP without Connections.csv', () => {
    const xlsx = zipSync({ '[Content_Types].xml': bytes('<x/>'), 'xl/workbook.xml': bytes('<w/>') })
    expect(() => stageImport(xlsx, { fileName: 'contacts.xlsx' }, storeWithOwner())).toThrow(
      /spreadsheet workbook .*export it as CSV/,
    )
  })
})

describe('relations named in a contacts file', () => {
  it('seed ties between the people of the file (Google Relation, Outlook Spouse)', () => {
    for (const name of ['google-current-2024.csv', 'outlook-com.csv']) {
      const s = stageImport(fixture(name), {}, storeWithOwner())
      expect(s.ties, name).toEqual([expect.objectContaining({ type: 'partner', strength: 3 })])
      const [a, b] = [s.ties[0]?.a, s.ties[0]?.b]
      const names = s.people.filter((p) => p.key === a || p.key === b).map((p) => p.name)
      expect(names.length, name).toBe(2)
    }
  })
})

describe('a nested 2.1 AGENT card', () => {
  it('is a person of its own, tied to the card that holds it', () => {
    const s = stageImport(fixture('vcard-2.1-nested-agent.vcf'), {}, storeWithOwner())
    expect(s.people.map((p) => p.name)).toEqual(['Paulo Ferreira', 'Rita Costa'])
    expect(s.ties).toEqual([
      expect.objectContaining({ a: 'card:1', b: 'card:2', type: 'colleague' }),
    ])
  })
})
