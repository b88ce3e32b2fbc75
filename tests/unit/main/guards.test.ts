import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { denyAllPermissions, guardWebContents } from '../../../src/main/guards'
import { createAppProtocolHandler } from '../../../src/main/protocol'
import { handleCall, isTrustedSender, registerIpc } from '../../../src/main/ipc'
import { testEnvironment } from '../core/testEnvironment'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

type Listener = (...args: unknown[]) => void

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: string }) | null = null
  const contents = {
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener)
      return contents
    },
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler
    },
  }
  return {
    contents: contents as unknown as WebContents,
    fire(event: string, url: string) {
      const preventDefault = vi.fn()
      listeners.get(event)?.({ preventDefault }, url)
      return preventDefault
    },
    open: (url: string) => openHandler?.({ url }),
  }
}

describe('guardWebContents', () => {
  it('prevents navigation, redirects and webviews', () => {
    const fake = fakeContents()
    guardWebContents(fake.contents, () => Promise.resolve())
    expect(fake.fire('will-navigate', 'https://evil.example')).toHaveBeenCalled()
    expect(fake.fire('will-navigate', 'app://kith/other.html')).toHaveBeenCalled()
    expect(fake.fire('will-redirect', 'https://evil.example')).toHaveBeenCalled()
    expect(fake.fire('will-attach-webview', '')).toHaveBeenCalled()
  })

  it('denies every new window and hands only safe links to the system browser', () => {
    const fake = fakeContents()
    const opened: string[] = []
    guardWebContents(fake.contents, (url) => {
      opened.push(url)
      return Promise.resolve()
    })
    expect(fake.open('https://example.org/profile')).toEqual({ action: 'deny' })
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://example.org/profile'])
  })
})

describe('denyAllPermissions', () => {
  it('answers no to every request and check', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined
    let check: (() => boolean) | undefined
    let device: (() => boolean) | undefined
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      setDevicePermissionHandler: (h: typeof device) => (device = h),
    } as unknown as Session
    denyAllPermissions(session)
    const answers: boolean[] = []
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      request?.({}, permission, (allowed) => answers.push(allowed))
    }
    expect(answers).toEqual([false, false, false, false])
    expect(check?.()).toBe(false)
    expect(device?.()).toBe(false)
  })
})

describe('IPC sender check', () => {
  const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as never

  it('trusts only the top frame of the app origin', () => {
    expect(isTrustedSender(frame('app://kith/index.html'))).toBe(true)
    expect(isTrustedSender(frame('app://kith/index.html', {}))).toBe(false)
    expect(isTrustedSender(frame('https://evil.example/'))).toBe(false)
    expect(isTrustedSender({ senderFrame: null })).toBe(false)
  })

  it('refuses calls from foreign frames without running the handler', async () => {
    const result = await handleCall(
      frame('https://evil.example/'),
      'app.info',
      {},
      testEnvironment(),
    )
    expect(result).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'This frame may not call Kith.' },
    })
  })

  it('registers exactly one handler that dispatches trusted calls', async () => {
    const handlers = new Map<string, (...args: unknown[]) => unknown>()
    registerIpc({ handle: (channel, fn) => handlers.set(channel, fn as never) }, testEnvironment())
    expect([...handlers.keys()]).toEqual(['kith:call'])
    const result = await handlers.get('kith:call')?.(frame('app://kith/index.html'), 'app.info', {})
    expect(result).toMatchObject({ ok: true, value: { name: 'Kith', runtime: 'test' } })
  })
})

describe('app:// protocol handler', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kith-proto-'))
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Kith</title>')
  const handler = createAppProtocolHandler(root)

  it('serves the renderer with the CSP header', async () => {
    const response = await handler(new Request('app://kith/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(response.headers.get('content-type')).toContain('text/html')
  })

  it('answers 404 outside the root and for missing files, 405 for writes', async () => {
    expect((await handler(new Request('app://kith/../../etc/passwd'))).status).toBe(404)
    expect((await handler(new Request('app://kith/missing.js'))).status).toBe(404)
    expect((await handler(new Request('app://kith/index.html', { method: 'POST' }))).status).toBe(
      405,
    )
  })
})
