import MiniSearch, { type SearchResult } from 'minisearch'
import type { Entry, Introduction, Person } from '../../shared/domain'
import type { ChangeEvent, RecordStore } from '../store/recordStore'

export type SearchKind = 'person' | 'entry' | 'introduction'

export interface SearchHit {
  kind: SearchKind
  id: string
  /** What to show: a person's name, an entry's title or date, an introduction's pair. */
  label: string
  score: number
}

interface SearchDoc {
  id: string
  kind: SearchKind
  label: string
  name: string
  organization: string
  tags: string
  offers: string
  seeks: string
  notes: string
  title: string
  body: string
}

const FIELDS = [
  'name',
  'organization',
  'tags',
  'offers',
  'seeks',
  'notes',
  'title',
  'body',
] as const

/** Lower case without accents, so "jose" finds "José". */
function processTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * Full-text search over the decrypted projection: people, entries and introductions. It lives
 * only in memory (never on disk, per design section 4) and follows the store's commits.
 */
export class SearchIndex {
  private readonly index = new MiniSearch<SearchDoc>({
    fields: [...FIELDS],
    storeFields: ['kind', 'label'],
    processTerm,
    searchOptions: {
      prefix: (term) => term.length >= 2,
      // Fuzzy matching of very short terms matches nearly everything and costs the most.
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      maxFuzzy: 2,
      combineWith: 'AND',
      boost: { name: 3, title: 2, organization: 1.5, tags: 1.5, offers: 1.2, seeks: 1.2 },
    },
  })
  private readonly unsubscribe: () => void

  constructor(private readonly store: RecordStore) {
    this.index.addAll([
      ...store
        .list('person')
        .filter((p) => !p.deletedAt)
        .map(personDoc),
      ...store
        .list('entry')
        .filter((e) => !e.deletedAt)
        .map(entryDoc),
      ...store
        .list('introduction')
        .filter((i) => !i.deletedAt)
        .map((intro) => this.introductionDoc(intro)),
    ])
    this.unsubscribe = store.onChange((event) => this.apply(event))
  }

  search(
    query: string,
    options: { limit?: number; kinds?: readonly SearchKind[] } = {},
  ): SearchHit[] {
    const trimmed = query.trim()
    if (!trimmed) return []
    const kinds = options.kinds
    const filter = kinds
      ? (result: SearchResult): boolean => kinds.includes(result['kind'] as SearchKind)
      : undefined
    let results = this.index.search(trimmed, filter ? { filter } : {})
    // A query whose words do not all match still deserves the best partial matches.
    if (results.length === 0) {
      results = this.index.search(trimmed, { combineWith: 'OR', ...(filter ? { filter } : {}) })
    }
    return results.slice(0, options.limit ?? 50).map((result) => ({
      kind: result['kind'] as SearchKind,
      id: String(result.id),
      label: String(result['label']),
      score: result.score,
    }))
  }

  get documentCount(): number {
    return this.index.documentCount
  }

  dispose(): void {
    this.unsubscribe()
  }

  private apply(event: ChangeEvent): void {
    const renamed: string[] = []
    for (const id of event.ids) {
      if (this.index.has(id)) this.index.discard(id)
      const person = this.store.get('person', id)
      if (person) {
        if (!person.deletedAt) this.index.add(personDoc(person))
        renamed.push(id)
        continue
      }
      const entry = this.store.get('entry', id)
      if (entry) {
        if (!entry.deletedAt) this.index.add(entryDoc(entry))
        continue
      }
      const intro = this.store.get('introduction', id)
      if (intro && !intro.deletedAt) this.index.add(this.introductionDoc(intro))
    }
    // Introductions are found by their people's names, so a renamed person re-indexes theirs.
    if (renamed.length === 0) return
    const changed = new Set(event.ids)
    for (const intro of this.store.list('introduction')) {
      if (intro.deletedAt || changed.has(intro.id)) continue
      if (!renamed.includes(intro.a) && !renamed.includes(intro.b)) continue
      if (this.index.has(intro.id)) this.index.discard(intro.id)
      this.index.add(this.introductionDoc(intro))
    }
  }

  private introductionDoc(intro: Introduction): SearchDoc {
    const a = this.store.get('person', intro.a)?.name ?? ''
    const b = this.store.get('person', intro.b)?.name ?? ''
    return {
      ...emptyDoc(intro.id, 'introduction', `${a} ↔ ${b}`),
      name: `${a} ${b}`,
      body: `${intro.rationale} ${intro.outcome}`,
    }
  }
}

function emptyDoc(id: string, kind: SearchKind, label: string): SearchDoc {
  return {
    id,
    kind,
    label,
    name: '',
    organization: '',
    tags: '',
    offers: '',
    seeks: '',
    notes: '',
    title: '',
    body: '',
  }
}

function personDoc(person: Person): SearchDoc {
  return {
    ...emptyDoc(person.id, 'person', person.name),
    name: person.name,
    organization: person.organization ?? '',
    tags: person.tags.join(' '),
    offers: person.offers.join(' '),
    seeks: person.seeks.join(' '),
    notes: person.notes,
  }
}

function entryDoc(entry: Entry): SearchDoc {
  return {
    ...emptyDoc(entry.id, 'entry', entry.title || entry.at.slice(0, 10)),
    title: entry.title,
    body: entry.body,
  }
}
