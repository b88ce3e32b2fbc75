import Graph from 'graphology'
import { parse as parseGexf } from 'graphology-gexf'
import { parse as parseGraphml } from 'graphology-graphml'
import { describe, expect, it } from 'vitest'
import { commitImport, exportVault, ImportFormatError, stageImport } from '../../../src/core/io'
import { strengthScale } from '../../../src/core/io/graphImport'
import { MemoryStore } from '../../../src/core/store/memoryStore'
import { sampleStore } from './fixtures'
import { bytes, clock, fixture, ME_ID, owner, seededRandom, storeWithOwner } from './helpers'

const names = (store: MemoryStore) =>
  store
    .list('person')
    .filter((p) => !p.isMe)
    .map((p) => p.name)
    .sort()

describe('graph import', () => {
  it('reads GEXF with the owner as a node: its edges become ties to the owner', async () => {
    const store = storeWithOwner()
    const s = stageImport(fixture('graph-gephi.gexf'), { ownerNodeId: 'me' }, store)
    expect(s.format).toBe('gexf')
    expect(s.people.map((p) => p.name)).toEqual(['Alice Ng', 'Bob Ruiz', 'Cleo Park'])
    expect(s.people[0]).toMatchObject({ organization: 'Acme', tags: ['Climbing'] })
    await commitImport(s, store, { clock, random: seededRandom() })
    const alice = store.list('person').find((p) => p.name === 'Alice Ng')
    const ties = store.list('tie')
    expect(ties).toHaveLength(3)
    // weights 10, 0.5, 5.25 are scaled onto 1-5
    expect(
      ties.find(
        (t) => t.a === alice?.id || (t.b === alice?.id && (t.a === ME_ID || t.b === ME_ID)),
      ),
    ).toBeDefined()
    expect(ties.map((t) => t.strength).sort()).toEqual([1, 3, 5])
  })

  it('refuses an owner node that is not in the file', () => {
    expect(() =>
      stageImport(fixture('graph-gephi.gexf'), { ownerNodeId: 'nobody' }, storeWithOwner()),
    ).toThrow(/no node "nobody"/)
  })

  it('reads GraphML and links the owner to everyone with --link-owner', async () => {
    const store = storeWithOwner()
    const s = stageImport(fixture('graph-yed.graphml'), { linkOwner: true }, store)
    await commitImport(s, store, { clock })
    expect(names(store)).toEqual(['Dana Ito', 'Eli Moss', 'Fay Wu'])
    expect(store.list('tie').filter((t) => t.a === ME_ID || t.b === ME_ID)).toHaveLength(3)
    expect(store.list('tie')).toHaveLength(5)
  })

  it('reads Cytoscape .cyjs and an edge list with a nodes file', () => {
    const cy = stageImport(fixture('graph-cytoscape.cyjs'), {}, storeWithOwner())
    expect(cy.format).toBe('cyjs')
    expect(cy.people.map((p) => p.name)).toEqual(['Gus Grant', 'Hana Abe'])
    expect(cy.ties).toHaveLength(1)
    const edges = stageImport(
      fixture('edges.csv'),
      { nodesFile: fixture('nodes.csv') },
      storeWithOwner(),
    )
    expect(edges.format).toBe('edgelist')
    expect(edges.people.map((p) => [p.name, p.tags])).toEqual([
      ['Ivy Chen', ['Chess']],
      ['Jon Bell', ['Chess']],
      ['Kai Roth', ['Running']],
    ])
    expect(edges.ties.map((t) => t.strength)).toEqual([1, 4, 2])
  })

  it('scales weights to strength 1-5', () => {
    expect(strengthScale([1, 2, 5])(2)).toBe(2)
    const scale = strengthScale([0, 50, 100])
    expect([scale(0), scale(50), scale(100), scale(undefined)]).toEqual([1, 3, 5, 3])
    expect(strengthScale([7, 7])(7)).toBe(3)
  })

  it('refuses XML bombs before parsing, in GEXF and GraphML', () => {
    const store = new MemoryStore()
    expect(() => stageImport(fixture('bomb.gexf'), {}, store)).toThrow(/line 2: XML with a DOCTYPE/)
    const graphml =
      '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]><graphml><graph><node id="&x;"/></graph></graphml>'
    expect(() => stageImport(bytes(graphml), {}, store)).toThrow(/DOCTYPE/)
    expect(store.all()).toHaveLength(0)
  })

  it('gives a clear error for truncated XML and JSON', () => {
    const gexf = new TextDecoder().decode(fixture('graph-gephi.gexf'))
    expect(() => stageImport(bytes(gexf.slice(0, 500)), {}, new MemoryStore())).toThrow(
      ImportFormatError,
    )
    expect(() =>
      stageImport(bytes('{"elements": {"nodes": [{"data": {"id": "1"'), {}, new MemoryStore()),
    ).toThrow(/not valid JSON/)
  })
})

