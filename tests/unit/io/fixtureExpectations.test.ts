import { describe, expect, it } from 'vitest'
import { stageImport, type StageOptions } from '../../../src/core/io'
import { EXPECTATIONS, type ExpectedPerson } from './expectations'
import { fixture, storeWithOwner } from './helpers'

function options(raw: Record<string, unknown> | undefined): StageOptions {
  const out: StageOptions = {}
  if (raw?.mapping) out.mapping = raw.mapping as StageOptions['mapping']
  if (typeof raw?.nodesFile === 'string') out.nodesFile = fixture(raw.nodesFile)
  return out
}

const valued = (value: string): unknown => expect.objectContaining({ value }) as unknown

const shape = (p: ExpectedPerson) => ({
  name: p.name,
  ...(p.emails ? { emails: p.emails.map(valued) } : {}),
  ...(p.phones ? { phones: p.phones.map(valued) } : {}),
  ...(p.organization ? { organization: p.organization } : {}),
  ...(p.title ? { title: p.title } : {}),
  ...(p.location ? { location: p.location } : {}),
  ...(p.tags ? { tags: p.tags } : {}),
  ...(p.birthday ? { birthday: p.birthday } : {}),
  ...(p.connectedOn ? { connectedOn: p.connectedOn } : {}),
})

describe('every dialect fixture imports the people, e-mails, phones and names expected', () => {
  for (const [name, expected] of Object.entries(EXPECTATIONS)) {
    it(name, () => {
      const s = stageImport(
        fixture(name),
        { fileName: name, ...options(expected.options) },
        storeWithOwner(),
      )
      expect(s.format).toBe(expected.format)
      if (expected.encoding) expect(s.encoding).toBe(expected.encoding)
      expect(s.people.map((p) => p.name)).toEqual(expected.people.map((p) => p.name))
      expected.people.forEach((p, i) => expect(s.people[i]).toMatchObject(shape(p)))
      // A real export of these programs needs no "skip rows with errors" override.
      expect(s.problems.filter((p) => p.severity === 'error')).toEqual([])
    })
  }
})
