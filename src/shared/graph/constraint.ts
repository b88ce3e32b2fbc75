import type { PeopleGraph } from './buildGraph'

/**
 * Burt's constraint per node on the weighted graph without `skip` (the owner):
 * c_i = sum_j (p_ij + sum_q p_iq p_qj)^2, p_ij = w_ij / sum_k w_ik. Low constraint = the person's
 * contacts do not know each other: a broker. NaN for people without contacts.
 */
export function constraint(graph: PeopleGraph, skip: number): Float64Array {
  const n = graph.ids.length
  const out = new Float64Array(n).fill(Number.NaN)
  const total = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    if (i === skip) continue
    const ns = graph.neighbors[i]!
    const ws = graph.weights[i]!
    for (let x = 0; x < ns.length; x++) if (ns[x] !== skip) total[i] = total[i]! + ws[x]!
  }
  // direct[j] holds p_ij for the current i, indirect[j] the sum over q of p_iq * p_qj.
  const direct = new Float64Array(n)
  const indirect = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    if (i === skip || total[i] === 0) continue
    const ns = graph.neighbors[i]!
    const ws = graph.weights[i]!
    for (let x = 0; x < ns.length; x++) if (ns[x] !== skip) direct[ns[x]!] = ws[x]! / total[i]!
    for (let x = 0; x < ns.length; x++) {
      const q = ns[x]!
      if (q === skip) continue
      const piq = direct[q]!
      const qn = graph.neighbors[q]!
      const qw = graph.weights[q]!
      for (let y = 0; y < qn.length; y++) {
        const j = qn[y]!
        if (j !== i && direct[j]! > 0) indirect[j] = indirect[j]! + (piq * qw[y]!) / total[q]!
      }
    }
    let c = 0
    for (let x = 0; x < ns.length; x++) {
      const j = ns[x]!
      if (j === skip) continue
      const v = direct[j]! + indirect[j]!
      c += v * v
    }
    out[i] = c
    for (let x = 0; x < ns.length; x++) {
      direct[ns[x]!] = 0
      indirect[ns[x]!] = 0
    }
  }
  return out
}
