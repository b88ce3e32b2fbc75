/**
 * Links in notes and journal bodies may only go to https or mailto; anything else (javascript:,
 * file:, data:, relative paths, plain http) is dropped and rendered as text. In Electron the main
 * process checks again before opening anything.
 */
export function safeHref(url: string | undefined | null): string | null {
  if (!url) return null
  const trimmed = url.trim()
  let parsed: URL
  try {
    parsed = new URL(trimmed)
  } catch {
    return null
  }
  if (parsed.protocol === 'https:' && parsed.hostname) return parsed.href
  if (parsed.protocol === 'mailto:' && parsed.pathname) return parsed.href
  return null
}
