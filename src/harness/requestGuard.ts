import { timingSafeEqual } from 'node:crypto'

export interface GuardInput {
  host: string | undefined
  origin: string | undefined
  /** `token` query parameter of the URL, when present. */
  queryToken: string | null
  /** `x-kith-token` header, required on API and event calls. */
  headerToken: string | undefined
}

export type GuardVerdict =
  { allowed: true } | { allowed: false; status: 403 | 421; reason: string; resume?: boolean }

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * Who may talk to the harness. The Host check defeats DNS rebinding, the Origin check cross-site
 * requests, and the per-run token other local users, processes and pages (design.md section 9).
 *
 * WARNING: there is no cookie. Cookies are scoped by host, not port, so a cookie set by the
 * harness on 127.0.0.1 is sent to every other server on 127.0.0.1 the browser visits. The token
 * travels in the URL only to load the page (the bridge then removes it with
 * `history.replaceState`) and in the `x-kith-token` header of API and event calls. Static assets
 * hold no secret and need no token.
 */
export function checkRequest(
  input: GuardInput,
  token: string,
  port: number,
  kind: 'page' | 'asset' | 'api',
): GuardVerdict {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!input.host || !allowedHosts.includes(input.host.toLowerCase())) {
    return { allowed: false, status: 421, reason: 'Unexpected Host header.' }
  }
  if (input.origin !== undefined && input.origin !== 'null') {
    if (!allowedHosts.map((h) => `http://${h}`).includes(input.origin.toLowerCase())) {
      return { allowed: false, status: 403, reason: 'Cross-origin request refused.' }
    }
  } else if (input.origin === 'null') {
    return { allowed: false, status: 403, reason: 'Opaque origin refused.' }
  }
  if (kind === 'asset') return { allowed: true }
  if (kind === 'api') {
    return input.headerToken !== undefined && sameSecret(input.headerToken, token)
      ? { allowed: true }
      : { allowed: false, status: 403, reason: 'Missing or wrong token.' }
  }
  if (input.queryToken !== null && sameSecret(input.queryToken, token)) return { allowed: true }
  return {
    allowed: false,
    status: 403,
    reason: 'Open the URL with its token, as printed by `npm run serve`.',
    resume: true,
  }
}
