/** The shape the preload (or the browser harness) puts on `window.kith`. */
export interface KithBridge {
  call(method: string, input: unknown): Promise<unknown>
  on(event: string, callback: (payload: unknown) => void): () => void
}

declare global {
  interface Window {
    kith?: KithBridge
  }
}
