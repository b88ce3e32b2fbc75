import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  resolveAppAsset,
  safeExternalUrl,
  secureWebPreferences,
  securityHeaders,
  shouldBlockNavigation,
} from '../../../src/main/security'
import { mainWindowOptions } from '../../../src/main/window'

describe('secureWebPreferences', () => {
  it('turns on isolation and the sandbox and turns off Node everywhere', () => {
    const prefs = secureWebPreferences('/app/preload.cjs')
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })

  it('is what the main window uses', () => {
    expect(mainWindowOptions('/p.cjs').webPreferences).toEqual(secureWebPreferences('/p.cjs'))
  })
})

describe('content security policy', () => {
  it('allows only the app itself and no inline or remote code', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
    expect(securityHeaders('text/html')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
  })
})

describe('isAppUrl (IPC sender check)', () => {
  it.each([
    ['app://kith/index.html', true],
    ['app://kith/', true],
    ['app://evil/index.html', false],
    ['app://kith.evil.com/index.html', false],
    ['app://user@kith/index.html', false],
    ['https://kith/index.html', false],
    ['file:///app/index.html', false],
    ['http://127.0.0.1:5173/', false],
    ['', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected)
  })
})

describe('navigation and external links', () => {
  it('blocks every navigation', () => {
    expect(shouldBlockNavigation('https://example.org')).toBe(true)
    expect(shouldBlockNavigation('app://kith/index.html')).toBe(true)
  })

  it.each([
    ['https://example.org/a?b=c', 'https://example.org/a?b=c'],
    ['mailto:ana@example.org', 'mailto:ana@example.org'],
    ['HTTPS://EXAMPLE.ORG', 'https://example.org/'],
    ['http://example.org', null],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['https://user:pw@example.org', null],
    ['smb://host/share', null],
    ['data:text/html,hi', null],
    ['mailto:', null],
    ['//example.org', null],
  ])('opens %s as %s', (url, expected) => {
    expect(safeExternalUrl(url)).toBe(expected)
  })
})

describe('resolveAppAsset (path containment)', () => {
  const root = path.resolve('/srv/kith/renderer')

  it('serves files inside the root', () => {
    expect(resolveAppAsset(root, 'app://kith/index.html')).toBe(path.join(root, 'index.html'))
    expect(resolveAppAsset(root, 'app://kith/')).toBe(path.join(root, 'index.html'))
    expect(resolveAppAsset(root, 'app://kith/assets/a%20b.js')).toBe(
      path.join(root, 'assets', 'a b.js'),
    )
  })

  it.each([
    'app://kith/../../etc/passwd',
    'app://kith/%2e%2e/%2e%2e/etc/passwd',
    'app://kith/assets/..%2f..%2f..%2fetc/passwd',
    'app://kith/..%5c..%5cwindows',
    'app://kith/a%00.js',
    'app://kith/%E0%A4%A',
    'app://other/index.html',
    'https://kith/index.html',
  ])('refuses %s', (url) => {
    const resolved = resolveAppAsset(root, url)
    if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true)
    else expect(resolved).toBeNull()
  })
})
