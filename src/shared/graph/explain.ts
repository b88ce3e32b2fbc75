import type { Complementarity } from './complementarity'
import type { Reason, ReasonCode } from './types'

export interface ExplainFacts {
  nameA: string
  nameB: string
  complementarity: Complementarity | null
  sharedTags: string[]
  /** Best overlapping interest phrases when no tag is shared verbatim. */
  interestPair: { a: string; b: string } | null
  commonNames: string[]
  commonCount: number
  /** Middle people of the strongest three-step path, named when there is no shared contact. */
  pathNames: [string, string] | null
  clusterLabels: [string, string]
  trustA: number
  trustB: number
}

/** Offers written as what the person does ("invests at seed") read on without "offers". */
const VERB_FIRST =
  /^(can|could|will|would|does|do|is|has|knows|helps|invests|mentors|writes|builds|runs|teaches|coaches|advises|provides|gives|makes|designs|hires|introduces|organi[sz]es|leads|manages|funds|fixes|translates)\b/i

function offerClause(offerer: string, offer: string): string {
  const phrase = lowerFirst(offer.trim())
  if (/^(happy|glad|keen) to\b/i.test(phrase)) return `${offerer} is ${phrase}`
  if (VERB_FIRST.test(phrase)) return `${offerer} ${phrase}`
  return `${offerer} offers ${phrase}`
}

/** Seeks may already say "looking for" or "needs": do not say it twice. */
function seekClause(seeker: string, seek: string): string {
  const phrase = lowerFirst(seek.trim()).replace(
    /^(looking for|seeking|searching for|in search of)\s+/i,
    '',
  )
  if (/^(needs?|wants?)\s+/i.test(phrase))
    return `${seeker} ${phrase.replace(/^need\b/i, 'needs').replace(/^want\b/i, 'wants')}`
  return `${seeker} is looking for ${phrase}`
}

/** One clause per reason, written the way a person would explain the introduction. */
export function reasonText(code: ReasonCode, f: ExplainFacts): string {
  switch (code) {
    case 'complementarity': {
      const c = f.complementarity!
      const [seeker, offerer] = c.seeker === 'a' ? [f.nameA, f.nameB] : [f.nameB, f.nameA]
      return `${seekClause(seeker, c.match.seek)} and ${offerClause(offerer, c.match.offer)}`
    }
    case 'sharedInterests': {
      // Colleagues are never suggested (they know each other): interests are the tags alone.
      if (f.sharedTags.length > 0) return `both are into ${list(f.sharedTags)}`
      if (f.interestPair)
        return `${f.nameA} is into ${f.interestPair.a} and ${f.nameB} into ${f.interestPair.b}`
      return 'they have interests in common'
    }
    case 'structure': {
      if (f.commonCount === 0) {
        return f.pathNames
          ? `they are three steps apart through ${f.pathNames[0]} and ${f.pathNames[1]}`
          : 'they are a few steps apart through people they know'
      }
      const who = f.commonNames.length > 0 ? ` (${list(f.commonNames, f.commonCount)})` : ''
      return `they share ${f.commonCount} contact${f.commonCount === 1 ? '' : 's'}${who}`
    }
    case 'bridge':
      return f.clusterLabels[0] === f.clusterLabels[1]
        ? 'neither is connected to the rest of your network yet'
        : `it would link ${f.clusterLabels[0]} and ${f.clusterLabels[1]}, which barely know each other`
    case 'trust':
      return Math.min(f.trustA, f.trustB) >= 0.6
        ? 'you know both of them well'
        : 'you know both of them'
  }
}

export function sentence(reasons: readonly Reason[]): string {
  const text = reasons.map((r) => r.text).join('; ')
  return text.length > 0 ? `${text[0]!.toUpperCase()}${text.slice(1)}` : ''
}

function lowerFirst(text: string): string {
  // Keep acronyms and names ("VC", "Series A") as written.
  if (text.length > 1 && text[1] === text[1]!.toUpperCase() && /\p{L}/u.test(text[1])) return text
  return text.length > 0 ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text
}

function list(items: readonly string[], total = items.length): string {
  const more = total - items.length
  const all = more > 0 ? [...items, `${more} more`] : [...items]
  if (all.length <= 1) return all.join('')
  return `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]!}`
}
