import type { Person } from '../../../../shared/domain'
import { facetValues, type LastContactFilter, type SortKey } from './peopleQuery'
import type { PeopleQueryState } from './usePeopleQuery'

const LAST_CONTACT: { value: LastContactFilter; label: string }[] = [
  { value: 'any', label: 'Any time' },
  { value: 'week', label: 'Past week' },
  { value: 'month', label: 'Past month' },
  { value: 'quarter', label: 'Past 3 months' },
  { value: 'year', label: 'Past year' },
  { value: 'stale', label: 'Over a year ago' },
  { value: 'never', label: 'Never' },
]

const SORTS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'organization', label: 'Organization' },
  { key: 'lastContact', label: 'Last contact' },
]

/** Search box, filter selects and sort buttons above the people list. */
export function PeopleToolbar({ query, all }: { query: PeopleQueryState; all: readonly Person[] }) {
  const tags = facetValues(all, (p) => p.tags)
  const organizations = facetValues(all, (p) => (p.organization ? [p.organization] : []))
  const { filter, setFilter } = query
  return (
    <div className="people-toolbar" role="search" aria-label="Filter people">
      <input
        type="search"
        className="field-control people-search"
        aria-label="Filter by name"
        placeholder="Filter by name…"
        value={filter.text}
        onChange={(e) => setFilter({ text: e.target.value })}
      />
      <label className="people-select">
        <span>Tag</span>
        <select value={filter.tag} onChange={(e) => setFilter({ tag: e.target.value })}>
          <option value="">All</option>
          {tags.map((t) => (
            <option key={t.value} value={t.value}>
              {t.value} ({t.count})
            </option>
          ))}
        </select>
      </label>
      <label className="people-select">
        <span>Cluster</span>
        <select value={filter.cluster} onChange={(e) => setFilter({ cluster: e.target.value })}>
          <option value="">All</option>
          {query.clusters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label className="people-select">
        <span>Organization</span>
        <select
          value={filter.organization}
          onChange={(e) => setFilter({ organization: e.target.value })}
        >
          <option value="">All</option>
          {organizations.map((o) => (
            <option key={o.value} value={o.value}>
              {o.value} ({o.count})
            </option>
          ))}
        </select>
      </label>
      <label className="people-select">
        <span>Last contact</span>
        <select
          value={filter.lastContact}
          onChange={(e) => setFilter({ lastContact: e.target.value as LastContactFilter })}
        >
          {LAST_CONTACT.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <div className="people-sort" role="group" aria-label="Sort by">
        {SORTS.map((s) => {
          const on = query.sortKey === s.key
          return (
            <button
              key={s.key}
              type="button"
              className={on ? 'btn btn-small btn-ghost sort-on' : 'btn btn-small btn-ghost'}
              aria-pressed={on}
              onClick={() => query.setSort(s.key)}
            >
              {s.label}
              {on ? (query.direction === 'asc' ? ' ↑' : ' ↓') : ''}
            </button>
          )
        })}
      </div>
    </div>
  )
}
