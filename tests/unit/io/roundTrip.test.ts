import { describe, expect, it } from 'vitest'
import { exportVault, stageImport, type ExportFormat } from '../../../src/core/io'
import { sampleStore } from './fixtures'
import { bytes, storeWithOwner } from './helpers'

const FORMATS: ExportFormat[] = ['vcard', 'csv', 'gexf', 'graphml', 'cyjs']

describe('round trips through our own exports', () => {
  for (const format of FORMATS) {
    it(`${format}: every contact comes back with its e-mails, phones, labels and organisation, nothing unlisted`, () => {
      const source = sampleStore()
      const text = exportVault(source, format, { includePrivate: true })
      const staged = stageImport(bytes(text), {}, storeWithOwner())
      const byName = new Map(staged.people.map((p) => [p.name, p]))
      for (const person of source.list('person').filter((p) => !p.isMe)) {
        const back = byName.get(person.name)
        expect(back, person.name).toBeDefined()
        expect(back?.emails.map((e) => e.value)).toEqual(person.emails.map((e) => e.value))
        expect(back?.phones.map((e) => e.value)).toEqual(person.phones.map((e) => e.value))
        // Graph files join labels with "; ": a label that itself holds ";" or "," comes back split.
        const tags = ['gexf', 'graphml', 'cyjs'].includes(format)
          ? person.tags.flatMap((t) => t.split(/[;,]/).map((x) => x.trim()))
          : person.tags
        expect(back?.tags).toEqual(tags)
        expect(back?.location).toBe(person.location)
        expect(back?.organization).toBe(person.organization)
        expect(back?.title).toBe(person.title)
      }
      expect(staged.preview.dropped).toEqual([])
      const notes = staged.ties.map((t) => t.note).filter(Boolean)
      if (format !== 'vcard' && format !== 'csv') expect(notes).toContain('private tie note')
      expect(staged.problems.filter((p) => p.severity === 'error')).toEqual([])
    })
  }
})
