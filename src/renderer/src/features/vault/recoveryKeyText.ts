/** Recovery keys as the core prints them: groups of four base32 characters joined by dashes. */

/** Splits a key into its groups for display (whatever separators it came with). */
export function recoveryKeyGroups(key: string): string[] {
  const clean = key.toUpperCase().replace(/[^0-9A-Z]/g, '')
  return clean.match(/.{1,4}/g) ?? []
}

export function lastGroup(key: string): string {
  const groups = recoveryKeyGroups(key)
  return groups[groups.length - 1] ?? ''
}

/**
 * Whether `typed` is the key's last group, forgiving case, spaces and the look-alikes the core's
 * parser forgives too (O for 0, I and L for 1).
 */
export function confirmsLastGroup(typed: string, key: string): boolean {
  const normal = (text: string) =>
    text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  const expected = lastGroup(key)
  return expected.length > 0 && normal(typed) === normal(expected)
}
