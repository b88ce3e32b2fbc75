import { call } from '../../api/client'
import { showToast } from '../../components/toast'
import { useAnalysis, useWarmPaths } from '../../workers/useAnalysis'
import { errorMessage } from './useCoreQuery'
import { pathStrengthLabels } from './warmPathStrength'

async function addIdea(a: string, b: string, rationale: string): Promise<void> {
  try {
    await call('introductions.create', { a, b, status: 'idea', rationale })
    showToast({ message: 'Added to introduction ideas.', undo: true, tone: 'success' })
  } catch (error) {
    showToast({ message: errorMessage(error), tone: 'error' })
  }
}

/** Suggested introductions involving this person and warm paths from the owner to them. */
export function PersonInsights({
  personId,
  nameOf,
  onOpen,
}: {
  personId: string
  nameOf: (id: string) => string
  onOpen: (id: string) => void
}) {
  const { analysis, computing } = useAnalysis()
  const { paths, loading } = useWarmPaths(personId)
  const suggestions = (analysis?.suggestions ?? [])
    .filter((s) => s.a === personId || s.b === personId)
    .slice(0, 5)
  return (
    <section className="panel-section" aria-labelledby="insights-title">
      <h3 id="insights-title">Suggestions</h3>
      {!analysis ? (
        <p className="muted" aria-busy={computing}>
          Analysing the network…
        </p>
      ) : suggestions.length === 0 ? (
        <p className="muted">No introductions suggested for them right now.</p>
      ) : (
        <ul className="insight-list">
          {suggestions.map((s) => {
            const other = s.a === personId ? s.b : s.a
            return (
              <li key={`${s.a}|${s.b}`}>
                <button type="button" className="link-button" onClick={() => onOpen(other)}>
                  {nameOf(other)}
                </button>
                <span className="muted"> · {s.text}</span>{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Add an introduction idea: ${nameOf(s.a)} and ${nameOf(s.b)}`}
                  onClick={() => void addIdea(s.a, s.b, s.text)}
                >
                  Add as idea
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <h4 className="section-label">Warm paths to them</h4>
      {loading ? (
        <p className="muted">Looking for paths…</p>
      ) : paths.length === 0 ? (
        <p className="muted">No path through your contacts.</p>
      ) : (
        <ol className="insight-list">
          {paths.slice(0, 3).map((path, index, shown) => {
            const label = pathStrengthLabels(shown.map((p) => p.strength))[index]
            return (
              <li key={path.people.join('>')}>
                {path.people.map((id) => nameOf(id)).join(' → ')}
                {label ? <span className="muted"> · {label} ties</span> : null}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
