import type { Phrase, TextIndex } from './textIndex'

export interface PhraseMatch {
  /** Cosine of the TF-IDF vectors of the two phrases, in [0, 1]. */
  score: number
  seek: string
  offer: string
}

/** The best-matching (seek of `seeker`, offer of `offerer`) phrase pair. */
export function bestSeekOfferMatch(
  index: TextIndex,
  seeker: number,
  offerer: number,
): PhraseMatch | null {
  return bestPhrasePair(index, index.people[seeker]!.seeks, index.people[offerer]!.offers)
}

export function bestPhrasePair(
  index: TextIndex,
  left: readonly Phrase[],
  right: readonly Phrase[],
): PhraseMatch | null {
  let best: PhraseMatch | null = null
  for (const l of left) {
    for (const r of right) {
      const score = cosine(index.idf, l.tokens, r.tokens)
      if (score > 0 && (!best || score > best.score)) best = { score, seek: l.text, offer: r.text }
    }
  }
  return best
}

/** Cosine similarity of two token sets weighted by idf (binary term frequency). */
export function cosine(
  idf: Map<string, number>,
  x: readonly string[],
  y: readonly string[],
): number {
  if (x.length === 0 || y.length === 0) return 0
  let dot = 0
  let nx = 0
  let ny = 0
  const ys = new Set(y)
  for (const t of x) {
    const w = idf.get(t) ?? 1
    nx += w * w
    if (ys.has(t)) dot += w * w
  }
  for (const t of y) {
    const w = idf.get(t) ?? 1
    ny += w * w
  }
  return dot / Math.sqrt(nx * ny)
}

export interface Complementarity {
  score: number
  /** The direction that matched best: `seeker` looks for what `offerer` offers. */
  seeker: 'a' | 'b'
  match: PhraseMatch
}

/** Either side seeks what the other offers; the better direction counts fully, the other a quarter. */
export function complementarity(index: TextIndex, a: number, b: number): Complementarity | null {
  const pa = index.people[a]!
  const pb = index.people[b]!
  if (
    (pa.seeks.length === 0 || pb.offers.length === 0) &&
    (pb.seeks.length === 0 || pa.offers.length === 0)
  ) {
    return null
  }
  const ab = bestSeekOfferMatch(index, a, b)
  const ba = bestSeekOfferMatch(index, b, a)
  if (!ab && !ba) return null
  const first = !ba || (ab && ab.score >= ba.score) ? 'a' : 'b'
  const best = (first === 'a' ? ab : ba)!
  const other = (first === 'a' ? ba : ab)?.score ?? 0
  return { score: Math.min(1, best.score + 0.25 * other), seeker: first, match: best }
}

/** Cosine of two people's tag/organization TF-IDF vectors, in [0, 1]. */
export function interestSimilarity(index: TextIndex, a: number, b: number): number {
  const x = index.interestIds[a]!
  const y = index.interestIds[b]!
  if (x.length === 0 || y.length === 0) return 0
  let dot = 0
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i]! < y[j]!) i++
    else if (x[i]! > y[j]!) j++
    else {
      dot += index.idfById[x[i]!]! ** 2
      i++
      j++
    }
  }
  return dot / (index.interestNorm[a]! * index.interestNorm[b]!)
}
