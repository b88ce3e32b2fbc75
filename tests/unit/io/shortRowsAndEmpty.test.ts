import { describe, expect, it } from 'vitest'
import { commitImport, ImportFormatError, stageImport } from '../../../src/core/io'
import { MemoryStore } from '../../../src/core/store/memoryStore'

const enc = (text: string) => new TextEncoder().encode(text)
const clock = () => new Date('2026-11-26T09:00:00.000Z')

describe('import: short rows and empty files', () => {
  it('a truncated last CSV row is reported as a problem and never imported as a half record', async () => {
    const file = enc(
      'Name,E-mail Address,Organization\nAna Silva,ana@example.org,Verde\nBen Okafor,ben@exa',
    )
    const store = new MemoryStore()
    const staged = stageImport(file, { fileName: 'contacts.csv', format: 'csv' }, store)
    expect(staged.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        line: 3,
        message: expect.stringMatching(/2 of 3 columns/) as unknown,
      }),
    )
    await expect(commitImport(staged, store, { clock })).rejects.toThrow(/problems/)
    await commitImport(staged, store, { clock, acceptProblems: true })
    expect(store.list('person').map((p) => p.name)).toEqual(['Ana Silva'])
  })

  it('the same in a LinkedIn export', () => {
    const file = enc(
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Silva,https://www.linkedin.com/in/ana,,Verde,Partner,01 Jan 2024\nBen,Oka',
    )
    const staged = stageImport(file, { fileName: 'Connections.csv' }, new MemoryStore())
    expect(staged.people.map((p) => p.name)).toEqual(['Ana Silva'])
    expect(staged.problems.some((p) => p.severity === 'error' && p.line === 3)).toBe(true)
  })

  it('a file that gives no people and no ties is refused at commit: no empty batch', async () => {
    const store = new MemoryStore()
    const staged = stageImport(
      enc('Name,E-mail Address\n'),
      { fileName: 'empty.csv', format: 'csv' },
      store,
    )
    await expect(commitImport(staged, store, { clock })).rejects.toBeInstanceOf(ImportFormatError)
    expect(store.list('importBatch')).toEqual([])
  })
})