describe('graph export round trips', () => {
  const analysis = {
    clusters: { ['0'.repeat(31) + '1']: 'Science' },
    positions: { ['0'.repeat(31) + '1']: { x: 12.5, y: -3 } },
    colours: { ['0'.repeat(31) + '1']: '#ff8800' },
  }

  it('GEXF through graphology-gexf keeps people, ties, strength, cluster, colour and position', () => {
    const xml = exportVault(sampleStore(), 'gexf', { analysis })
    const graph = parseGexf(Graph, xml)
    expect(graph.order).toBe(4)
    expect(graph.size).toBe(3)
    const ada = graph.getNodeAttributes('0'.repeat(31) + '1')
    expect(ada).toMatchObject({
      label: 'Ada Lovelace',
      cluster: 'Science',
      x: 12.5,
      y: -3,
      color: '#ff8800',
    })
    expect(ada.notes).toBeUndefined()
    const strengths = graph.mapEdges((_e, attrs) => attrs.strength as number).sort()
    expect(strengths).toEqual([1, 4, 5])
    expect(xml).not.toContain('private tie note')
    expect(xml).not.toMatch(/title="kind"/)
  })

  it('GraphML through graphology-graphml: keys before the graph, attributes typed, escaping safe', () => {
    const xml = exportVault(sampleStore(), 'graphml', { analysis })
    expect(xml.indexOf('<key ')).toBeLessThan(xml.indexOf('<graph '))
    const graph = parseGraphml(Graph, xml)
    expect(graph.order).toBe(4)
    expect(graph.size).toBe(3)
    expect(graph.getNodeAttributes('0'.repeat(31) + '3').label).toBe('Mary Somerville <&> "Q"')
    expect(graph.getNodeAttributes('0'.repeat(31) + '1')).toMatchObject({
      cluster: 'Science',
      x: 12.5,
      color: '#ff8800',
    })
    // Gephi reads r/g/b; graphology-graphml folds them into `color`.
    expect(xml).toContain('<data key="v_r">255</data>')
    expect(graph.mapEdges((_e, a) => a.strength as number).sort()).toEqual([1, 4, 5])
    expect(xml).not.toContain('secret note')
    expect(exportVault(sampleStore(), 'graphml', { includePrivate: true })).toContain(
      'secret note about Ada',
    )
  })

  it('our GraphML, GEXF and .cyjs re-import into a new vault with the same people and ties', async () => {
    for (const format of ['graphml', 'gexf', 'cyjs'] as const) {
      const data = exportVault(sampleStore(), format)
      const newOwner = 'e'.repeat(32)
      const target = new MemoryStore([owner(newOwner)])
      const s = stageImport(bytes(data), {}, target)
      expect(s.format).toBe(format)
      expect(s.owner).toEqual({ mode: 'node', nodeKey: `node:${ME_ID}` })
      await commitImport(s, target, { clock })
      expect(names(target)).toEqual(names(sampleStore()))
      const ties = target.list('tie')
      expect(ties.map((t) => t.strength).sort()).toEqual([1, 4, 5])
      // The file's owner is this vault's owner: the strength-5 tie is to them.
      expect(
        ties.find((t) => t.strength === 5 && (t.a === newOwner || t.b === newOwner)),
      ).toBeDefined()
      // Ids are kept, so importing the same file again adds nothing.
      const again = stageImport(bytes(data), {}, target)
      expect(again.preview.counts.newPeople).toBe(0)
    }
  })
})
