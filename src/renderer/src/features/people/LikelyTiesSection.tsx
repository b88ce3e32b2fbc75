import { useState } from 'react'
import { useAnalysis } from '../../workers/useAnalysis'
import { evidenceWords, likelihoodWord, likelyTiesOf } from '../likely/likelyText'
import { useLikelyReview } from '../likely/useLikelyReview'
import '../likely/likely.css'

/**
 * The ties Kith inferred for this person from what the records share, kept apart from their real
 * ties and marked as guesses: confirm one (it becomes a tie) or say it is not one (never again).
 */
export function LikelyTiesSection({
  personId,
  nameOf,
  onOpen,
}: {
  personId: string
  nameOf: (id: string) => string
  onOpen: (id: string) => void
}) {
  const { analysis } = useAnalysis()
  const review = useLikelyReview()
  // Decided here: gone at once, before the analysis that drops them has run again.
  const [decided, setDecided] = useState<readonly string[]>([])
  const likely = likelyTiesOf(analysis?.likelyTies ?? [], personId).filter(
    (t) => !decided.includes(`${t.a}|${t.b}`),
  )
  if (likely.length === 0) return null
  const self = nameOf(personId)
  return (
    <section
      className="panel-section likely-ties"
      aria-labelledby="likely-ties-title"
      data-testid="person-likely-ties"
    >
      <h3 id="likely-ties-title">
        Likely ties ({likely.length}) <span className="badge badge-inferred">inferred</span>
      </h3>
      <p className="muted likely-ties-note">
        Guesses from what your records share, not ties anyone confirmed.
      </p>
      <ul className="likely-tie-list">
        {likely.map((tie) => {
          const other = tie.a === personId ? tie.b : tie.a
          const otherName = nameOf(other)
          const key = `${tie.a}|${tie.b}`
          const strongest = tie.evidence[0]?.kind
          const decide = async (accept: boolean) => {
            const pair = { a: tie.a, b: tie.b }
            const names = [self, otherName] as const
            if (await review.reviewPair(pair, names, accept, accept ? strongest : undefined))
              setDecided((d) => [...d, key])
          }
          return (
            <li key={key} className="likely-tie-row">
              <div className="likely-tie-who">
                <button type="button" className="link-button" onClick={() => onOpen(other)}>
                  {otherName}
                </button>
                <span className="likely-tie-weight">{likelihoodWord(tie.weight)}</span>
              </div>
              <p className="likely-tie-why muted">{evidenceWords(tie.evidence)}</p>
              <div className="likely-tie-actions">
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={`Confirm a tie between ${self} and ${otherName}`}
                  disabled={review.busy === key}
                  onClick={() => void decide(true)}
                >
                  Confirm
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-ghost"
                  aria-label={`${self} and ${otherName} are not a tie`}
                  disabled={review.busy === key}
                  onClick={() => void decide(false)}
                >
                  Not a tie
                </button>
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
