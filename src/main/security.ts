import path from 'node:path'

/** The renderer's own origin. Everything else is foreign. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'kith'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Electron security checklist #7 (CSP): no remote content at all. Styles are set through the
 * CSSOM by React and Cytoscape, which CSP does not restrict; inline <style>/<script> are refused.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

export interface SecureWebPreferences {
  preload: string
  contextIsolation: true
  sandbox: true
  nodeIntegration: false
  nodeIntegrationInWorker: false
  nodeIntegrationInSubFrames: false
  webSecurity: true
  allowRunningInsecureContent: false
  experimentalFeatures: false
  enableBlinkFeatures: undefined
  webviewTag: false
  navigateOnDragDrop: false
  spellcheck: false
}

/**
 * Checklist #2-#4, #6, #9, #12 (context isolation, sandbox, no Node integration, web security,
 * no experimental features, no <webview>). The only input is the preload path.
 */
export function secureWebPreferences(preloadPath: string): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: undefined,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  }
}

/** True only for documents of the app itself (`app://kith/...`): the IPC sender check. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username
}

/** Checklist #13 (limit navigation): the app never navigates anywhere, not even within itself. */
export function shouldBlockNavigation(_targetUrl: string): boolean {
  return true
}

/**
 * Checklist #15 (shell.openExternal with untrusted content): only https: and mailto:, parsed,
 * without credentials. Returns the normalized URL to open, or null to refuse.
 */
export function safeExternalUrl(candidate: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(candidate)
  } catch {
    return null
  }
  if (parsed.protocol === 'https:') {
    if (parsed.username || parsed.password || !parsed.hostname) return null
    return parsed.href
  }
  if (parsed.protocol === 'mailto:') {
    return parsed.pathname.length > 0 ? parsed.href : null
  }
  return null
}

/**
 * Serves `app://kith/<path>` from `root` only: decodes, normalizes and refuses anything that
 * escapes the folder (`..`, encoded separators, absolute paths, NUL). Returns the file path or null.
 */
export function resolveAppAsset(root: string, requestUrl: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(requestUrl)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  let relative: string
  try {
    relative = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (relative.includes('\0') || relative.includes('\\')) return null
  if (relative === '/' || relative === '') relative = '/index.html'
  const resolvedRoot = path.resolve(root)
  const target = path.resolve(resolvedRoot, `.${path.posix.normalize(relative)}`)
  if (target !== resolvedRoot && !target.startsWith(resolvedRoot + path.sep)) return null
  return target
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

export function mimeTypeFor(filePath: string): string {
  return MIME[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/** Headers for every response of the app protocol (and of the browser harness). */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
  }
}
