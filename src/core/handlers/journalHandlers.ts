import type { IntroductionId } from '../../shared/domain'
import type { recordMethods } from '../../shared/ipc'
import {
  addEntry,
  createIntroduction,
  deleteEntry,
  draftOptIn,
  followUps,
  listEntries,
  listIntroductions,
  logEntry,
  reachOutList,
  snoozePerson,
  snoozeUntilFor,
  transitionIntroduction,
  toggleEntryTask,
  updateEntry,
} from '../services'
import { KithError } from '../errors'
import { sessionOf } from '../session/kithSession'
import type { HandlerGroup } from './types'

type JournalMethod = Extract<
  keyof typeof recordMethods,
  | `journal.${string}`
  | `introductions.${string}`
  | `keepInTouch.${string}`
  | 'search.query'
  | 'undo.last'
>

export const journalHandlers: HandlerGroup<JournalMethod> = {
  'journal.list': (input, env) => {
    const session = sessionOf(env)
    const vault = session.require()
    let entries = listEntries(vault, {
      ...(input.personId ? { person: input.personId } : {}),
      ...(input.type ? { type: input.type } : {}),
    })
    if (input.query?.trim()) {
      const hits = new Set(
        session
          .searchIndex()
          .search(input.query, { kinds: ['entry'], limit: 10_000 })
          .map((hit) => hit.id),
      )
      entries = entries.filter((entry) => hits.has(entry.id))
    }
    return entries.slice(0, input.limit ?? 500)
  },

  'journal.log': (input, env) => {
    const session = sessionOf(env)
    const { introduction, ...rest } = input
    return logEntry(session.require(), session.deps, {
      ...rest,
      ...(introduction ? { introduction: introduction as IntroductionId } : {}),
    })
  },

  'journal.update': (input, env) => {
    const session = sessionOf(env)
    return updateEntry(session.require(), session.deps, input.id, input.patch)
  },

  'journal.toggleTask': (input, env) => {
    const session = sessionOf(env)
    return toggleEntryTask(session.require(), session.deps, input.id, input.offset, input.done)
  },

  'journal.delete': async (input, env) => {
    const session = sessionOf(env)
    const token = await deleteEntry(session.require(), session.deps, input.id)
    return { undoLabel: session.remember(token) }
  },

  'introductions.list': (_input, env) => listIntroductions(sessionOf(env).require()),

  'introductions.create': async (input, env) => {
    const session = sessionOf(env)
    const result = await createIntroduction(session.require(), session.deps, {
      a: input.a,
      b: input.b,
      status: input.status,
      ...(input.rationale !== undefined ? { rationale: input.rationale } : {}),
      ...(input.channel !== undefined ? { channel: input.channel } : {}),
    })
    const intro = result.introduction
    if (!input.logEntry) return { introduction: intro, entry: null }
    const vault = session.require()
    const name = (id: string) => vault.get('person', id)?.name ?? 'someone'
    const entry = await addEntry(vault, session.deps, {
      type: 'note',
      title: `${intro.status === 'asked' ? 'Asked about introducing' : 'Idea: introduce'} ${name(intro.a)} and ${name(intro.b)}`,
      body: intro.rationale,
      participants: [intro.a, intro.b],
      introduction: intro.id,
    })
    return { introduction: intro, entry }
  },

  'introductions.transition': async (input, env) => {
    const session = sessionOf(env)
    const result = await transitionIntroduction(
      session.require(),
      session.deps,
      input.id,
      input.to,
      {
        ...(input.note !== undefined ? { note: input.note } : {}),
      },
    )
    return { introduction: result.introduction, tie: result.tie ?? null }
  },

  'introductions.drafts': (input, env) => {
    const vault = sessionOf(env).require()
    const intro = vault.get('introduction', input.id)
    if (!intro || intro.deletedAt) throw new KithError('NotFound', 'No such introduction.')
    const drafts = draftOptIn(intro, vault.list('person'))
    return { forA: drafts.toA, forB: drafts.toB }
  },

  'keepInTouch.list': (input, env) => {
    const session = sessionOf(env)
    const vault = session.require()
    const reachOut = reachOutList(vault, session.deps, { timeZone: input.timeZone })
    const due = followUps(vault, session.deps, { timeZone: input.timeZone })
    return {
      reachOut: reachOut.map((item) => ({
        personId: item.person.id,
        name: item.person.name,
        daysOverdue: item.daysOverdue,
        strength: item.strength,
      })),
      followUpsToday: [...due.overdue, ...due.today],
      followUpsThisWeek: due.thisWeek,
    }
  },

  'keepInTouch.snooze': async (input, env) => {
    const session = sessionOf(env)
    const until = snoozeUntilFor(session.deps, input.days, { timeZone: input.timeZone })
    await snoozePerson(session.require(), session.deps, input.personId, until)
    return {}
  },

  'search.query': (input, env) => {
    const session = sessionOf(env)
    const vault = session.require()
    return session
      .searchIndex()
      .search(input.q, { limit: input.limit ?? 20 })
      .map((hit) => {
        let subtitle: string
        let at: string | undefined
        if (hit.kind === 'person') {
          const person = vault.get('person', hit.id)
          subtitle = [person?.title, person?.organization].filter(Boolean).join(', ')
        } else if (hit.kind === 'entry') {
          const entry = vault.get('entry', hit.id)
          subtitle = entry?.type ?? ''
          at = entry?.at
        } else {
          subtitle = `introduction, ${vault.get('introduction', hit.id)?.status ?? ''}`
        }
        return {
          kind: hit.kind,
          id: hit.id,
          title: hit.label,
          subtitle,
          ...(at ? { at } : {}),
          score: hit.score,
        }
      })
  },

  'undo.last': async (_input, env) => {
    const session = sessionOf(env)
    const token = await session.undo.undo(session.require())
    return { undone: token?.label ?? null }
  },
}
