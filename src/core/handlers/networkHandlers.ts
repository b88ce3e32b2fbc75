import {
  clusterNameSchema,
  layoutSchema,
  newId,
  pairKey,
  settingsSchema,
  type ClusterName,
  type Settings,
} from '../../shared/domain'
import type { recordMethods } from '../../shared/ipc'
import { createIntroduction, getOwner } from '../services'
import { sessionOf } from '../session/kithSession'
import type { HandlerGroup } from './types'

type NetworkMethod = Extract<
  keyof typeof recordMethods,
  | 'network.snapshot'
  | 'suggestions.dismiss'
  | 'suggestions.snooze'
  | 'clusters.rename'
  | 'layout.save'
  | 'settings.update'
>

/** Two member lists name the same cluster when they overlap by at least half (Jaccard). */
const SAME_CLUSTER_OVERLAP = 0.5

function jaccard(a: readonly string[], b: ReadonlySet<string>): number {
  let shared = 0
  for (const id of a) if (b.has(id)) shared++
  const union = a.length + b.size - shared
  return union === 0 ? 0 : shared / union
}

function currentSettings(settings: Settings | undefined, now: string): Settings {
  return (
    settings ??
    settingsSchema.parse({ kind: 'settings', id: 'settings', createdAt: now, updatedAt: now })
  )
}

export const networkHandlers: HandlerGroup<NetworkMethod> = {
  'network.snapshot': (_input, env) => {
    const vault = sessionOf(env).require()
    return {
      ownerId: getOwner(vault)?.id ?? null,
      people: vault.list('person'),
      ties: vault.list('tie'),
      introductions: vault.list('introduction'),
      clusterNames: vault.list('clusterName'),
      layout: vault.get('layout', 'layout') ?? null,
      settings: vault.get('settings', 'settings') ?? null,
      interactions: vault
        .list('entry')
        .filter((entry) => !entry.deletedAt)
        .map((entry) => ({ id: entry.id, at: entry.at, participants: entry.participants })),
    }
  },

  'suggestions.dismiss': async (input, env) => {
    const session = sessionOf(env)
    // A declined introduction is the record that keeps the pair out of every later suggestion.
    await createIntroduction(session.require(), session.deps, {
      a: input.a,
      b: input.b,
      status: 'declined',
      rationale: input.rationale ?? 'Dismissed from the suggestions: never suggest again.',
    })
    return {}
  },

  'suggestions.snooze': async (input, env) => {
    const session = sessionOf(env)
    const vault = session.require()
    const now = env.clock()
    const settings = currentSettings(vault.get('settings', 'settings'), now.toISOString())
    const until = new Date(now.getTime() + input.days * 86_400_000).toISOString()
    await vault.commit({
      put: [
        {
          ...settings,
          snoozedPairs: { ...settings.snoozedPairs, [pairKey(input.a, input.b)]: until },
          updatedAt: now.toISOString(),
        },
      ],
    })
    return {}
  },

  'clusters.rename': async (input, env) => {
    const vault = sessionOf(env).require()
    const now = env.clock().toISOString()
    const members = new Set<string>(input.members)
    let best: ClusterName | undefined
    let bestOverlap = 0
    for (const named of vault.list('clusterName')) {
      const overlap = jaccard(named.members, members)
      if (overlap > bestOverlap) {
        best = named
        bestOverlap = overlap
      }
    }
    const match = bestOverlap >= SAME_CLUSTER_OVERLAP ? best : undefined
    if (input.name === '') {
      if (match) await vault.commit({ remove: [match.id] })
      return {}
    }
    const record = clusterNameSchema.parse({
      kind: 'clusterName',
      id: match?.id ?? newId(),
      name: input.name,
      members: input.members,
      createdAt: match?.createdAt ?? now,
      updatedAt: now,
    })
    await vault.commit({ put: [record] })
    return {}
  },

  'layout.save': async (input, env) => {
    const vault = sessionOf(env).require()
    const now = env.clock().toISOString()
    const existing = vault.get('layout', 'layout')
    const positions = { ...(existing?.positions ?? {}) }
    for (const [id, position] of Object.entries(input.positions)) positions[id] = position
    // Positions of people who no longer exist are dropped rather than kept forever.
    for (const id of Object.keys(positions)) if (!vault.get('person', id)) delete positions[id]
    const layout = layoutSchema.parse({
      kind: 'layout',
      id: 'layout',
      positions,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    })
    await vault.commit({ put: [layout] })
    return {}
  },

  'settings.update': async (input, env) => {
    const vault = sessionOf(env).require()
    const now = env.clock().toISOString()
    const settings = settingsSchema.parse({
      ...currentSettings(vault.get('settings', 'settings'), now),
      ...input.patch,
      updatedAt: now,
    })
    await vault.commit({ put: [settings] })
    return settings
  },
}
