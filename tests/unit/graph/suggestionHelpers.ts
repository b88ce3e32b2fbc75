import { pairKey } from '../../../src/shared/domain'

export { analyzeNetwork, DEFAULT_WEIGHTS } from '../../../src/shared/graph'

export function pairKeyOf(s: { a: string; b: string }): string {
  return pairKey(s.a, s.b)
}
