import { create } from 'zustand'

/** Which list the People view shows; kept outside the view so the palette can switch to the trash. */
export const usePeopleUi = create<{
  tab: 'people' | 'trash'
  setTab: (tab: 'people' | 'trash') => void
}>((set) => ({
  tab: 'people',
  setTab: (tab) => set({ tab }),
}))
