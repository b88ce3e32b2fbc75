import { useCallback, useState } from 'react'
import type { EvidenceGroup } from '../../../../shared/graph'
import { call } from '../../api/client'
import { showToast } from '../../components/toast'
import { groupDecisionText, tieTypeFor, type Pair } from './likelyText'

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Confirms or rejects likely ties through `ties.reviewLikely` (one commit, one Undo), then says
 * what happened in a toast that offers Undo. `busy` is the key of the decision in flight.
 */
export function useLikelyReview() {
  const [busy, setBusy] = useState<string | null>(null)

  const run = useCallback(async (key: string, action: () => Promise<string>): Promise<boolean> => {
    setBusy(key)
    try {
      const message = await action()
      showToast({ message, undo: true, tone: 'success' })
      return true
    } catch (error) {
      showToast({ message: `Nothing changed: ${errorText(error)}`, tone: 'error' })
      return false
    } finally {
      setBusy(null)
    }
  }, [])

  /** Yes (accept) or No for every undecided pair of a group. */
  const reviewGroup = useCallback(
    (group: EvidenceGroup, pairs: readonly Pair[], accept: boolean) =>
      run(group.key, async () => {
        const { decided } = await call('ties.reviewLikely', {
          pairs: [...pairs],
          accept,
          ...(accept ? { type: tieTypeFor(group.kind) } : {}),
        })
        return groupDecisionText(group, accept, decided)
      }),
    [run],
  )

  /** Confirm or reject one likely tie, typed after its strongest evidence. */
  const reviewPair = useCallback(
    (pair: Pair, names: readonly [string, string], accept: boolean, kind?: EvidenceGroup['kind']) =>
      run(`${pair.a}|${pair.b}`, async () => {
        await call('ties.reviewLikely', {
          pairs: [pair],
          accept,
          ...(accept && kind ? { type: tieTypeFor(kind) } : {}),
        })
        return accept
          ? `Tied ${names[0]} and ${names[1]}.`
          : `Kith will not suggest a tie between ${names[0]} and ${names[1]} again.`
      }),
    [run],
  )

  return { busy, reviewGroup, reviewPair }
}
