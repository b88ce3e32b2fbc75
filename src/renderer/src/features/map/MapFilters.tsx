import type { Cluster } from '../../../../shared/graph'
import { NO_FILTERS, setFilters, useMapUi } from './mapUi'

const CONTACT_OPTIONS = [
  { value: '', label: 'Any last contact' },
  { value: '30', label: 'Seen in 30 days' },
  { value: '90', label: 'Seen in 3 months' },
  { value: '365', label: 'Seen in a year' },
]

/** Cluster, tag, tie strength and last-contact filters. */
export function MapFilters({
  clusters,
  tags,
}: {
  clusters: readonly Cluster[]
  tags: readonly string[]
}) {
  const filters = useMapUi((s) => s.filters)
  const active =
    filters.clusters.length > 0 ||
    filters.tag !== null ||
    filters.minStrength > 1 ||
    filters.contactWithinDays !== null
  return (
    <fieldset className="map-filters">
      <legend className="visually-hidden">Filters</legend>
      <label>
        <span className="visually-hidden">Cluster</span>
        <select
          value={filters.clusters[0] ?? ''}
          onChange={(event) =>
            setFilters({ clusters: event.target.value ? [event.target.value] : [] })
          }
        >
          <option value="">All clusters</option>
          {clusters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label} ({c.members.length})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Tag</span>
        <select
          value={filters.tag ?? ''}
          onChange={(event) => setFilters({ tag: event.target.value || null })}
        >
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Tie strength</span>
        <select
          value={String(filters.minStrength)}
          onChange={(event) => setFilters({ minStrength: Number(event.target.value) })}
        >
          <option value="1">All ties</option>
          <option value="3">Ties 3+</option>
          <option value="4">Ties 4+</option>
          <option value="5">Closest ties</option>
        </select>
      </label>
      <label>
        <span className="visually-hidden">Last contact</span>
        <select
          value={filters.contactWithinDays === null ? '' : String(filters.contactWithinDays)}
          onChange={(event) =>
            setFilters({
              contactWithinDays: event.target.value ? Number(event.target.value) : null,
            })
          }
        >
          {CONTACT_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {active ? (
        <button
          type="button"
          className="btn btn-ghost btn-small"
          onClick={() => setFilters(NO_FILTERS)}
        >
          Clear filters
        </button>
      ) : null}
    </fieldset>
  )
}
