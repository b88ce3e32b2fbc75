/** Explicit, reported limits: every import is bounded in bytes, rows, columns and field size. */
export const IMPORT_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  maxColumns: 1000,
  maxRows: 200_000,
  maxFieldChars: 100_000,
  maxCards: 200_000,
  maxGraphNodes: 200_000,
  maxGraphEdges: 1_000_000,
  maxZipEntryBytes: 50 * 1024 * 1024,
} as const

export interface ProblemLocation {
  line?: number
  card?: number
  row?: number
}

/** The whole file is unusable: nothing is staged and nothing is written. */
export class ImportFormatError extends Error {
  readonly code = 'BadInput'
  constructor(
    message: string,
    readonly location: ProblemLocation = {},
  ) {
    super(describeLocation(location) + message)
  }
}

/** Commit refused: some rows have problems and the caller did not accept skipping them. */
export class ImportProblemsError extends Error {
  readonly code = 'ImportProblems'
  constructor(readonly problemCount: number) {
    super(`${problemCount} row(s) have problems; accept skipping them to import the rest`)
  }
}

export class ImportAbortedError extends Error {
  readonly code = 'Aborted'
  constructor() {
    super('The import was cancelled; nothing was written')
  }
}

export function describeLocation(location: ProblemLocation): string {
  const parts: string[] = []
  if (location.card !== undefined) parts.push(`card ${location.card}`)
  if (location.row !== undefined) parts.push(`row ${location.row}`)
  if (location.line !== undefined) parts.push(`line ${location.line}`)
  return parts.length > 0 ? `${parts.join(', ')}: ` : ''
}
