/**
 * What a warm path's strength says, in words. Strengths are products of tie weights capped at 1,
 * so in most vaults every path reads 1 ("100%") and a number says nothing. A word is shown only
 * when the listed paths differ: then it tells which chain of people is the surer way in.
 */
export type PathStrength = 'strong' | 'fair' | 'weak'

export function pathStrength(strength: number): PathStrength {
  if (strength >= 0.66) return 'strong'
  if (strength >= 0.33) return 'fair'
  return 'weak'
}

/** One label per path, or null for all when they would all say the same. */
export function pathStrengthLabels(strengths: readonly number[]): (PathStrength | null)[] {
  const labels = strengths.map(pathStrength)
  return new Set(labels).size > 1 ? labels : labels.map(() => null)
}
