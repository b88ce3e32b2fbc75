import { describe, expect, it } from 'vitest'
import { f1Score, matchCircles, oneMinusBer } from '../../../bench/lib-graph/egoMetrics'
import { randomGroups } from '../../../bench/lib-graph/egoEval'

// Twelve friends, 0-11. Worked by hand:
//   P = {0,1,2,3,4}    X = {0,1,2,3,4,5}   F1(P,X) = 2·5/(5+6) = 10/11   F1(P,Y) = 2·4/(5+5) = .8
//   Q = {1,2,3,4,5,7}  Y = {0,1,2,3,6}     F1(Q,X) = 2·5/(6+6) = 5/6     F1(Q,Y) = 2·3/(6+5) = 6/11
// Greedy (P takes its best, X) totals 10/11 + 6/11 = 1.4545; the optimal assignment is P-Y, Q-X,
// 0.8 + 5/6 = 1.6333.
//   1 - BER(P,Y) = (4/5 + 6/7)/2   (12 - 5 - 5 + 4 = 6 of the 7 outside P left out)
//   1 - BER(Q,X) = (5/6 + 5/6)/2   (12 - 6 - 6 + 5 = 5 of the 6 outside Q left out)
// R = {9,10,11} meets no cluster: F1 0, 1 - BER 1/2. S = {10,11} has under 3 members: not scored.
const P = [0, 1, 2, 3, 4]
const Q = [1, 2, 3, 4, 5, 7]
const R = [9, 10, 11]
const S = [10, 11]
const X = [0, 1, 2, 3, 4, 5]
const Y = [0, 1, 2, 3, 6]

describe('circle matching (McAuley & Leskovec 2012)', () => {
  it('F1 and 1 - BER of one circle against one cluster', () => {
    expect(f1Score(new Set(P), new Set(X))).toBeCloseTo(10 / 11, 12)
    expect(f1Score(new Set(Q), new Set(Y))).toBeCloseTo(6 / 11, 12)
    expect(oneMinusBer(new Set(P), new Set(Y), 12)).toBeCloseTo((4 / 5 + 6 / 7) / 2, 12)
    expect(oneMinusBer(new Set(R), new Set(), 12)).toBe(0.5)
    // Everyone predicted: all of the circle found, nobody outside it left out.
    expect(oneMinusBer(new Set(R), new Set([...Array(12).keys()]), 12)).toBe(0.5)
  })

  it('assigns circles to clusters one-to-one maximising total F1, not greedily', () => {
    const m = matchCircles([P, Q, R, S], [X, Y], 12)
    expect(m.circles.map((c) => [c.circle, c.cluster])).toEqual([
      [0, 1],
      [1, 0],
      [2, -1],
    ])
    expect(m.f1).toBeCloseTo((0.8 + 5 / 6 + 0) / 3, 12)
    expect(m.oneMinusBer).toBeCloseTo(((4 / 5 + 6 / 7) / 2 + 5 / 6 + 0.5) / 3, 12)
  })

  it('a circle whose only cluster shares nobody with it scores as unmatched', () => {
    // Against X itself 1 - BER would be (0 + 3/9)/2; unmatched it is 1/2.
    const m = matchCircles([R], [X], 12)
    expect(m.circles[0]).toEqual({ circle: 0, cluster: -1, f1: 0, oneMinusBer: 0.5 })
  })

  it('random groups keep the sizes and the people', () => {
    const groups = randomGroups([X, Y, R], 3)
    expect(groups.map((g) => g.length)).toEqual([6, 5, 3])
    expect(groups.flat().sort((a, b) => a - b)).toEqual([...X, ...Y, ...R].sort((a, b) => a - b))
  })
})
