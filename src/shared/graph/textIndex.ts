import { isInterestTag, type Person } from '../domain'
import type { PeopleGraph } from './buildGraph'
import { tokens } from './text'

/** One phrase of a person (a seek, an offer, a tag) with its stemmed tokens. */
export interface Phrase {
  text: string
  tokens: string[]
}

export interface PersonText {
  seeks: Phrase[]
  offers: Phrase[]
  /** Tags other than school and home town: what "shared interests" compare. */
  interests: Phrase[]
  interestTokens: string[]
  seekTokens: string[]
  offerTokens: string[]
}

/**
 * Tokens of everyone's seeks/offers/tags/organization, the inverse document frequencies, and
 * inverted indexes token -> people used to generate candidates without enumerating all pairs.
 */
export interface TextIndex {
  people: PersonText[]
  idf: Map<string, number>
  offersByToken: Map<string, number[]>
  seeksByToken: Map<string, number[]>
  interestsByToken: Map<string, number[]>
  /** Interest tokens as sorted ids with idf weights and norms: the per-pair cosine is a merge. */
  interestIds: Int32Array[]
  interestNorm: Float64Array
  idfById: Float64Array
}

export function buildTextIndex(graph: PeopleGraph): TextIndex {
  const df = new Map<string, number>()
  const offersByToken = new Map<string, number[]>()
  const seeksByToken = new Map<string, number[]>()
  const interestsByToken = new Map<string, number[]>()
  const people = graph.people.map((person, i) => {
    const text = personText(person)
    if (i === graph.owner) return text
    const all = new Set([...text.seekTokens, ...text.offerTokens, ...text.interestTokens])
    for (const t of all) df.set(t, (df.get(t) ?? 0) + 1)
    post(offersByToken, text.offerTokens, i)
    post(seeksByToken, text.seekTokens, i)
    post(interestsByToken, text.interestTokens, i)
    return text
  })
  const n = Math.max(1, graph.ids.length)
  const idf = new Map<string, number>()
  const tokenId = new Map<string, number>()
  const idfById: number[] = []
  for (const [t, count] of df) {
    idf.set(t, Math.log(1 + n / count))
    tokenId.set(t, idfById.length)
    idfById.push(idf.get(t)!)
  }
  const interestIds = people.map((p) =>
    Int32Array.from(
      p.interestTokens.map((t) => tokenId.get(t) ?? -1).filter((id) => id >= 0),
    ).sort(),
  )
  const interestNorm = Float64Array.from(interestIds, (ids) =>
    Math.sqrt(ids.reduce((sum, id) => sum + idfById[id]! * idfById[id]!, 0)),
  )
  return {
    people,
    idf,
    offersByToken,
    seeksByToken,
    interestsByToken,
    interestIds,
    interestNorm,
    idfById: Float64Array.from(idfById),
  }
}

function personText(person: Person): PersonText {
  const phrase = (text: string): Phrase => ({ text, tokens: tokens(text) })
  const seeks = person.seeks.map(phrase)
  const offers = person.offers.map(phrase)
  // Interests are what a person is into: an employer, a school or a home town says whom they
  // probably know already (evidence, see likelyTies), not what two strangers would talk about.
  const interests = person.tags.filter(isInterestTag).map(phrase)
  const flat = (list: Phrase[]) => [...new Set(list.flatMap((p) => p.tokens))]
  return {
    seeks,
    offers,
    interests,
    seekTokens: flat(seeks),
    offerTokens: flat(offers),
    interestTokens: flat(interests),
  }
}

function post(index: Map<string, number[]>, list: readonly string[], i: number): void {
  for (const t of list) {
    const posting = index.get(t)
    if (posting) posting.push(i)
    else index.set(t, [i])
  }
}
