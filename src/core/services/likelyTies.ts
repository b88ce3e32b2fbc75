import { MAX_REVIEW_PAIRS, pairKey, tieSchema, type Tie, type TieId } from '../../shared/domain'
import type { RecordStore } from '../store/recordStore'
import { freshId, nowIso, type ServiceDeps } from './deps'
import { invalid } from './errors'
import { requirePerson } from './people'
import { canonicalPair, type TieInput } from './ties'

export interface LikelyTieReview {
  pairs: readonly { a: string; b: string }[]
  /** Yes, they know each other: confirmed ties. No: remembered, never inferred again. */
  accept: boolean
  type?: TieInput['type']
  strength?: number
}

export interface LikelyTieReviewResult {
  /** Ties confirmed (accept) or pairs remembered as rejected. */
  decided: number
  /** Pairs left alone because the person had already decided on them (a tie record exists). */
  alreadyDecided: number
}

/**
 * Confirms or rejects likely ties, one pair or a whole group, in one commit (so one Undo). A
 * confirmed likely tie becomes a tie with source `evidence`; a rejected one a trashed tie with
 * source `evidence`, which the analysis reads as "they do not know each other" and never infers
 * again (the same one-record-per-pair rule as rejected journal suggestions). Pairs that already
 * have a tie record, live or trashed, are the person's earlier decision and are not touched.
 */
export async function reviewLikelyTies(
  store: RecordStore,
  deps: ServiceDeps,
  review: LikelyTieReview,
): Promise<LikelyTieReviewResult> {
  if (review.pairs.length === 0) throw invalid('Nothing to review: no pair of people was given.')
  if (review.pairs.length > MAX_REVIEW_PAIRS)
    throw invalid(`At most ${MAX_REVIEW_PAIRS} pairs can be reviewed at once.`)
  const existing = new Map<string, Tie>()
  for (const tie of store.list('tie')) existing.set(pairKey(tie.a, tie.b), tie)
  const now = nowIso(deps)
  const put: Tie[] = []
  const seen = new Set<string>()
  let alreadyDecided = 0
  for (const pair of review.pairs) {
    const [a, b] = canonicalPair(pair.a, pair.b)
    const key = pairKey(a, b)
    if (seen.has(key)) continue
    seen.add(key)
    requirePerson(store, a)
    requirePerson(store, b)
    if (existing.has(key)) {
      alreadyDecided++
      continue
    }
    put.push(
      tieSchema.parse({
        kind: 'tie',
        id: freshId<TieId>(deps),
        a,
        b,
        source: 'evidence',
        type: review.type ?? 'acquaintance',
        strength: review.strength ?? 2,
        createdAt: now,
        updatedAt: now,
        ...(review.accept ? {} : { deletedAt: now }),
      }),
    )
  }
  if (put.length > 0) await store.commit({ put })
  return { decided: put.length, alreadyDecided }
}
