/**
 * better-sqlite3 is built for Node in node_modules (tests and the CLI need that build). Inside
 * Electron the main process points it at a separate build for Electron's ABI through the
 * `nativeBinding` option; everything that opens a database asks here for its options.
 */
let nativeBinding: string | undefined

export function useSqliteNativeBinding(path: string | undefined): void {
  nativeBinding = path || undefined
}

export function sqliteNativeOptions(): { nativeBinding?: string } {
  return nativeBinding ? { nativeBinding } : {}
}
