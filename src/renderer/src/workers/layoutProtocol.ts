import type { LayoutInput, LayoutResult } from './layoutTypes'

export interface LayoutRequest {
  requestId: number
  input: LayoutInput
}

export type LayoutResponse =
  | { requestId: number; ok: true; result: LayoutResult; ms: number }
  | { requestId: number; ok: false; message: string }
