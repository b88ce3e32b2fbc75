import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CALL_CHANNEL, EVENT_CHANNEL, isMethodName } from '../shared/ipc/methods'
import { isEventName } from '../shared/ipc/events'

/**
 * The whole bridge: an allow-listed forwarder. It never exposes ipcRenderer, paths or keys
 * (checklist #3 and #20); validation of inputs happens in the main process.
 */
const kith = {
  call(method: string, input: unknown): Promise<unknown> {
    if (!isMethodName(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: 'Unknown API method.' },
      })
    }
    return ipcRenderer.invoke(CALL_CHANNEL, method, input)
  },
  on(event: string, callback: (payload: unknown) => void): () => void {
    if (!isEventName(event)) throw new Error(`Unknown event: ${event}`)
    const listener = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) callback(payload)
    }
    ipcRenderer.on(EVENT_CHANNEL, listener)
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener)
    }
  },
}

contextBridge.exposeInMainWorld('kith', Object.freeze(kith))
