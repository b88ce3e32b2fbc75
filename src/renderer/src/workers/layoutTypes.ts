export interface Point {
  x: number
  y: number
}

export type Positions = Record<string, Point>

export interface LayoutEdge {
  a: string
  b: string
  /** Tie strength scaled to (0, 1]. */
  w: number
}

export interface LayoutInput {
  /** Every live person, owner included. */
  nodes: readonly string[]
  owner: string | null
  edges: readonly LayoutEdge[]
  /** person id -> cluster id (the analysis' `clusterOf`); people missing from it form one group. */
  clusterOf: Readonly<Record<string, string>>
  /** Positions saved in the vault; reused as they are. */
  saved: Readonly<Positions>
  /** Lay everybody out afresh, ignoring saved positions. */
  full?: boolean
  seed?: number
  /** Width / height of the view the map is shown in: clusters spread to fill it. */
  aspect?: number
  /** Average room per person, in canvas pixels. */
  spacing?: number
}

export interface LayoutResult {
  positions: Positions
  /** People whose position was computed now (to be saved). */
  placed: string[]
  mode: 'full' | 'incremental' | 'unchanged'
}
