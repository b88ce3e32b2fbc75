import { create } from 'zustand'

/** Which import/export dialog is open; the palette commands and the dialogs share it. */
export interface IoUiState {
  importOpen: boolean
  exportOpen: boolean
  historyOpen: boolean
  /** A file dropped on the window, for the import wizard to stage as soon as it is open. */
  pendingFile: File | null
  /** The last import committed in this session: the map fits its people and says what it inferred. */
  lastCommitted: { id: string; fileName: string } | null
  openImport: () => void
  /** Opens the import wizard with a file already chosen (drop anywhere on the window). */
  openImportWith: (file: File) => void
  openExport: () => void
  openHistory: () => void
  closeAll: () => void
}

export const useIoUi = create<IoUiState>((set) => ({
  importOpen: false,
  exportOpen: false,
  historyOpen: false,
  pendingFile: null,
  lastCommitted: null,
  openImportWith: (file) =>
    set({ importOpen: true, exportOpen: false, historyOpen: false, pendingFile: file }),
  openImport: () => set({ importOpen: true, exportOpen: false, historyOpen: false }),
  openExport: () => set({ importOpen: false, exportOpen: true, historyOpen: false }),
  openHistory: () => set({ importOpen: false, exportOpen: false, historyOpen: true }),
  closeAll: () =>
    set({ importOpen: false, exportOpen: false, historyOpen: false, pendingFile: null }),
}))
