import { timingSafeEqual } from 'node:crypto'

export const TOKEN_COOKIE = 'kith_harness'

export interface GuardInput {
  host: string | undefined
  origin: string | undefined
  cookie: string | undefined
  /** `token` query parameter of the URL, when present. */
  queryToken: string | null
  /** `x-kith-token` header, required on API calls. */
  headerToken: string | undefined
}

export type GuardVerdict =
  { allowed: true; setCookie: boolean } | { allowed: false; status: 403 | 421; reason: string }

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return null
}

/**
 * Who may talk to the harness: only pages it served itself on this port. The Host check defeats
 * DNS rebinding, the Origin check cross-site requests, and the per-run token other local users
 * and processes (design.md section 9).
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
  const cookieToken = readCookie(input.cookie, TOKEN_COOKIE)
  const cookieOk = cookieToken !== null && sameSecret(cookieToken, token)
  if (kind === 'api') {
    const headerOk = input.headerToken !== undefined && sameSecret(input.headerToken, token)
    return cookieOk && headerOk
      ? { allowed: true, setCookie: false }
      : { allowed: false, status: 403, reason: 'Missing or wrong token.' }
  }
  if (kind === 'page' && input.queryToken !== null && sameSecret(input.queryToken, token)) {
    return { allowed: true, setCookie: !cookieOk }
  }
  return cookieOk
    ? { allowed: true, setCookie: false }
    : {
        allowed: false,
        status: 403,
        reason: 'Open the URL with its token, as printed by `npm run serve`.',
      }
}
