import { z } from 'zod'

/**
 * Every API answer crosses the process boundary in this envelope: Electron rewrites thrown
 * errors into strings, so failures travel as data with a stable code.
 */
export type ErrorCode =
  | 'BAD_INPUT'
  | 'UNKNOWN_METHOD'
  | 'FORBIDDEN'
  | 'LOCKED'
  | 'NO_VAULT'
  | 'WRONG_PASSPHRASE_OR_CORRUPT'
  | 'NOT_A_VAULT'
  | 'VAULT_FROM_NEWER_APP'
  | 'INTEGRITY'
  | 'READ_ONLY'
  | 'ALREADY_OPEN'
  | 'PASSPHRASE_REJECTED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID'
  | 'AMBIGUOUS'
  | 'IMPORT_FAILED'
  | 'INTERNAL'

export interface ApiError {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export const apiErrorSchema = z.object({ code: z.string(), message: z.string() })

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } }
}
