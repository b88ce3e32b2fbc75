import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { CoreEnvironment } from '../core/context'
import { dispatch } from '../core/dispatch'
import { mimeTypeFor, resolveAppAsset, securityHeaders } from '../main/security'
import type { EventName, EventPayloads } from '../shared/ipc'
import {
  BRIDGE_PATH,
  BRIDGE_SCRIPT,
  CALL_PATH,
  EVENTS_PATH,
  RESUME_PAGE,
  RESUME_PATH,
  RESUME_SCRIPT,
  TOKEN_META,
} from './bridgeScript'
import { checkRequest } from './requestGuard'

/** Imports travel as base64 inside JSON: allow a 50 MB file plus its encoding overhead. */
const MAX_BODY_BYTES = 72 * 1024 * 1024

export interface HarnessOptions {
  rendererRoot: string
  env: Omit<CoreEnvironment, 'emit' | 'runtime'>
  port?: number
  token?: string
}

export interface Harness {
  url: string
  origin: string
  port: number
  token: string
  env: CoreEnvironment
  close: () => Promise<void>
}

function refuse(res: ServerResponse, status: number, reason: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  res.end(reason)
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * A loopback-only server that serves the built renderer and answers the API through the same
 * dispatch as Electron's main process, so the real renderer and the real core run together in
 * a plain browser.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const clients = new Set<ServerResponse>()
  const env: CoreEnvironment = {
    ...options.env,
    runtime: 'browser-harness',
    emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => {
      const frame = `data: ${JSON.stringify({ event, payload })}\n\n`
      for (const client of clients) client.write(frame)
    },
  }
  let port = 0

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, 'Internal error.')
      else res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    const isPage = url.pathname === '/' || url.pathname === '/index.html'
    const isApi = url.pathname === CALL_PATH || url.pathname === EVENTS_PATH
    const verdict = checkRequest(
      {
        host: req.headers.host,
        origin: req.headers.origin,
        queryToken: url.searchParams.get('token'),
        headerToken: header(req, 'x-kith-token'),
      },
      token,
      port,
      isApi ? 'api' : isPage ? 'page' : 'asset',
    )
    if (!verdict.allowed) {
      if (verdict.resume && (req.method === 'GET' || req.method === 'HEAD')) {
        // 200, not 403: a reload of this tab lands here on its way back in, and the browser
        // would log an error for a 403. The page holds no app and no secret either way.
        res.writeHead(200, {
          ...securityHeaders('text/html; charset=utf-8'),
          'Cache-Control': 'no-store',
        })
        res.end(req.method === 'HEAD' ? undefined : RESUME_PAGE)
        return
      }
      return refuse(res, verdict.status, verdict.reason)
    }

    if (url.pathname === CALL_PATH) {
      if (req.method !== 'POST') return refuse(res, 405, 'POST only.')
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refuse(res, 415, 'JSON only.')
      }
      const body = await readBody(req)
      if (body === null) return refuse(res, 413, 'Request too large.')
      let parsed: unknown
      try {
        parsed = JSON.parse(body)
      } catch {
        return refuse(res, 400, 'Malformed JSON.')
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return refuse(res, 400, 'The body must be a JSON object.')
      }
      const message = parsed as { method?: unknown; input?: unknown }
      const result = await dispatch(message.method, message.input, env)
      res.writeHead(200, { ...securityHeaders('application/json'), 'Cache-Control': 'no-store' })
      res.end(JSON.stringify(result))
      return
    }
    if (url.pathname === EVENTS_PATH) {
      res.writeHead(200, {
        ...securityHeaders('text/event-stream'),
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      })
      res.write(': connected\n\n')
      clients.add(res)
      req.on('close', () => clients.delete(res))
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'GET only.')
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' }
    if (url.pathname === BRIDGE_PATH || url.pathname === RESUME_PATH) {
      res.writeHead(200, { ...securityHeaders('text/javascript; charset=utf-8'), ...headers })
      res.end(url.pathname === BRIDGE_PATH ? BRIDGE_SCRIPT : RESUME_SCRIPT)
      return
    }
    const filePath = resolveAppAsset(options.rendererRoot, `app://kith${url.pathname}`)
    if (!filePath) return refuse(res, 404, 'Not found.')
    // WARNING: the page carries the token: only the paths checked as 'page' above may serve it
    // (never an encoded or aliased path that resolves to the same file as an asset).
    const servesPage = path.basename(filePath) === 'index.html'
    if (servesPage !== isPage) return refuse(res, 404, 'Not found.')
    let body: Buffer
    try {
      body = await readFile(filePath)
    } catch {
      return refuse(res, 404, 'Not found.')
    }
    if (servesPage) {
      const injected = `<meta name="${TOKEN_META}" content="${token}" />\n    <script src="${BRIDGE_PATH}"></script>\n  </head>`
      body = Buffer.from(body.toString('utf8').replace('</head>', injected))
    }
    res.writeHead(200, { ...securityHeaders(mimeTypeFor(filePath)), ...headers })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  const origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    env,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of clients) client.end()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}
