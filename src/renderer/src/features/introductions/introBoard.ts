import {
  INTRODUCTION_STATUSES,
  type Introduction,
  type IntroductionStatus,
} from '../../../../shared/domain'

export const STATUS_LABELS: Record<IntroductionStatus, string> = {
  idea: 'Idea',
  asked: 'Asked',
  accepted: 'Accepted',
  made: 'Made',
  met: 'Met',
  declined: 'Declined',
  closed: 'Closed',
}

/**
 * Where a card may move from each status. Mirrors the core's rule so the board offers only moves
 * the core accepts (the core checks again and its error is shown if they ever disagree).
 */
export const NEXT_STATUSES: Readonly<Record<IntroductionStatus, readonly IntroductionStatus[]>> = {
  idea: ['asked', 'made', 'declined', 'closed'],
  asked: ['accepted', 'declined', 'closed'],
  accepted: ['made', 'declined', 'closed'],
  made: ['met', 'closed'],
  met: ['closed'],
  declined: ['idea', 'closed'],
  closed: ['idea'],
}

/** Statuses whose arrival creates the tie between the two people. */
export function createsTie(status: IntroductionStatus): boolean {
  return status === 'made' || status === 'met'
}

/** Cards per column, in board order; within a column the most recently changed first. */
export function boardColumns(
  introductions: readonly Introduction[],
): { status: IntroductionStatus; cards: Introduction[] }[] {
  const live = introductions.filter((intro) => !intro.deletedAt)
  return INTRODUCTION_STATUSES.map((status) => ({
    status,
    cards: live
      .filter((intro) => intro.status === status)
      .sort((x, y) => (x.updatedAt < y.updatedAt ? 1 : x.updatedAt > y.updatedAt ? -1 : 0)),
  }))
}

/** A person's ledger: introductions they were part of, and ones they made for others. */
export function ledgerFor(
  personId: string,
  introductions: readonly Introduction[],
): { received: Introduction[]; given: Introduction[] } {
  const live = introductions.filter((intro) => !intro.deletedAt)
  return {
    received: live.filter((intro) => intro.a === personId || intro.b === personId),
    given: live.filter((intro) => intro.introducer === personId),
  }
}

/** The date a status was reached, from the history (the latest time it was). */
export function reachedAt(intro: Introduction, status: IntroductionStatus): string | undefined {
  let at: string | undefined
  for (const step of intro.history) if (step.status === status) at = step.at
  return at
}
