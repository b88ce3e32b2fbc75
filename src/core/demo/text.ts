import type { CircleKey } from './circles'
import { fullName, type PersonDraft } from './model'
import type { Rng } from './random'

const OPENINGS = [
  (p: PersonDraft) => `Caught up with **${fullName(p.name)}**.`,
  (p: PersonDraft) => `Good conversation with **${fullName(p.name)}**.`,
  (p: PersonDraft) => `Quick one with ${p.name.first}.`,
  (p: PersonDraft) => `${p.name.first} was in great form today.`,
]

const SMALL_TALK: Partial<Record<CircleKey, readonly string[]>> & { any: readonly string[] } = {
  any: [
    'Swapped book recommendations.',
    'Planning a trip to Portugal in the spring.',
    'Busy quarter; sounds tired but happy.',
    'Talked about moving flats.',
    'Compared notes on remote work.',
  ],
  work: [
    'Went through the roadmap for next quarter.',
    'Discussed the hiring plan.',
    'Talked through the incident review.',
  ],
  former: ['Reminisced about the Helix days.', 'Heard the news about the Helix acquisition.'],
  climbing: [
    'Finally sent the blue overhang.',
    'Talked about a trip to Fontainebleau.',
    'Finger injury is healing.',
  ],
  family: [
    'Planning the summer at the lake.',
    'Birthday plans for grandma.',
    'Talked about the garden.',
  ],
  investors: [
    'Discussed the climate fund thesis.',
    'Heard which sectors they are looking at this year.',
  ],
  founders: [
    'Went through their metrics.',
    'Talked about the next fundraise.',
    'Discussed pricing.',
  ],
  conference: ['Compared notes on the last conference.', 'Talked about submitting a talk.'],
  opensource: ['Went through the release plan.', 'Discussed the governance proposal.'],
  neighbours: ['Talked about the street garden.', 'Borrowed the ladder again.'],
  choir: ['Practised the Brahms piece.', 'Talked about the Christmas concert.'],
  school: ['Talked about the class trip.', 'Organising the summer fair.'],
  university: ['Remembered the flat in Kreuzberg.', 'Talked about the reunion.'],
}

const FOLLOW_UPS = [
  (p: PersonDraft) => `- [ ] send ${p.name.first} the article we discussed`,
  (p: PersonDraft) => `- [ ] ask ${p.name.first} about the next steps`,
  (p: PersonDraft) => `- [ ] introduce ${p.name.first} to someone who can help`,
]

/** A short markdown body that mentions the people by name, like a real journal note. */
export function entryBody(
  rng: Rng,
  circle: CircleKey,
  person: PersonDraft,
  others: readonly PersonDraft[],
  followUp: boolean,
): string {
  const lines = [rng.pick(OPENINGS)(person)]
  if (others.length > 0) lines.push(`With ${others.map((o) => fullName(o.name)).join(', ')}.`)
  lines.push(rng.pick(rng.chance(0.5) ? (SMALL_TALK[circle] ?? SMALL_TALK.any) : SMALL_TALK.any))
  const seek = person.seeks[0]
  const offer = person.offers[0]
  if (seek && rng.chance(0.5)) lines.push('', `Still looking for help: *${seek.text}*.`)
  else if (offer && rng.chance(0.4)) lines.push('', `Offered: *${offer.text}*.`)
  if (followUp) lines.push('', rng.pick(FOLLOW_UPS)(person))
  return lines.join('\n')
}
