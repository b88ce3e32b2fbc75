import type { TieType } from './tieTypes'
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/ipc'
import type { Positions } from '../../workers/layoutTypes'

/** The API client's `call`, injected so the commands can be tested without a core. */
export type Caller = <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
) => Promise<MethodOutput<M>>

/** A map gesture as a named command (style.md, convention 9). */
export interface MapCommand<T = unknown> {
  name: string
  run: () => Promise<T>
  /** Reverts what `run` did; absent where the core's `undo.last` is the way back. */
  inverse?: () => Promise<void>
}

export function introduceCommand(
  call: Caller,
  input: { a: string; b: string; status: 'idea' | 'asked'; rationale: string },
): MapCommand<MethodOutput<'introductions.create'>> {
  return {
    name: 'map.introduce',
    run: () =>
      call('introductions.create', {
        a: input.a,
        b: input.b,
        status: input.status,
        rationale: input.rationale.trim() || undefined,
        logEntry: true,
      }),
  }
}

export function createTieCommand(
  call: Caller,
  input: { a: string; b: string; type: TieType; strength: number; note?: string },
): MapCommand<MethodOutput<'ties.create'>> {
  let created: string | null = null
  return {
    name: 'map.createTie',
    run: async () => {
      const tie = await call('ties.create', {
        a: input.a,
        b: input.b,
        type: input.type,
        strength: input.strength,
        note: input.note?.trim() || undefined,
      })
      created = tie.id
      return tie
    },
    inverse: async () => {
      if (created) await call('ties.remove', { id: created })
    },
  }
}

/** Saves positions of people moved by hand; the inverse puts them back where they were. */
export function moveCommand(call: Caller, moved: Positions, before: Positions): MapCommand<void> {
  return {
    name: 'map.move',
    run: async () => {
      await call('layout.save', { positions: moved })
    },
    inverse: async () => {
      const back: Positions = {}
      for (const id of Object.keys(moved)) if (before[id]) back[id] = before[id]
      if (Object.keys(back).length > 0) await call('layout.save', { positions: back })
    },
  }
}

export function dismissSuggestionCommand(
  call: Caller,
  pair: { a: string; b: string; rationale?: string },
): MapCommand<void> {
  return {
    name: 'map.dismissSuggestion',
    run: async () => {
      await call('suggestions.dismiss', pair)
    },
  }
}

export function snoozeSuggestionCommand(
  call: Caller,
  pair: { a: string; b: string },
  days: number,
): MapCommand<void> {
  return {
    name: 'map.snoozeSuggestion',
    run: async () => {
      await call('suggestions.snooze', { ...pair, days })
    },
  }
}

/** Renames a cluster; the inverse restores the old name (an empty name removes a user's name). */
export function renameClusterCommand(
  call: Caller,
  members: string[],
  name: string,
  previousName: string | null,
): MapCommand<void> {
  return {
    name: 'map.renameCluster',
    run: async () => {
      await call('clusters.rename', { members, name: name.trim() })
    },
    inverse: async () => {
      await call('clusters.rename', { members, name: previousName ?? '' })
    },
  }
}
