import { describe, expect, it } from 'vitest'
import {
  commitImport,
  exportVault,
  ImportAbortedError,
  ImportProblemsError,
  stageImport,
  undoImport,
} from '../../../src/core/io'
import { MemoryStore } from '../../../src/core/store/memoryStore'
import { person, sampleStore } from './fixtures'
import { bytes, clock, fixture, ME_ID, owner, seededRandom, storeWithOwner } from './helpers'

function linkedInFile(count: number): Uint8Array {
  const rows = [
    'Notes:',
    '"Some emails are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ]
  for (let i = 0; i < count; i++) {
    rows.push(
      `First${i},"Last, ${i}",https://www.linkedin.com/in/p${i},${i % 10 === 0 ? `p${i}@x.example` : ''},Company ${i % 97},Role,${(i % 28) + 1} Mar 2021`,
    )
  }
  return bytes(rows.join('\r\n') + '\r\n')
}

const live = (store: MemoryStore) => store.list('person').filter((p) => !p.isMe)

describe('commitImport', () => {
  it('writes one batch in one commit, tags records and ties contacts to the owner with the date', async () => {
    const store = storeWithOwner()
    let commits = 0
    store.onChange(() => commits++)
    const batch = await commitImport(
      stageImport(fixture('linkedin-current.csv'), { fileName: 'Connections.csv' }, store),
      store,
      { clock, random: seededRandom() },
    )
    expect(commits).toBe(1)
    expect(store.get('importBatch', batch.id)).toMatchObject({
      format: 'linkedin',
      fileName: 'Connections.csv',
      counts: { peopleCreated: 4, tiesCreated: 4 },
    })
    expect(live(store).every((p) => p.importBatch === batch.id)).toBe(true)
    const priya = live(store).find((p) => p.name === 'Priya Raman')
    const tie = store.list('tie').find((t) => t.a === priya?.id || t.b === priya?.id)
    expect(tie).toMatchObject({ source: 'import', since: '2024-09-04', importBatch: batch.id })
    expect([tie?.a, tie?.b]).toContain(ME_ID)
  })

  it('re-importing the same file creates no duplicates', async () => {
    const store = storeWithOwner()
    for (const name of [
      'linkedin-current.csv',
      'vcard-apple-3.0.vcf',
      'google-current.csv',
      'outlook-de-1252.csv',
    ]) {
      await commitImport(stageImport(fixture(name), {}, store), store, { clock })
      const count = live(store).length
      const ties = store.list('tie').length
      const again = stageImport(fixture(name), {}, store)
      expect(again.preview.counts.newPeople).toBe(0)
      await commitImport(again, store, { clock })
      expect([live(store).length, store.list('tie').length]).toEqual([count, ties])
    }
  })

  it('matches across formats (old LinkedIn export by name + organization) and merges fields', async () => {
    const store = storeWithOwner()
    await commitImport(stageImport(fixture('linkedin-old.csv'), {}, store), store, { clock })
    const staged = stageImport(fixture('linkedin-current.csv'), {}, store)
    expect(staged.preview.duplicates).toEqual([
      expect.objectContaining({ name: 'Priya Raman', reason: 'name+organization' }),
    ])
    await commitImport(staged, store, { clock })
    const priya = live(store).filter((p) => p.name === 'Priya Raman')
    expect(priya).toHaveLength(1)
    expect(priya[0]?.links[0]?.value).toBe('https://www.linkedin.com/in/priya-raman-123')
  })

  it('refuses to commit rows with errors unless accepted, and then skips them', async () => {
    const store = storeWithOwner()
    const staged = stageImport(fixture('vcard-truncated.vcf'), {}, store)
    await expect(commitImport(staged, store, { clock })).rejects.toThrow(ImportProblemsError)
    expect(store.all()).toHaveLength(1)
    await commitImport(staged, store, { clock, acceptProblems: true })
    expect(live(store).map((p) => p.name)).toEqual(['Complete Card'])
  })

  it('imports 10k LinkedIn connections with progress, and a cancelled import writes nothing', async () => {
    const file = linkedInFile(10_000)
    const store = storeWithOwner()
    const staged = stageImport(file, {}, store)
    expect(staged.people).toHaveLength(10_000)
    const controller = new AbortController()
    const cancelled = commitImport(staged, store, {
      clock,
      signal: controller.signal,
      onProgress: (p) => p.done >= 4000 && controller.abort(),
    })
    await expect(cancelled).rejects.toThrow(ImportAbortedError)
    expect(store.all()).toHaveLength(1)
    const progress: number[] = []
    await commitImport(staged, store, { clock, onProgress: (p) => progress.push(p.done) })
    expect(live(store)).toHaveLength(10_000)
    expect(store.list('tie')).toHaveLength(10_000)
    expect(progress.length).toBeGreaterThan(3)
    expect(progress.at(-1)).toBe(10_000)
  })
})

describe('undoImport', () => {
  it('removes what a batch created and restores people it merged into', async () => {
    const existing = person(7, {
      name: 'Grace Hopper',
      emails: [{ value: 'grace@navy.example' }],
      notes: 'mine',
    })
    const store = new MemoryStore([owner(), existing])
    const batch = await commitImport(stageImport(fixture('outlook-en.csv'), {}, store), store, {
      clock,
    })
    const merged = store.get('person', existing.id)
    expect(merged).toMatchObject({
      organization: 'US Navy',
      birthday: '1906-12-09',
      notes: 'mine',
      tags: ['Pioneers', 'Navy'],
    })
    expect(live(store)).toHaveLength(2)
    const result = await undoImport(batch.id, store, clock)
    expect(result.reverted).toBe(1)
    expect(store.get('person', existing.id)).toEqual({
      ...existing,
      updatedAt: clock().toISOString(),
    })
    expect(live(store).map((p) => p.name)).toEqual(['Grace Hopper'])
    expect(store.list('tie')).toHaveLength(0)
    expect(store.list('entry')).toHaveLength(0)
    expect(store.get('importBatch', batch.id)?.undoneAt).toBe(clock().toISOString())
    await expect(undoImport(batch.id, store, clock)).rejects.toThrow(/already undone/)
    await expect(undoImport('0'.repeat(32), store, clock)).rejects.toThrow(/no import batch/)
  })
  it('keeps undo data in the batch record, creates no entries, and keeps edits made since', async () => {
    const existing = person(7, { name: 'Grace Hopper', emails: [{ value: 'grace@navy.example' }] })
    const store = new MemoryStore([owner(), existing])
    const batch = await commitImport(stageImport(fixture('outlook-en.csv'), {}, store), store, {
      clock,
    })
    expect(store.list('entry')).toHaveLength(0)
    const merges = store.get('importBatch', batch.id)?.merged
    expect(merges?.map((m) => [m.person, m.tags])).toEqual([[existing.id, ['Pioneers', 'Navy']]])
    expect(merges?.[0]?.filled).toEqual(expect.arrayContaining(['organization', 'birthday']))
    const merged = store.get('person', existing.id)!
    expect(merged.notes).toBe('Invented the compiler')
    await store.commit({ put: [{ ...merged, tags: [...merged.tags, 'Admiral'], title: 'RADM' }] })
    await undoImport(batch.id, store, clock)
    expect(store.get('person', existing.id)).toMatchObject({ tags: ['Admiral'], title: 'RADM' })
    // Fields the import filled and nobody touched since go; the notes too (by fingerprint).
    expect(store.get('person', existing.id)?.organization).toBeUndefined()
    expect(store.get('person', existing.id)?.notes).toBe('')
    expect(store.list('entry')).toHaveLength(0)
  })
})

describe('Kith JSON', () => {
  it('export -> import into a new vault gives the same people, ties, entries and introductions', async () => {
    const source = sampleStore()
    const json = exportVault(source, 'json', { now: clock() })
    expect(JSON.parse(json)).toMatchObject({ format: 'kith', version: 1 })
    const newOwner = 'e'.repeat(32)
    const target = new MemoryStore([owner(newOwner)])
    const staged = stageImport(bytes(json), {}, target)
    expect(staged.format).toBe('kith-json')
    const batch = await commitImport(staged, target, { clock })
    const strip = (r: { importBatch?: string }) => ({ ...r, importBatch: undefined })
    const remapMe = (id: string) => (id === ME_ID ? newOwner : id)
    expect(
      target
        .list('person')
        .filter((p) => !p.isMe)
        .map(strip),
    ).toEqual(
      source
        .list('person')
        .filter((p) => !p.isMe)
        .map(strip),
    )
    expect(
      target
        .list('tie')
        .map((t) => [t.a, t.b, t.strength, t.type, t.note].join())
        .sort(),
    ).toEqual(
      source
        .list('tie')
        .map((t) =>
          [remapMe(t.a), remapMe(t.b)].sort().concat(String(t.strength), t.type, t.note).join(),
        )
        .sort(),
    )
    expect(target.list('entry').filter((e) => !e.deletedAt)).toEqual(source.list('entry'))
    expect(target.list('introduction')).toEqual(source.list('introduction'))
    // Again: nothing new. Undo: everything from the file goes.
    await commitImport(stageImport(bytes(json), {}, target), target, { clock })
    expect(target.list('person')).toHaveLength(4)
    await undoImport(batch.id, target, clock)
    expect(target.list('person').map((p) => p.id)).toEqual([newOwner])
    expect(target.list('entry')).toHaveLength(0)
    expect(target.list('introduction')).toHaveLength(0)
  })

  it('reports invalid records and refuses newer versions', () => {
    const bad = JSON.stringify({
      format: 'kith',
      version: 1,
      records: [{ kind: 'person', id: 'nope' }],
    })
    const staged = stageImport(bytes(bad), {}, new MemoryStore())
    expect(staged.problems[0]).toMatchObject({ row: 1, severity: 'error' })
    expect(() =>
      stageImport(
        bytes(JSON.stringify({ format: 'kith', version: 99, records: [] })),
        {},
        new MemoryStore(),
      ),
    ).toThrow(/newer/)
  })
})

describe('undo keeps what the user wrote after the import', () => {
  it('leaves imported notes alone once the user has edited them', async () => {
    const existing = person(7, { name: 'Grace Hopper', emails: [{ value: 'grace@navy.example' }] })
    const store = new MemoryStore([owner(), existing])
    const batch = await commitImport(stageImport(fixture('outlook-en.csv'), {}, store), store, {
      clock,
    })
    const merged = store.get('person', existing.id)!
    await store.commit({ put: [{ ...merged, notes: `${merged.notes}, and more` }] })
    await undoImport(batch.id, store, clock)
    expect(store.get('person', existing.id)?.notes).toBe('Invented the compiler, and more')
  })
})
