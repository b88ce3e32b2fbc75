import type { EvidenceGroup } from '../../../../shared/graph'
import { groupQuestion, namesPreview, tieTypeWords } from './likelyText'

const PREVIEW = 10

/** One circle as a question: who is in it, what a "yes" would create. Presentational. */
export function ReviewCircleQuestion({
  group,
  pairs,
  position,
  total,
  nameOf,
}: {
  group: EvidenceGroup
  pairs: number
  /** 1-based place of this circle among the ones asked in this review. */
  position: number
  total: number
  nameOf: (id: string) => string
}) {
  const names = group.members.map(nameOf).sort((x, y) => x.localeCompare(y))
  return (
    <div className="likely-question" data-testid="likely-question" data-group={group.key}>
      <p className="likely-progress muted">
        Circle {position} of {total} · {group.label}
      </p>
      <h3 className="likely-question-text">{groupQuestion(group, group.members.length)}</h3>
      <p className="likely-names">{namesPreview(names, (n) => n, PREVIEW)}</p>
      {names.length > PREVIEW ? (
        <details className="likely-all-names">
          <summary>All {names.length} names</summary>
          <ul>
            {names.map((name, i) => (
              <li key={`${name}-${i}`}>{name}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="likely-hint muted">
        Kith guessed this circle from what their records share; nothing is tied until you answer.
        Yes ties {pairs === 1 ? 'the two of them' : `each pair of them (${pairs} ties)`} as{' '}
        {tieTypeWords(group.kind)}; No remembers that they do not know each other, and Kith stops
        inferring these ties.
      </p>
    </div>
  )
}
