import { create } from 'zustand'
import type { ImportInference } from './likelyText'

/** UI state of the likely-ties review (never vault data): which dialog is open, what was seen. */
export interface LikelyUiState {
  reviewOpen: boolean
  /** Import batches whose "Kith inferred …" line the person closed. */
  dismissedBatches: readonly string[]
  /** Import batches the map has already fitted into view once. */
  fittedBatches: readonly string[]
  /** What was inferred right after each import, kept as it was while the person reviews it. */
  inferences: Readonly<Record<string, ImportInference>>
}

export const useLikelyUi = create<LikelyUiState>(() => ({
  reviewOpen: false,
  dismissedBatches: [],
  fittedBatches: [],
  inferences: {},
}))

export const openReview = (): void => useLikelyUi.setState({ reviewOpen: true })
export const closeReview = (): void => useLikelyUi.setState({ reviewOpen: false })

export function dismissBatch(id: string): void {
  useLikelyUi.setState((s) => ({ dismissedBatches: [...s.dismissedBatches, id] }))
}

export function markFitted(id: string): void {
  useLikelyUi.setState((s) => ({ fittedBatches: [...s.fittedBatches, id] }))
}

export function rememberInference(batchId: string, inference: ImportInference): void {
  useLikelyUi.setState((s) =>
    s.inferences[batchId] ? s : { inferences: { ...s.inferences, [batchId]: inference } },
  )
}

/** Nothing of the last session stays after a lock. */
export function resetLikelyUi(): void {
  useLikelyUi.setState({
    reviewOpen: false,
    dismissedBatches: [],
    fittedBatches: [],
    inferences: {},
  })
}
