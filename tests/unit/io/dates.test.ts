import { describe, expect, it } from 'vitest'
import { commitImport, stageImport } from '../../../src/core/io'
import { peopleToCsv, peopleToVcard } from '../../../src/core/io/exportContacts'
import { exportKithJson, parseKithJson } from '../../../src/core/io/kithJson'
import { parsePartialDate, yearlessFromParts } from '../../../src/core/io/partialDate'
import type { MemoryStore } from '../../../src/core/store/memoryStore'
import { bytes, fixture, storeWithOwner } from './helpers'

const clock = () => new Date('2026-12-01T10:00:00.000Z')

const APPLE = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Ana Silva',
  'N:Silva;Ana;;;',
  'BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-05',
  'item1.X-ABDATE:2019-03-01',
  'item1.X-ABLabel:Work anniversary',
  'item2.X-ABDATE:2012-06-09',
  'item2.X-ABLabel:_$!<Anniversary>!$_',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Bo Chen',
  'BDAY:--0229',
  'ANNIVERSARY:20100815',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Cy Park',
  'BDAY:1990-07-04',
  'X-ANNIVERSARY:2015-09-12',
  'END:VCARD',
  '',
].join('\r\n')

describe('people’s dates from contact files', () => {
  it('reads partial dates the way contact files write them', () => {
    expect(parsePartialDate('--0229')).toBe('--02-29')
    expect(parsePartialDate('--12-05')).toBe('--12-05')
    expect(parsePartialDate('1604-12-05')).toBe('--12-05')
    expect(parsePartialDate('19840229')).toBe('1984-02-29')
    expect(parsePartialDate('--0230')).toBeUndefined()
    expect(yearlessFromParts('5', '17')).toBe('--05-17')
    expect(yearlessFromParts('13', '1')).toBeUndefined()
  })

  it('imports BDAY with or without a year, ANNIVERSARY, X-ANNIVERSARY and Apple’s labelled dates', async () => {
    const store = storeWithOwner()
    await commitImport(stageImport(bytes(APPLE), {}, store), store, { clock })
    const by = (name: string) => store.list('person').find((p) => p.name === name)
    expect(by('Ana Silva')).toMatchObject({
      birthday: '--12-05',
      dates: [
        { label: 'Work anniversary', date: '2019-03-01' },
        { label: 'Anniversary', date: '2012-06-09' },
      ],
    })
    expect(by('Bo Chen')).toMatchObject({
      birthday: '--02-29',
      dates: [{ label: 'Anniversary', date: '2010-08-15' }],
    })
    expect(by('Cy Park')).toMatchObject({
      birthday: '1990-07-04',
      dates: [{ label: 'Anniversary', date: '2015-09-12' }],
    })
  })

  it('exports them back to vCard and reads the export again unchanged', async () => {
    const store = storeWithOwner()
    await commitImport(stageImport(bytes(APPLE), {}, store), store, { clock })
    const people = store.list('person').filter((p) => !p.isMe)
    const card = peopleToVcard(people)
    expect(card).toContain('BDAY:--1205')
    expect(card).toContain('BDAY:--0229')
    expect(card).toContain('X-ABLabel:Work anniversary')
    expect(card).toContain('ANNIVERSARY:20100815')
    const again = storeWithOwner()
    await commitImport(stageImport(bytes(card), {}, again), again, { clock })
    const dates = (s: MemoryStore) =>
      s
        .list('person')
        .filter((p) => !p.isMe)
        .map((p) => [p.name, p.birthday, p.dates])
        .sort()
    expect(dates(again)).toEqual(dates(store))
  })

  it('keeps them in Kith JSON and writes them in the CSV export', async () => {
    const store = storeWithOwner()
    await commitImport(stageImport(bytes(APPLE), {}, store), store, { clock })
    const { records, problems } = parseKithJson(exportKithJson(store, clock()))
    expect(problems).toEqual([])
    const ana = records.find((r) => r.kind === 'person' && r.name === 'Ana Silva')
    expect(ana).toMatchObject({
      birthday: '--12-05',
      dates: [{ label: 'Work anniversary' }, { label: 'Anniversary' }],
    })
    const csv = peopleToCsv(store.list('person').filter((p) => p.name === 'Ana Silva'))
    expect(csv).toContain('Work anniversary: 2019-03-01 ::: Anniversary: 2012-06-09')
  })

  it('reads Outlook’s Anniversary column as a named date', () => {
    const header = new TextDecoder().decode(fixture('outlook-com.csv')).split(/\r?\n/)[0] ?? ''
    const columns = header.split(',')
    const row = columns.map((c) =>
      c === 'First Name'
        ? 'Lena'
        : c === 'Last Name'
          ? 'Fischer'
          : c === 'Anniversary'
            ? '6/9/2012'
            : c === 'Birthday'
              ? '3/14/1980'
              : '',
    )
    const s = stageImport(bytes(`${header}\r\n${row.join(',')}\r\n`), {}, storeWithOwner())
    expect(s.format).toBe('outlook')
    expect(s.people[0]).toMatchObject({
      birthday: '1980-03-14',
      dates: [{ label: 'Anniversary', date: '2012-06-09' }],
    })
  })
})
