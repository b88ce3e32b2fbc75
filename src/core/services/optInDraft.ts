import type { Introduction, Person } from '../../shared/domain'
import { notFound } from './errors'

export interface OptInDrafts {
  /** To send to `a`, asking whether they would like to meet `b`. */
  toA: string
  toB: string
}

/**
 * Double opt-in message drafts: each side is asked privately before anyone's details are shared.
 * `people` must hold both sides and, when the introduction names one, the introducer (else the
 * owner signs).
 */
export function draftOptIn(intro: Introduction, people: readonly Person[]): OptInDrafts {
  const byId = new Map(people.map((person) => [person.id as string, person]))
  const a = byId.get(intro.a)
  const b = byId.get(intro.b)
  if (!a) throw notFound('person', intro.a)
  if (!b) throw notFound('person', intro.b)
  const signer = intro.introducer
    ? byId.get(intro.introducer)
    : people.find((person) => person.isMe)
  return {
    toA: message(a, b, intro.rationale, signer),
    toB: message(b, a, intro.rationale, signer),
  }
}

function message(to: Person, other: Person, rationale: string, signer: Person | undefined): string {
  const lines = [`Hi ${firstName(to.name)},`, '']
  const about = [other.title, other.organization].filter(Boolean).join(' at ')
  lines.push(
    `I'd like to introduce you to ${other.name}${about ? ` (${about})` : ''}.` +
      (rationale.trim() ? ` ${rationale.trim()}` : ''),
  )
  const fit = matches(to.seeks, other.offers)
  if (fit.length > 0)
    lines.push(
      `You mentioned looking for ${list(fit)}; that is something ${firstName(other.name)} can help with.`,
    )
  else if (other.offers.length > 0)
    lines.push(`${firstName(other.name)} can help with ${list(other.offers.slice(0, 3))}.`)
  const theirNeeds = matches(other.seeks, to.offers)
  if (theirNeeds.length > 0)
    lines.push(`And they are looking for ${list(theirNeeds)}, which you know well.`)
  lines.push(
    '',
    `Would you be open to an introduction? I'll only connect you if you both say yes, and no is a perfectly fine answer.`,
  )
  if (signer) lines.push('', signer.name)
  return lines.join('\n')
}

/** Phrases of `wanted` that share a word with something in `offered`. */
function matches(wanted: readonly string[], offered: readonly string[]): string[] {
  const words = (text: string): string[] =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2)
  const offeredWords = new Set(offered.flatMap(words))
  return wanted.filter((phrase) => words(phrase).some((word) => offeredWords.has(word))).slice(0, 3)
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`
}

function firstName(name: string): string {
  return name.trim().split(/\s+/u)[0] ?? name
}
