import { create } from 'zustand'

export interface ToastOptions {
  message: string
  /** Offer an Undo button that calls `undo.last`. */
  undo?: boolean
  tone?: 'info' | 'success' | 'error'
  /** Milliseconds before it goes away by itself; 0 keeps it until dismissed. */
  durationMs?: number
}

export interface Toast extends Required<Omit<ToastOptions, 'durationMs'>> {
  id: number
  durationMs: number
}

interface ToastState {
  toasts: Toast[]
}

export const useToasts = create<ToastState>(() => ({ toasts: [] }))

let nextId = 1
const MAX_TOASTS = 4

/** Shows a short message at the bottom of the window; returns its id (for `dismissToast`). */
export function showToast(options: ToastOptions): number {
  const id = nextId++
  const toast: Toast = {
    id,
    message: options.message,
    undo: options.undo ?? false,
    tone: options.tone ?? 'info',
    // Undo needs time to be read and reached by keyboard.
    durationMs: options.durationMs ?? (options.undo ? 10_000 : 5_000),
  }
  useToasts.setState((state) => ({ toasts: [...state.toasts, toast].slice(-MAX_TOASTS) }))
  return id
}

export function dismissToast(id: number): void {
  useToasts.setState((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }))
}

export function clearToasts(): void {
  useToasts.setState({ toasts: [] })
}
