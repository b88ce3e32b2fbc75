import { anyRecordSchema, type AnyRecord, type RecordKind } from '../../shared/domain'
import type { RecordStore } from '../store/recordStore'
import { ImportFormatError } from './limits'
import type { ImportProblem } from './staging'

export const KITH_JSON_VERSION = 1

export interface KithJsonFile {
  format: 'kith'
  version: number
  exportedAt: string
  records: AnyRecord[]
}

/** Export order: people before what refers to them, so a reader can stream it. */
export const EXPORT_KINDS: readonly RecordKind[] = [
  'settings',
  'layout',
  'person',
  'tie',
  'introduction',
  'entry',
  'clusterName',
  'importBatch',
]

/** Lossless: every record of every kind, as stored (the file is plaintext: callers warn). */
export function exportKithJson(store: RecordStore, now: Date): string {
  const records: AnyRecord[] = []
  for (const kind of EXPORT_KINDS) {
    records.push(...[...store.list(kind)].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)))
  }
  const file: KithJsonFile = {
    format: 'kith',
    version: KITH_JSON_VERSION,
    exportedAt: now.toISOString(),
    records,
  }
  return JSON.stringify(file, null, 1) + '\n'
}

export function parseKithJson(text: string): { records: AnyRecord[]; problems: ImportProblem[] } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ImportFormatError(
      `not valid JSON (truncated?): ${(error as Error).message.slice(0, 200)}`,
    )
  }
  const file = json as Partial<KithJsonFile>
  if (file.format !== 'kith' || !Array.isArray(file.records)) {
    throw new ImportFormatError('not a Kith export: `format: "kith"` and `records` are required')
  }
  if (typeof file.version !== 'number' || file.version > KITH_JSON_VERSION) {
    throw new ImportFormatError(
      `Kith JSON version ${String(file.version)} is newer than this app reads (${KITH_JSON_VERSION})`,
    )
  }
  const records: AnyRecord[] = []
  const problems: ImportProblem[] = []
  file.records.forEach((raw: unknown, index) => {
    const parsed = anyRecordSchema.safeParse(raw)
    if (parsed.success) records.push(parsed.data)
    else {
      const kind = (raw as { kind?: unknown } | null)?.kind
      problems.push({
        row: index + 1,
        severity: 'error',
        message: `record ${index + 1} (${typeof kind === 'string' ? kind : 'unknown kind'}) is invalid: ${parsed.error.issues[0]?.message ?? ''}`,
      })
    }
  })
  return { records, problems }
}
