import type { recordMethods } from '../../shared/ipc'
import {
  addTie,
  confirmSuggestedTie,
  createPerson,
  listEntries,
  listPeople,
  listTies,
  mergePeople,
  rejectSuggestedTie,
  reviewLikelyTies,
  removeTie,
  requirePerson,
  restorePerson,
  suggestedTies,
  trashPerson,
  updatePerson,
  updateTie,
} from '../services'
import { sessionOf } from '../session/kithSession'
import type { HandlerGroup } from './types'

type PeopleMethod = Extract<keyof typeof recordMethods, `people.${string}` | `ties.${string}`>

export const peopleHandlers: HandlerGroup<PeopleMethod> = {
  'people.list': (input, env) =>
    listPeople(sessionOf(env).require(), { trash: input.trash ?? 'exclude' }),

  'people.get': (input, env) => {
    const vault = sessionOf(env).require()
    const person = requirePerson(vault, input.id, true)
    return {
      person,
      ties: listTies(vault, person.id),
      entries: listEntries(vault, { person: person.id }),
      introductions: vault
        .list('introduction')
        .filter(
          (intro) =>
            !intro.deletedAt &&
            (intro.a === person.id || intro.b === person.id || intro.introducer === person.id),
        ),
    }
  },

  'people.create': (input, env) => {
    const session = sessionOf(env)
    return createPerson(session.require(), session.deps, input)
  },

  'people.update': (input, env) => {
    const session = sessionOf(env)
    return updatePerson(session.require(), session.deps, input.id, input.patch)
  },

  'people.trash': async (input, env) => {
    const session = sessionOf(env)
    const token = await trashPerson(session.require(), session.deps, input.id)
    return { undoLabel: session.remember(token) }
  },

  'people.restore': (input, env) => {
    const session = sessionOf(env)
    return restorePerson(session.require(), session.deps, input.id)
  },

  'people.merge': async (input, env) => {
    const session = sessionOf(env)
    const result = await mergePeople(session.require(), session.deps, input.keepId, input.mergeId)
    return { person: result.person, undoLabel: session.remember(result.undo) }
  },

  'ties.create': (input, env) => {
    const session = sessionOf(env)
    const { a, b, ...fields } = input
    return addTie(session.require(), session.deps, a, b, { ...fields, source: 'manual' })
  },

  'ties.update': (input, env) => {
    const session = sessionOf(env)
    return updateTie(session.require(), session.deps, input.id, input.patch)
  },

  'ties.remove': async (input, env) => {
    const session = sessionOf(env)
    const token = await removeTie(session.require(), session.deps, input.id)
    return { undoLabel: session.remember(token) }
  },

  'ties.suggested': (_input, env) =>
    suggestedTies(sessionOf(env).require()).map((s) => ({
      a: s.a,
      b: s.b,
      count: s.count,
      lastAt: s.lastAt,
    })),

  'ties.reviewSuggested': async (input, env) => {
    const session = sessionOf(env)
    if (input.accept) await confirmSuggestedTie(session.require(), session.deps, input.a, input.b)
    else await rejectSuggestedTie(session.require(), session.deps, input.a, input.b)
    return {}
  },

  'ties.reviewLikely': async (input, env) => {
    const session = sessionOf(env)
    return reviewLikelyTies(session.require(), session.deps, input)
  },
}
