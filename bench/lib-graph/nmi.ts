/** Normalized mutual information (arithmetic-mean normalization, like scikit-learn's default). */
export function nmi(x: readonly (string | number)[], y: readonly (string | number)[]): number {
  const n = x.length
  if (n === 0) return 0
  const count = (labels: readonly (string | number)[]) => {
    const m = new Map<string, number>()
    for (const l of labels) m.set(String(l), (m.get(String(l)) ?? 0) + 1)
    return m
  }
  const cx = count(x)
  const cy = count(y)
  const joint = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    const k = `${String(x[i])}\u0000${String(y[i])}`
    joint.set(k, (joint.get(k) ?? 0) + 1)
  }
  let mi = 0
  for (const [k, c] of joint) {
    const [a, b] = k.split('\u0000') as [string, string]
    mi += (c / n) * Math.log((c * n) / (cx.get(a)! * cy.get(b)!))
  }
  const h = (m: Map<string, number>) => {
    let s = 0
    for (const c of m.values()) s -= (c / n) * Math.log(c / n)
    return s
  }
  const hx = h(cx)
  const hy = h(cy)
  if (hx + hy === 0) return 1
  return (2 * mi) / (hx + hy)
}
