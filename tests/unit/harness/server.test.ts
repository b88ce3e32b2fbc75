import { mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../../../src/harness/server'
import { checkRequest } from '../../../src/harness/requestGuard'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** Raw HTTP so the test controls Host and Origin exactly (fetch would not let it). */
function send(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

describe('browser harness server', () => {
  let harness: Harness
  let host: string
  let rendererRoot: string

  beforeAll(async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kith-harness-'))
    rendererRoot = root
    writeFileSync(
      path.join(root, 'index.html'),
      '<html><head><title>Kith</title></head><body></body></html>',
    )
    harness = await startHarness({
      rendererRoot: root,
      env: {
        version: '1.2.3',
        platform: 'linux',
        dataDirectory: root,
        clock: () => new Date(),
        log: () => undefined,
      },
    })
    host = `127.0.0.1:${harness.port}`
  })

  afterAll(() => harness.close())

  it('binds loopback and prints a URL with the token', () => {
    expect(harness.url).toBe(`http://127.0.0.1:${harness.port}/?token=${harness.token}`)
    expect(harness.token.length).toBeGreaterThanOrEqual(32)
  })

  it('serves the page with the token and injects the bridge, setting no cookie', async () => {
    const reply = await send(harness.port, { path: `/?token=${harness.token}`, headers: { host } })
    expect(reply.status).toBe(200)
    // A cookie on 127.0.0.1 would be sent to every other local port the browser visits.
    expect(reply.headers['set-cookie']).toBeUndefined()
    expect(reply.headers['referrer-policy']).toBe('no-referrer')
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'")
    expect(reply.body).toContain('<script src="/__kith/bridge.js"></script>')
    expect(reply.body).toContain(`content="${harness.token}"`)
  })

  it('refuses the page without the token or with a wrong one, and says nothing secret', async () => {
    for (const bad of ['/', '/index.html', '/?token=wrong']) {
      const reply = await send(harness.port, { path: bad, headers: { host } })
      // Only the resume page: no app, no bridge, no token.
      expect(reply.body, bad).toContain('/__kith/resume.js')
      expect(reply.body, bad).not.toContain(harness.token)
      expect(reply.body, bad).not.toContain('bridge.js')
      expect(reply.body, bad).not.toContain('<title>Kith</title></head><body></body>')
    }
  })

  it('a cookie-only request to the page learns no token (the old cookie is worthless)', async () => {
    const cookie = `kith_harness=${harness.token}`
    const page = await send(harness.port, { path: '/', headers: { host, cookie } })
    expect(page.body).not.toContain(harness.token)
    expect(page.body).not.toContain('bridge.js')
    const api = await send(harness.port, {
      path: '/__kith/call',
      method: 'POST',
      headers: { host, cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'app.info', input: {} }),
    })
    expect(api.status).toBe(403)
    const events = await send(harness.port, { path: '/__kith/events', headers: { host, cookie } })
    expect(events.status).toBe(403)
  })

  it('serves static assets and the bridge without any secret in them', async () => {
    writeFileSync(path.join(rendererRoot, 'app.js'), 'console.log(1)')
    const asset = await send(harness.port, { path: '/app.js', headers: { host } })
    expect(asset.status).toBe(200)
    const bridge = await send(harness.port, { path: '/__kith/bridge.js', headers: { host } })
    expect(bridge.status).toBe(200)
    expect(bridge.body).toContain('history.replaceState')
    expect(bridge.body).not.toContain(harness.token)
    // The page's file reached by another spelling of its path is not served as an asset.
    const aliased = await send(harness.port, { path: '/%69ndex.html', headers: { host } })
    expect(aliased.body).not.toContain(harness.token)
  })

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await send(harness.port, {
      path: `/?token=${harness.token}`,
      headers: { host: `evil.example:${harness.port}` },
    })
    expect(reply.status).toBe(421)
  })

  it('answers API calls only with the token header and a same-origin Origin', async () => {
    const call = (headers: Record<string, string>) =>
      send(harness.port, {
        path: '/__kith/call',
        method: 'POST',
        headers: { host, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ method: 'app.info', input: {} }),
      })
    const good = await call({ 'x-kith-token': harness.token, origin: `http://${host}` })
    expect(good.status).toBe(200)
    expect(JSON.parse(good.body)).toMatchObject({
      ok: true,
      value: { version: '1.2.3', runtime: 'browser-harness' },
    })
    expect((await call({ 'x-kith-token': harness.token })).status).toBe(200)
    expect((await call({})).status).toBe(403)
    expect((await call({ 'x-kith-token': 'wrong' })).status).toBe(403)
    expect(
      (await call({ 'x-kith-token': harness.token, origin: 'https://evil.example' })).status,
    ).toBe(403)
    expect((await call({ 'x-kith-token': harness.token, origin: 'null' })).status).toBe(403)
  })

  it('returns the Result envelope for unknown methods and refuses non-JSON bodies', async () => {
    const headers = { host, 'x-kith-token': harness.token }
    const unknown = await send(harness.port, {
      path: '/__kith/call',
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'vault.dropEverything', input: {} }),
    })
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
    const form = await send(harness.port, {
      path: '/__kith/call',
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/plain' },
      body: 'x',
    })
    expect(form.status).toBe(415)
    for (const body of ['null', '42', '"text"', '[1]', 'true']) {
      const reply = await send(harness.port, {
        path: '/__kith/call',
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body,
      })
      expect(reply.status, body).toBe(400)
    }
  })

  it('does not serve files outside the renderer folder', async () => {
    const reply = await send(harness.port, { path: '/../../etc/passwd', headers: { host } })
    expect(reply.status).toBe(404)
  })
})

describe('checkRequest', () => {
  const base = {
    host: '127.0.0.1:9',
    origin: undefined,
    queryToken: null,
    headerToken: undefined,
  }

  it('accepts localhost as well as 127.0.0.1 on the same port only', () => {
    expect(
      checkRequest({ ...base, host: 'localhost:9', queryToken: 't' }, 't', 9, 'page').allowed,
    ).toBe(true)
    expect(
      checkRequest({ ...base, host: '127.0.0.1:10', queryToken: 't' }, 't', 9, 'page').allowed,
    ).toBe(false)
  })

  it('needs the header token for API calls and nothing for assets', () => {
    expect(checkRequest(base, 't', 9, 'asset').allowed).toBe(true)
    expect(checkRequest(base, 't', 9, 'api').allowed).toBe(false)
    expect(checkRequest({ ...base, headerToken: 't' }, 't', 9, 'api').allowed).toBe(true)
    expect(checkRequest({ ...base, queryToken: 't' }, 't', 9, 'api').allowed).toBe(false)
  })
})
