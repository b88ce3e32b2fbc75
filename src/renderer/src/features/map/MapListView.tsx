import { useMemo, useState } from 'react'
import type { Person } from '../../../../shared/domain'
import type { NetworkAnalysis, Suggestion } from '../../../../shared/graph'
import { openPerson } from '../../state/ui'
import { formatDate } from '../../format'

export interface SuggestionActions {
  introduce: (s: Suggestion) => void
  snooze: (s: Suggestion) => void
  dismiss: (s: Suggestion) => void
}

const PAGE = 200

/** The map as lists, for keyboard and screen-reader users: people by cluster, then suggestions. */
export function MapListView({
  people,
  analysis,
  suggestions,
  actions,
}: {
  people: readonly Person[]
  analysis: NetworkAnalysis | null
  suggestions: readonly Suggestion[]
  actions: SuggestionActions
}) {
  const [limit, setLimit] = useState(PAGE)
  const byId = useMemo(() => new Map(people.map((p) => [p.id as string, p])), [people])
  const label = useMemo(() => {
    const out = new Map<string, string>()
    for (const c of analysis?.clusters ?? []) out.set(c.id, c.label)
    return out
  }, [analysis])
  const rows = useMemo(
    () =>
      people
        .filter((p) => !p.deletedAt)
        .map((p) => ({
          p,
          cluster: label.get(analysis?.clusterOf[p.id] ?? '') ?? (p.isMe ? 'You' : '—'),
        }))
        .sort((x, y) => x.cluster.localeCompare(y.cluster) || x.p.name.localeCompare(y.p.name)),
    [people, analysis, label],
  )
  const name = (id: string) => byId.get(id)?.name ?? 'someone'
  return (
    <div className="map-list" data-testid="map-list">
      <section aria-labelledby="map-list-suggestions">
        <h2 id="map-list-suggestions">Suggested introductions</h2>
        {suggestions.length === 0 ? <p className="muted">No suggestions right now.</p> : null}
        <ul className="map-list-suggestions">
          {suggestions.map((s) => (
            <li key={`${s.a}|${s.b}`}>
              <strong>
                {name(s.a)} and {name(s.b)}
              </strong>
              <span className="muted"> {s.text}</span>
              <span className="map-list-actions">
                <button
                  type="button"
                  className="btn btn-small btn-primary"
                  onClick={() => actions.introduce(s)}
                >
                  Introduce…
                </button>
                <button type="button" className="btn btn-small" onClick={() => actions.snooze(s)}>
                  Snooze
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-ghost"
                  onClick={() => actions.dismiss(s)}
                >
                  Never suggest
                </button>
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="map-list-people">
        <h2 id="map-list-people">People ({rows.length})</h2>
        <table className="map-list-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Cluster</th>
              <th scope="col">Organization</th>
              <th scope="col">Last contact</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map(({ p, cluster }) => (
              <tr key={p.id}>
                <td>
                  <button
                    type="button"
                    className="map-list-person"
                    onClick={() => openPerson(p.id)}
                  >
                    {p.name}
                  </button>
                </td>
                <td>{cluster}</td>
                <td>{p.organization ?? ''}</td>
                <td>{p.lastContactAt ? formatDate(p.lastContactAt) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > limit ? (
          <button type="button" className="btn" onClick={() => setLimit((l) => l + PAGE)}>
            Show more people
          </button>
        ) : null}
      </section>
    </div>
  )
}
