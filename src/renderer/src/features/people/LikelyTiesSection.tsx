import { useLayoutEffect, useRef, useState } from 'react'
import type { NetworkAnalysis } from '../../../../shared/graph'
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
  // Decided here: hidden at once, until the next analysis (which leaves them out, or brings them
  // back after an Undo).
  const [hidden, setHidden] = useState<{ from: NetworkAnalysis | null; keys: string[] }>({
    from: null,
    keys: [],
  })
  const decided = hidden.from === analysis ? hidden.keys : []
  const list = useRef<HTMLUListElement>(null)
  // After a decision the row is gone: keyboard focus moves to the row that takes its place.
  const refocus = useRef<number | null>(null)
  useLayoutEffect(() => {
    const index = refocus.current
    if (index === null) return
    refocus.current = null
    const rows = list.current?.querySelectorAll<HTMLElement>('.likely-tie-row') ?? []
    const row = rows[Math.min(index, rows.length - 1)]
    row?.querySelector<HTMLElement>('.likely-tie-actions .btn')?.focus()
  })
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
      <ul className="likely-tie-list" ref={list}>
        {likely.map((tie, index) => {
          const other = tie.a === personId ? tie.b : tie.a
          const otherName = nameOf(other)
          const key = `${tie.a}|${tie.b}`
          const strongest = tie.evidence[0]?.kind
          const decide = async (accept: boolean) => {
            const pair = { a: tie.a, b: tie.b }
            const names = [self, otherName] as const
            if (!(await review.reviewPair(pair, names, accept, accept ? strongest : undefined)))
              return
            setHidden((h) => ({
              from: analysis,
              keys: [...(h.from === analysis ? h.keys : []), key],
            }))
            refocus.current = index
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
                  aria-disabled={review.busy === key}
                  onClick={() => review.busy !== key && void decide(true)}
                >
                  Confirm
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-ghost"
                  aria-label={`${self} and ${otherName} are not a tie`}
                  aria-disabled={review.busy === key}
                  onClick={() => review.busy !== key && void decide(false)}
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
