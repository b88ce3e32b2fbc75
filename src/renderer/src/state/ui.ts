import { create } from 'zustand'

export type View = 'map' | 'people' | 'journal' | 'introductions' | 'reachout'
export type Theme = 'system' | 'light' | 'dark'

export const VIEWS: readonly { id: View; label: string }[] = [
  { id: 'map', label: 'Map' },
  { id: 'people', label: 'People' },
  { id: 'journal', label: 'Journal' },
  { id: 'introductions', label: 'Introductions' },
  { id: 'reachout', label: 'Reach out' },
]

/**
 * UI state: what is on screen, never vault data (that lives in `data.ts`). Dialogs that several
 * features open (capture, palette, new person) have their open flag here so a shortcut, a button
 * and a palette command all open the same one.
 */
export interface UiState {
  view: View
  selectedPersonId: string | null
  /** The journal quick-capture dialog (rendered by `QuickCapture`). */
  captureOpen: boolean
  /** People to pre-fill as participants when capture opens. */
  captureParticipantIds: string[]
  /** The command palette (rendered by `CommandPalette`). */
  paletteOpen: boolean
  /** The "new person" dialog (`n`); rendered by the people feature. */
  newPersonOpen: boolean
  /** The keyboard shortcut sheet (`?`). */
  shortcutsOpen: boolean
  settingsOpen: boolean
  theme: Theme
}

interface UiActions {
  setView: (view: View) => void
  openPerson: (id: string) => void
  closePanel: () => void
  openCapture: (initialParticipantIds?: string[]) => void
  closeCapture: () => void
  openPalette: () => void
  closePalette: () => void
  openNewPerson: () => void
  closeNewPerson: () => void
  setShortcutsOpen: (open: boolean) => void
  setSettingsOpen: (open: boolean) => void
  setTheme: (theme: Theme) => void
  /** Back to a fresh workspace (on lock: nothing of the last session stays on screen). */
  reset: () => void
}

const initial: UiState = {
  view: 'map',
  selectedPersonId: null,
  captureOpen: false,
  captureParticipantIds: [],
  paletteOpen: false,
  newPersonOpen: false,
  shortcutsOpen: false,
  settingsOpen: false,
  theme: 'system',
}

export const useUi = create<UiState & UiActions>((set) => ({
  ...initial,
  setView: (view) => set({ view }),
  openPerson: (id) => set({ selectedPersonId: id }),
  closePanel: () => set({ selectedPersonId: null }),
  openCapture: (initialParticipantIds = []) =>
    set({ captureOpen: true, captureParticipantIds: initialParticipantIds, paletteOpen: false }),
  closeCapture: () => set({ captureOpen: false, captureParticipantIds: [] }),
  openPalette: () => set({ paletteOpen: true }),
  closePalette: () => set({ paletteOpen: false }),
  openNewPerson: () => set({ newPersonOpen: true, paletteOpen: false }),
  closeNewPerson: () => set({ newPersonOpen: false }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
  setTheme: (theme) => set({ theme }),
  reset: () => set((state) => ({ ...initial, theme: state.theme })),
}))

/** Plain functions for code outside React (commands, shortcuts, map handlers). */
export const openPerson = (id: string): void => useUi.getState().openPerson(id)
export const closePanel = (): void => useUi.getState().closePanel()
export const openCapture = (initialParticipantIds?: string[]): void =>
  useUi.getState().openCapture(initialParticipantIds)
export const openPalette = (): void => useUi.getState().openPalette()
export const openNewPerson = (): void => useUi.getState().openNewPerson()
export const setView = (view: View): void => useUi.getState().setView(view)
