import { readFile } from 'node:fs/promises'
import type { Protocol } from 'electron'
import { APP_SCHEME, mimeTypeFor, resolveAppAsset, securityHeaders } from './security'

/** Must run before `app.ready`: `app://` behaves like a secure, standard origin. */
export const APP_SCHEME_PRIVILEGES = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]

/** Serves the built renderer from `root` with the CSP header on every response. */
export function createAppProtocolHandler(root: string) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 })
    const filePath = resolveAppAsset(root, request.url)
    if (!filePath) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(filePath)
      return new Response(body, { status: 200, headers: securityHeaders(mimeTypeFor(filePath)) })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  }
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root))
}
