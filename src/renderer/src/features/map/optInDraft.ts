import type { Person } from '../../../../shared/domain'

export interface OptInDrafts {
  forA: string
  forB: string
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name

function about(p: Person): string {
  const role = [p.title, p.organization].filter(Boolean).join(' at ')
  return role ? ` (${role})` : ''
}

/**
 * Double opt-in drafts: each side is asked privately, and nobody's details are passed on before
 * both said yes. Written before the introduction exists, so it cannot use `introductions.drafts`.
 */
export function optInDrafts(
  a: Person,
  b: Person,
  rationale: string,
  owner: Person | null,
): OptInDrafts {
  return { forA: message(a, b, rationale, owner), forB: message(b, a, rationale, owner) }
}

function message(to: Person, other: Person, rationale: string, owner: Person | null): string {
  const why = rationale.trim()
  const fit = to.seeks.filter((s) =>
    other.offers.some(
      (o) => o.toLowerCase().includes(s.toLowerCase()) || s.toLowerCase().includes(o.toLowerCase()),
    ),
  )
  const lines = [
    `Hi ${firstName(to.name)},`,
    '',
    `I think you would enjoy meeting ${other.name}${about(other)}.${why ? ` ${why.endsWith('.') ? why : `${why}.`}` : ''}`,
  ]
  if (fit.length > 0)
    lines.push(
      `You mentioned looking for ${fit.join(' and ')}; ${firstName(other.name)} can help with that.`,
    )
  lines.push(
    '',
    `Would you like me to introduce you? I'll only share your details if you both say yes.`,
    '',
    owner ? firstName(owner.name) : '',
  )
  return lines.join('\n').trimEnd()
}
