import {
  INTRODUCTION_STATUSES,
  pairKey,
  type Entry,
  type EntryId,
  type Introduction,
  type IntroductionId,
  type IntroductionStatus,
  type PersonId,
  type Tie,
} from '../../shared/domain'
import { DAY_MS, daytime, isoDateTime, type DemoContext, type PersonDraft } from './model'
import type { TieIndex } from './ties'
import { tieRecord } from './ties'

const PATHS: Record<IntroductionStatus, IntroductionStatus[]> = {
  idea: ['idea'],
  asked: ['idea', 'asked'],
  accepted: ['idea', 'asked', 'accepted'],
  made: ['idea', 'asked', 'accepted', 'made'],
  met: ['idea', 'asked', 'accepted', 'made', 'met'],
  declined: ['idea', 'asked', 'declined'],
  closed: ['idea', 'asked', 'accepted', 'closed'],
}
const STATUS_WEIGHTS = [0.25, 0.15, 0.1, 0.15, 0.15, 0.1, 0.1]
const CHANNELS = ['email', 'Signal', 'LinkedIn', 'in person', 'WhatsApp']

function note(status: IntroductionStatus, a: PersonDraft, b: PersonDraft): string {
  switch (status) {
    case 'idea':
      return `${a.name.first} and ${b.name.first} should meet.`
    case 'asked':
      return `Asked ${b.name.first} whether an intro to ${a.name.first} is welcome.`
    case 'accepted':
      return 'Both said yes.'
    case 'made':
      return 'Sent the double opt-in email.'
    case 'met':
      return `They met for coffee; ${a.name.first} sounded happy.`
    case 'declined':
      return `${b.name.first} has no capacity right now.`
    case 'closed':
      return 'Went quiet on both sides; closing it.'
  }
}

export interface IntroductionsResult {
  introductions: Introduction[]
  ties: Tie[]
  entries: Entry[]
}

/**
 * Introductions in every status, mostly between a seeker and an offerer of the same topic in
 * different circles (the ones Kith would suggest), each with its history; `made` and `met` ones
 * created the tie between the two and a journal entry.
 */
export function buildIntroductions(ctx: DemoContext, index: TieIndex): IntroductionsResult {
  const { rng, people } = ctx
  const count = Math.max(INTRODUCTION_STATUSES.length * 2, Math.round(people.length * 0.04))
  const seekers = new Map<string, PersonDraft[]>()
  const offerers = new Map<string, PersonDraft[]>()
  const push = (map: Map<string, PersonDraft[]>, key: string, p: PersonDraft): void => {
    const list = map.get(key)
    if (list) list.push(p)
    else map.set(key, [p])
  }
  for (const p of people) {
    for (const s of p.seeks) if (s.topic) push(seekers, s.topic.key, p)
    for (const o of p.offers) if (o.topic) push(offerers, o.topic.key, p)
  }
  const topics = [...seekers.keys()].filter((k) => offerers.has(k))
  const used = new Set<string>()
  const n = people.length
  const free = (a: PersonDraft, b: PersonDraft): boolean =>
    a !== b &&
    a.circle !== b.circle &&
    !index.has(a.index, b.index) &&
    !used.has(pairKey(a.id, b.id))

  const result: IntroductionsResult = { introductions: [], ties: [], entries: [] }
  for (let k = 0; k < count; k++) {
    let pair: [PersonDraft, PersonDraft] | undefined
    for (let attempt = 0; attempt < 20 && !pair; attempt++) {
      const topic = topics.length > 0 && attempt < 15 ? rng.pick(topics) : undefined
      const a = topic ? rng.pick(seekers.get(topic)!) : people[rng.int(0, n - 1)]!
      const b = topic ? rng.pick(offerers.get(topic)!) : people[rng.int(0, n - 1)]!
      if (free(a, b)) pair = [a, b]
    }
    if (!pair) continue
    const [a, b] = pair
    used.add(pairKey(a.id, b.id))
    const status =
      k < INTRODUCTION_STATUSES.length
        ? INTRODUCTION_STATUSES[k]!
        : INTRODUCTION_STATUSES[rng.weighted(STATUS_WEIGHTS)]!
    addIntroduction(ctx, index, result, a, b, status)
  }
  return result
}

function addIntroduction(
  ctx: DemoContext,
  index: TieIndex,
  result: IntroductionsResult,
  a: PersonDraft,
  b: PersonDraft,
  status: IntroductionStatus,
): void {
  const { rng, nowMs } = ctx
  const path = PATHS[status]
  let atMs = nowMs - rng.int(path.length * 12 + 5, 330) * DAY_MS
  const history: Introduction['history'] = []
  for (const step of path) {
    atMs = Math.min(nowMs - DAY_MS, daytime(rng, atMs))
    history.push({ status: step, at: isoDateTime(atMs), note: note(step, a, b) })
    atMs += rng.int(2, 12) * DAY_MS
  }
  const id = ctx.newId<IntroductionId>()
  const seek = a.seeks.find((s) => b.offers.some((o) => o.topic && o.topic === s.topic))
  const offer = seek ? b.offers.find((o) => o.topic === seek.topic) : undefined
  const rationale =
    seek && offer
      ? `${a.name.first}: "${seek.text}". ${b.name.first}: "${offer.text}".`
      : `${a.name.first} and ${b.name.first} would get along; different worlds, similar interests.`
  const createdAt = history[0]!.at
  const updatedAt = history[history.length - 1]!.at
  const intro: Introduction = {
    kind: 'introduction',
    id,
    a: a.id,
    b: b.id,
    status,
    rationale,
    history,
    outcome:
      status === 'met'
        ? rng.pick([
            'Follow-up meeting planned.',
            'Working on a pilot together.',
            'Became friends.',
          ])
        : '',
    createdAt,
    updatedAt,
  }
  if (status !== 'idea') intro.channel = rng.pick(CHANNELS)
  const made = history.find((h) => h.status === 'made')
  if (made) {
    const madeMs = Date.parse(made.at)
    const tie = tieRecord(ctx, a.id, b.id, {
      type: 'acquaintance',
      strength: status === 'met' ? 2 : 1,
      source: 'introduction',
      sinceMs: madeMs,
      introduction: id,
    })
    index.add(a.index, b.index)
    intro.tie = tie.id
    result.ties.push(tie)
    result.entries.push({
      kind: 'entry',
      id: ctx.newId<EntryId>(),
      at: made.at,
      type: 'message',
      title: `Introduced ${a.name.first} and ${b.name.first}`,
      body: `Introduced **${a.name.first} ${a.name.last}** to **${b.name.first} ${b.name.last}**.\n\n${rationale}`,
      participants: [a.id, b.id] as PersonId[],
      followUpDone: false,
      introduction: id,
      createdAt: made.at,
      updatedAt: made.at,
    })
  }
  result.introductions.push(intro)
}
