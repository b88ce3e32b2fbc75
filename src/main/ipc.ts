import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { CoreEnvironment } from '../core/context'
import { dispatch } from '../core/dispatch'
import { CALL_CHANNEL, fail, type Result } from '../shared/ipc'
import { isAppUrl } from './security'

/** Checklist #17 (validate the sender of all IPC messages): only the app's own frames. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppUrl(frame.url)
}

export function handleCall(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  method: unknown,
  input: unknown,
  env: CoreEnvironment,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event)) {
    env.log('refused an API call from an untrusted frame')
    return Promise.resolve(fail('FORBIDDEN', 'This frame may not call Kith.'))
  }
  return dispatch(method, input, env)
}

/** The one IPC handler of the app. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, env: CoreEnvironment): void {
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, input: unknown) =>
    handleCall(event, method, input, env),
  )
}
