import { mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../../../src/harness/server'
import { checkRequest, readCookie } from '../../../src/harness/requestGuard'

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
  let cookie: string

  beforeAll(async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kith-harness-'))
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
    cookie = `kith_harness=${harness.token}`
  })

  afterAll(() => harness.close())

  it('binds loopback and prints a URL with the token', () => {
    expect(harness.url).toBe(`http://127.0.0.1:${harness.port}/?token=${harness.token}`)
    expect(harness.token.length).toBeGreaterThanOrEqual(32)
  })

  it('serves the page with the token, sets the cookie and injects the bridge', async () => {
    const reply = await send(harness.port, { path: `/?token=${harness.token}`, headers: { host } })
    expect(reply.status).toBe(200)
    expect(String(reply.headers['set-cookie'])).toContain('HttpOnly; SameSite=Strict')
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'")
    expect(reply.body).toContain('<script src="/__kith/bridge.js"></script>')
    expect(reply.body).toContain(`content="${harness.token}"`)
  })

  it('refuses the page without the token or with a wrong one', async () => {
    expect((await send(harness.port, { path: '/', headers: { host } })).status).toBe(403)
    expect((await send(harness.port, { path: '/?token=wrong', headers: { host } })).status).toBe(
      403,
    )
  })

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await send(harness.port, {
      path: `/?token=${harness.token}`,
      headers: { host: `evil.example:${harness.port}` },
    })
    expect(reply.status).toBe(421)
  })

  it('answers API calls only with the cookie, the token header and a same-origin Origin', async () => {
    const call = (headers: Record<string, string>) =>
      send(harness.port, {
        path: '/__kith/call',
        method: 'POST',
        headers: { host, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ method: 'app.info', input: {} }),
      })
    const good = await call({ cookie, 'x-kith-token': harness.token, origin: `http://${host}` })
    expect(good.status).toBe(200)
    expect(JSON.parse(good.body)).toMatchObject({
      ok: true,
      value: { version: '1.2.3', runtime: 'browser-harness' },
    })
    expect((await call({ 'x-kith-token': harness.token })).status).toBe(403)
    expect((await call({ cookie })).status).toBe(403)
    expect(
      (await call({ cookie, 'x-kith-token': harness.token, origin: 'https://evil.example' }))
        .status,
    ).toBe(403)
    expect((await call({ cookie, 'x-kith-token': harness.token, origin: 'null' })).status).toBe(403)
  })

  it('returns the Result envelope for unknown methods and refuses non-JSON bodies', async () => {
    const headers = { host, cookie, 'x-kith-token': harness.token }
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
  })

  it('does not serve files outside the renderer folder', async () => {
    const reply = await send(harness.port, { path: '/../../etc/passwd', headers: { host, cookie } })
    expect(reply.status).toBe(404)
  })
})

describe('checkRequest', () => {
  const base = {
    host: '127.0.0.1:9',
    origin: undefined,
    cookie: undefined,
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

  it('reads cookies by name', () => {
    expect(readCookie('a=1; kith_harness=abc=; b=2', 'kith_harness')).toBe('abc=')
    expect(readCookie(undefined, 'kith_harness')).toBeNull()
  })
})
