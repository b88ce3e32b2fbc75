import { describe, expect, it } from 'vitest'
import { pathStrengthLabels } from '../../../src/renderer/src/features/people/warmPathStrength'

describe('warm path strength labels', () => {
  it('says nothing when every path would read the same (the old "(100%)" everywhere)', () => {
    expect(pathStrengthLabels([1, 1, 1])).toEqual([null, null, null])
    expect(pathStrengthLabels([0.2, 0.1])).toEqual([null, null])
    expect(pathStrengthLabels([])).toEqual([])
  })
  it('names the difference when the paths differ', () => {
    expect(pathStrengthLabels([1, 0.5, 0.1])).toEqual(['strong', 'fair', 'weak'])
    expect(pathStrengthLabels([0.9, 0.2])).toEqual(['strong', 'weak'])
  })
})
