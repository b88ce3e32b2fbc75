import { create } from 'zustand'

export interface MapFilters {
  /** Clusters to show; empty shows all. */
  clusters: string[]
  /** Only people with this tag (case-insensitive); null for all. */
  tag: string | null
  /** Ties weaker than this (1-5) are hidden. */
  minStrength: number
  /** Only people contacted within this many days; null for all. */
  contactWithinDays: number | null
}

export const NO_FILTERS: MapFilters = {
  clusters: [],
  tag: null,
  minStrength: 1,
  contactWithinDays: null,
}

export type MapDialog =
  { kind: 'introduce'; a: string; b: string } | { kind: 'tie'; a: string; b: string } | null

/** UI state of the map (style.md, convention 8): never vault data, never canvas state. */
export interface MapUiState {
  filters: MapFilters
  /** Focus mode: show only people within `focusDepth` ties of `focusId` (0 = off). */
  focusDepth: number
  /** The person keyboard navigation and search are on. */
  focusId: string | null
  listMode: boolean
  /** Pair key (`a|b`) of the suggestion whose card is shown, and whether it is pinned open. */
  suggestion: { key: string; pinned: boolean; x: number; y: number } | null
  dialog: MapDialog
}

export const useMapUi = create<MapUiState>(() => ({
  filters: NO_FILTERS,
  focusDepth: 0,
  focusId: null,
  listMode: false,
  suggestion: null,
  dialog: null,
}))

export const MAX_FOCUS_DEPTH = 4

export function setFilters(patch: Partial<MapFilters>): void {
  useMapUi.setState((s) => ({ filters: { ...s.filters, ...patch } }))
}

export function widenFocus(delta: number): void {
  useMapUi.setState((s) => ({
    focusDepth: Math.max(0, Math.min(MAX_FOCUS_DEPTH, s.focusDepth + delta)),
  }))
}

export function openMapDialog(dialog: MapDialog): void {
  useMapUi.setState({ dialog })
}
