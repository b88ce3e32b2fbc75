import { create } from 'zustand'

/** Which import/export dialog is open; the palette commands and the dialogs share it. */
export interface IoUiState {
  importOpen: boolean
  exportOpen: boolean
  historyOpen: boolean
  openImport: () => void
  openExport: () => void
  openHistory: () => void
  closeAll: () => void
}

export const useIoUi = create<IoUiState>((set) => ({
  importOpen: false,
  exportOpen: false,
  historyOpen: false,
  openImport: () => set({ importOpen: true, exportOpen: false, historyOpen: false }),
  openExport: () => set({ importOpen: false, exportOpen: true, historyOpen: false }),
  openHistory: () => set({ importOpen: false, exportOpen: false, historyOpen: true }),
  closeAll: () => set({ importOpen: false, exportOpen: false, historyOpen: false }),
}))
