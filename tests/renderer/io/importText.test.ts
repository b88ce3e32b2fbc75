import { describe, expect, it } from 'vitest'
import type { ImportPreviewView } from '../../../src/shared/ipc'
import {
  batchSummary,
  commitBlocker,
  committingText,
  droppedText,
  encodingLabel,
  fullMapping,
  isGraphFormat,
  mappingHasName,
  mappingInput,
  plural,
  previewSummary,
  problemLocation,
  sourceNoun,
  withNameAttribute,
} from '../../../src/renderer/src/features/io/importText'

function preview(overrides: Partial<ImportPreviewView> = {}): ImportPreviewView {
  return {
    stagingId: 's1',
    format: 'linkedin',
    fileName: 'Connections.csv',
    encoding: 'utf-8',
    counts: {
      people: 4,
      newPeople: 3,
      matched: 1,
      ties: 4,
      rowsWithProblems: 0,
      otherRecords: 0,
      errors: 0,
      warnings: 0,
    },
    duplicates: [],
    problems: [],
    columns: null,
    mapping: null,
    graphNodes: null,
    owner: { mode: 'contacts', nodeId: null },
    limits: {},
    dropped: [],
    sampleRows: null,
    headerless: false,
    nodeAttributes: null,
    graph: null,
    ...overrides,
  }
}

describe('import wizard text', () => {
  it('says where a problem is, or that it concerns the whole file', () => {
    expect(problemLocation({ card: 3, line: 41 })).toBe('Card 3, line 41')
    expect(problemLocation({ row: 12 })).toBe('Row 12')
    expect(problemLocation({})).toBe('Whole file')
  })

  it('names encodings and counts in plain words', () => {
    expect(encodingLabel('windows-1252')).toMatch(/Windows-1252/)
    expect(encodingLabel('koi8-r')).toBe('koi8-r')
    expect(plural(1, 'row')).toBe('1 row')
    expect(plural(12000, 'person', 'people')).toBe('12,000 people')
    expect(previewSummary(preview())).toBe('4 people: 3 new, 1 already in your vault; 4 ties.')
    expect(batchSummary({ peopleCreated: 3, peopleUpdated: 1, tiesCreated: 4 })).toBe(
      '3 new people, 1 person updated, 4 ties',
    )
    expect(committingText(preview())).toBe('Importing 4 records…')
    expect(isGraphFormat('gexf')).toBe(true)
    expect(isGraphFormat('vcard')).toBe(false)
  })

  it('blocks a commit with errors until they are accepted, and an empty file always', () => {
    const withErrors = preview({
      counts: { ...preview().counts, errors: 2, rowsWithProblems: 2 },
    })
    expect(commitBlocker(withErrors, false)).toMatch(/2 rows cannot be imported/)
    expect(commitBlocker(withErrors, true)).toBeNull()
    expect(commitBlocker(preview(), false)).toBeNull()
    const empty = preview({ counts: { ...preview().counts, people: 0 } })
    expect(commitBlocker(empty, true)).toMatch(/nobody/)
  })

  it('keeps a CSV mapping complete for the table and minimal for the core', () => {
    const columns = ['Who', 'Mail', 'Misc']
    const full = fullMapping(columns, { Who: 'name', Mail: 'email' })
    expect(full).toEqual({ Who: 'name', Mail: 'email', Misc: 'ignore' })
    expect(mappingInput(full)).toEqual({ Who: 'name', Mail: 'email' })
    // An e-mail address is enough: such contacts are named by their address.
    expect(mappingHasName({ Mail: 'email' })).toBe(true)
    expect(mappingHasName({ Misc: 'notes' })).toBe(false)
    expect(mappingHasName({ Last: 'lastName' })).toBe(true)
    const csv = preview({ format: 'csv', columns, mapping: { Misc: 'notes' } })
    expect(commitBlocker(csv, false)).toMatch(/full name/)
  })

  it('says what was not imported, by the name the format gives its sources', () => {
    const dropped = {
      source: 'Mobile Number',
      kind: 'notKept' as const,
      count: 14,
      sample: '12',
      reason: 'unreadable',
      mappable: false,
    }
    expect(droppedText(dropped, sourceNoun('thunderbird'))).toBe(
      '14 values in column "Mobile Number" not imported (unreadable)',
    )
    expect(sourceNoun('vcard')).toBe('property')
    expect(sourceNoun('graphml')).toBe('attribute')
    expect(droppedText({ ...dropped, kind: 'unmapped', count: 1 }, 'property')).toBe(
      '1 value in property "Mobile Number" maps to nothing',
    )
    expect(withNameAttribute({ label: 'name', city: 'location' }, 'fullname')).toEqual({
      city: 'location',
      fullname: 'name',
    })
    expect(withNameAttribute({ fullname: 'name' }, '')).toEqual({})
  })
})
