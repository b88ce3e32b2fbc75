import {
  app,
  BrowserWindow,
  ipcMain,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CoreEnvironment } from '../core/context'
import { sessionOf } from '../core/session/kithSession'
import { useSqliteNativeBinding } from '../core/sqliteBinding'
import { EVENT_CHANNEL } from '../shared/ipc'
import { denyAllPermissions, guardWebContents } from './guards'
import { registerIpc } from './ipc'
import { safeStorageMarkMirror } from './markMirror'
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol'
import { safeExternalUrl } from './security'
import { openMainWindow } from './window'

const here = path.dirname(fileURLToPath(import.meta.url))
const rendererRoot = path.join(here, '../renderer')
const preloadPath = path.join(here, '../preload/index.cjs')

let mainWindow: BrowserWindow | null = null

// The Electron build of better-sqlite3 (see scripts/start-electron.mjs), never the Node one.
useSqliteNativeBinding(
  app.isPackaged
    ? path.join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : process.env.KITH_SQLITE_BINDING,
)

const env: CoreEnvironment = {
  runtime: 'electron',
  version: app.getVersion(),
  platform: process.platform,
  dataDirectory: app.getPath('userData'),
  markDirectory: path.join(app.getPath('userData'), 'marks'),
  clock: () => new Date(),
  emit: (event, payload) => mainWindow?.webContents.send(EVENT_CHANNEL, event, payload),
  log: (line) => console.error(`[kith] ${line}`),
}

// Single-instance lock: a second launch focuses the first window instead of opening the vault twice.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES)
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, (url) => {
      const safe = safeExternalUrl(url)
      return safe ? shell.openExternal(safe) : Promise.resolve()
    })
  })
  app.on('window-all-closed', () => app.quit())
  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession)
    registerAppProtocol(protocol, rendererRoot)
    // safeStorage needs the app to be ready (and, on Linux, a keyring): set up here, not above.
    env.markMirror = safeStorageMarkMirror(
      safeStorage,
      path.join(app.getPath('userData'), 'marks.safe'),
    )
    registerIpc(ipcMain, env)
    mainWindow = await openMainWindow((options) => new BrowserWindow(options), preloadPath)
    mainWindow.on('closed', () => {
      mainWindow = null
    })
    // Lock when the screen locks or the machine sleeps: the keys leave memory with the worker.
    powerMonitor.on('lock-screen', () => void sessionOf(env).lock('system'))
    powerMonitor.on('suspend', () => void sessionOf(env).lock('system'))
  })
  let quitting = false
  app.on('before-quit', (event) => {
    if (quitting) return
    quitting = true
    event.preventDefault()
    void sessionOf(env)
      .lock('quit')
      .finally(() => app.quit())
  })
}
