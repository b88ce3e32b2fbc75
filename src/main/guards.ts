import type { Session, WebContents } from 'electron'
import { safeExternalUrl, shouldBlockNavigation } from './security'

type OpenExternal = (url: string) => Promise<void>

/**
 * Checklist #13 and #14: deny every navigation and every new window. Links the user clicks
 * (`target=_blank`) are handed to the system browser only when `safeExternalUrl` accepts them.
 */
export function guardWebContents(contents: WebContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event, url) => {
    if (shouldBlockNavigation(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const safe = safeExternalUrl(url)
    if (safe) void openExternal(safe)
    return { action: 'deny' }
  })
}

/** Checklist #5: every permission request (camera, notifications, ...) is denied. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
