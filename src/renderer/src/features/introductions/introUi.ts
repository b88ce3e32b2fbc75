import { create } from 'zustand'

/** The introductions view's own UI flag, so the palette can open its "New introduction" form. */
export const useIntroUi = create<{ newOpen: boolean; setNewOpen: (open: boolean) => void }>(
  (set) => ({
    newOpen: false,
    setNewOpen: (newOpen) => set({ newOpen }),
  }),
)
