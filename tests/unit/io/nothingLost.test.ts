import { readdirSync } from 'node:fs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { decodeBytes, stageImport, type StagedImport } from '../../../src/core/io'
import { readRawGraph, type GraphFormat } from '../../../src/core/io/graphImport'
import { findLinkedInHeaderLine } from '../../../src/core/io/linkedin'
import { parseDayMonYear, parseFlexibleDate } from '../../../src/core/io/normalize'
import { parsePartialDate } from '../../../src/core/io/partialDate'
import { splitCards } from '../../../src/core/io/vcardPrepass'
import { EXPECTATIONS } from './expectations'
import { FIXTURES, fixture, storeWithOwner } from './helpers'

/**
 * The promise of the import preview: every non-empty value of the file is either imported or
 * listed (an unmapped/not-kept source in `dropped`, or a problem that names it). This walks each
 * fixture with readers of its own (papaparse rows, vCard content lines, the graph's raw
 * attributes) and checks every value against what was staged.
 */

/** Not data about a person: the file's or the card's bookkeeping, or how a graph is drawn. */
const VCARD_STRUCTURAL = new Set([
  'VERSION',
  'PRODID',
  'REV',
  'KIND',
  'X-ADDRESSBOOKSERVER-KIND',
  'X-ABLABEL',
  'X-ABSHOWAS',
  'CLIENTPIDMAP',
])
const GRAPH_DRAWING = new Set([
  'x',
  'y',
  'size',
  'color',
  'suid',
  'selected',
  'shared_name',
  'shared_interaction',
  'interaction',
  'modularity_class',
  'id',
  'source',
  'target',
  'type',
  'weight',
  'kithid',
  'isme',
  'strength',
  'cluster',
])
const SKIP = new Set(['README.md', 'bomb.gexf', 'nodes.csv', 'nodes-people.csv'])

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (typeof value === 'number') out.push(String(value))
  else if (Array.isArray(value)) for (const v of value) strings(v, out)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out)
  return out
}

const norm = (v: string) => v.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()

class Checker {
  readonly hay: string
  readonly listed: Set<string>
  readonly missing: string[] = []

  constructor(readonly staged: StagedImport) {
    const all = [
      ...strings(staged.people),
      ...strings(staged.ties),
      ...staged.problems.map((p) => p.message),
    ].map(norm)
    this.hay = `${all.join('\n')}\n${all.join('\n').replace(/-/g, '')}`
    this.listed = new Set(staged.preview.dropped.map((d) => norm(d.source)))
  }

  found(value: string): boolean {
    // `tel:`/`mailto:` schemes and Google's `* ` (system label) marks are stripped on import;
    // Outlook's `0/0/00` means "no date".
    const v = norm(value.replace(/^(tel|mailto):|^\*\s+/i, ''))
    if (!v || /^0+[./-]0+[./-]0+$/.test(v) || this.hay.includes(v)) return true
    const iso = parseFlexibleDate(value) ?? parseDayMonYear(value) ?? parsePartialDate(value)
    if (iso && this.hay.includes(iso)) return true
    const parts = v.split(/\s:::\s|[;,]/).map((x) => x.trim())
    return parts.length > 1 && parts.every((x) => !x || this.hay.includes(x))
  }

  check(source: string, value: string): void {
    if (!value.trim() || this.listed.has(norm(source)) || this.found(value)) return
    // A relation's label (Spouse, Manager) becomes the type of the tie it seeds.
    if (/^Relation \d+ - Label$/.test(source) && this.staged.ties.length > 0) return
    this.missing.push(`${source}: ${value.slice(0, 80)}`)
  }
}

function stageFixture(name: string): StagedImport {
  const expected = EXPECTATIONS[name]?.options
  const options = {
    fileName: name,
    ...(expected?.mapping ? { mapping: expected.mapping as Record<string, 'name'> } : {}),
    ...(typeof expected?.nodesFile === 'string' ? { nodesFile: fixture(expected.nodesFile) } : {}),
  }
  return stageImport(fixture(name), options, storeWithOwner())
}

function walkCsv(name: string, c: Checker): void {
  const text = decodeBytes(fixture(name)).text
  const headerLine = c.staged.format === 'linkedin' ? (findLinkedInHeaderLine(text) ?? 1) : 1
  const body = text
    .split('\n')
    .slice(headerLine - 1)
    .join('\n')
  const rows = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' }).data
  const headerless = c.staged.preview.csv?.headerless ?? false
  const header = headerless ? [] : (rows.shift() ?? [])
  for (const row of rows)
    row.forEach((value, i) => c.check(header[i]?.trim() || `Column ${i + 1}`, value))
}

function walkVcard(name: string, c: Checker): void {
  let bytes = fixture(name)
  const decoded = decodeBytes(bytes)
  if (decoded.encoding.startsWith('utf-16')) bytes = new TextEncoder().encode(decoded.text)
  for (const card of splitCards(bytes)) {
    for (const { text } of card.lines ?? []) {
      const colon = text.indexOf(':')
      const property = (text.slice(0, colon).split(';')[0] ?? '').replace(/^[^.]*\./, '')
      const upper = property.toUpperCase()
      if (VCARD_STRUCTURAL.has(upper) || upper.startsWith('X-KITH')) continue
      const value = text.slice(colon + 1)
      if (upper === 'PHOTO') {
        const ok =
          c.hay.includes(norm(value.replace(/^data:[^,]*,/, '').slice(0, 40))) ||
          c.staged.problems.some((p) => p.card === card.card && /photo/i.test(p.message))
        if (!ok) c.missing.push(`PHOTO of card ${card.card}`)
        continue
      }
      for (const part of value.split(/(?<!\\)[;,]/))
        c.check(upper, part.replace(/\\([,;:\\])/g, '$1').replace(/\\n/gi, ' '))
    }
  }
}

function walkGraph(name: string, c: Checker): void {
  const options = EXPECTATIONS[name]?.options
  const nodesText =
    typeof options?.nodesFile === 'string'
      ? decodeBytes(fixture(options.nodesFile)).text
      : undefined
  const raw = readRawGraph(
    c.staged.format as GraphFormat,
    decodeBytes(fixture(name)).text,
    nodesText,
  )
  for (const node of raw.nodes) {
    c.check('id', `graph:${node.id}`)
    for (const [attribute, value] of Object.entries(node.attributes)) {
      if (GRAPH_DRAWING.has(attribute.toLowerCase())) continue
      for (const v of strings(value)) c.check(attribute, v)
    }
  }
  for (const group of raw.groups) c.check('group', group.label)
  for (const edge of raw.edges) {
    for (const [attribute, value] of Object.entries(edge.attributes)) {
      if (GRAPH_DRAWING.has(attribute.toLowerCase()) || /^shared|^name$/i.test(attribute)) continue
      for (const v of strings(value)) c.check(`edge ${attribute}`, v)
    }
  }
}

const fixtures = readdirSync(FIXTURES).filter((f) => !SKIP.has(f))

describe('nothing non-empty is lost without being listed', () => {
  it('walks at least one fixture per dialect and quirk', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40)
  })

  for (const name of fixtures) {
    it(name, () => {
      const staged = stageFixture(name)
      const c = new Checker(staged)
      if (staged.format === 'vcard') walkVcard(name, c)
      else if (['gexf', 'graphml', 'cyjs', 'edgelist'].includes(staged.format)) walkGraph(name, c)
      else if (staged.format !== 'kith-json') walkCsv(name, c)
      expect(c.missing).toEqual([])
    })
  }
})
