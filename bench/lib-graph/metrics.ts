/** Area under the ROC curve (Mann-Whitney, ties counted half); NaN without both classes. */
export function auc(scores: readonly number[], positive: readonly boolean[]): number {
  const order = scores.map((s, i) => i).sort((x, y) => scores[x]! - scores[y]!)
  let rankSumPos = 0
  let nPos = 0
  for (let k = 0; k < order.length;) {
    let end = k
    while (end + 1 < order.length && scores[order[end + 1]!] === scores[order[k]!]) end++
    const rank = (k + end) / 2 + 1
    for (let m = k; m <= end; m++) {
      if (positive[order[m]!]) {
        rankSumPos += rank
        nPos++
      }
    }
    k = end + 1
  }
  const nNeg = scores.length - nPos
  if (nPos === 0 || nNeg === 0) return Number.NaN
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg)
}

/**
 * Share of positives among the top k, ties at the cut counted by expectation (so a constant score
 * gets the base rate, not a lucky order).
 */
export function precisionAtK(
  scores: readonly number[],
  positive: readonly boolean[],
  k: number,
): number {
  if (k <= 0 || scores.length === 0) return Number.NaN
  const kk = Math.min(k, scores.length)
  const sorted = [...scores].sort((a, b) => b - a)
  const cut = sorted[kk - 1]!
  let hitsAbove = 0
  let above = 0
  let hitsAt = 0
  let at = 0
  scores.forEach((s, i) => {
    if (s > cut) {
      above++
      if (positive[i]) hitsAbove++
    } else if (s === cut) {
      at++
      if (positive[i]) hitsAt++
    }
  })
  return (hitsAbove + ((kk - above) * hitsAt) / at) / kk
}

export function mean(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v))
  return finite.length === 0 ? Number.NaN : finite.reduce((a, b) => a + b, 0) / finite.length
}
