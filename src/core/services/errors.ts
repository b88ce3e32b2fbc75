/**
 * Codes a service may fail with. They match the domain codes `core/errors.ts` maps to API codes,
 * so handlers pass them through unchanged.
 */
export type ServiceErrorCode = 'NotFound' | 'Invalid' | 'Conflict' | 'Ambiguous' | 'ReadOnly'

/**
 * A known failure of a use case. Messages name what failed (an id, a field, a name the user typed)
 * and never quote notes, bodies or other private text.
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError'

  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    /** For `Ambiguous`: the candidates, so a UI or the CLI can offer a choice. */
    readonly candidates: readonly { id: string; name: string }[] = [],
  ) {
    super(message)
  }
}

export function notFound(kind: string, id: string): ServiceError {
  return new ServiceError('NotFound', `No ${kind} with id ${id}.`)
}

export function invalid(message: string): ServiceError {
  return new ServiceError('Invalid', message)
}

export function conflict(message: string): ServiceError {
  return new ServiceError('Conflict', message)
}

/** Turns a zod failure into an `Invalid` error naming the fields, never echoing their values. */
export function invalidFromZod(
  what: string,
  issues: readonly { path: PropertyKey[]; message: string }[],
): ServiceError {
  const parts = issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join('.')
    return path ? `${path}: ${issue.message}` : issue.message
  })
  return invalid(`Invalid ${what}: ${parts.join('; ')}.`)
}
