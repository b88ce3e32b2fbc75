import { readFile, stat } from 'node:fs/promises'
import {
  commitImport,
  EXPORT_FORMATS,
  exportVault,
  FileExistsError,
  IMPORT_FORMATS,
  IMPORT_LIMITS,
  ImportAbortedError,
  ImportFormatError,
  ImportProblemsError,
  ImportUndoError,
  MAPPABLE_FIELDS,
  stageImport,
  undoImport,
  writeFileAtomic,
  type ColumnMapping,
  type ExportFormat,
  type ImportFormat,
  type MappableField,
  type StagedImport,
} from '../../core/io'
import type { RecordStore } from '../../core/store/recordStore'
import type { CliIo, Command, ParsedArgs } from '../command'
import { CliError, EXIT } from '../exitCodes'
import { isDamaged, vaultOption, withVault } from '../vaultAccess'

const json = (args: ParsedArgs): boolean => args.values['json'] === true
const str = (args: ParsedArgs, name: string): string | undefined => {
  const v = args.values[name]
  return typeof v === 'string' && v.length > 0 ? v : undefined
}

/** Reads an input file, refusing oversized ones from their size alone (never loads 5 GB to say no). */
export async function readInputFile(path: string): Promise<Uint8Array> {
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    throw new CliError(EXIT.notFound, `no file at ${path}`)
  }
  if (size > IMPORT_LIMITS.maxFileBytes) {
    throw new CliError(
      EXIT.badInput,
      `${path} is ${(size / 1024 / 1024).toFixed(1)} MB; the import limit is ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB`,
    )
  }
  return new Uint8Array(await readFile(path))
}

export function parseMapping(values: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  for (const pair of values) {
    const eq = pair.lastIndexOf('=')
    const column = pair.slice(0, eq).trim()
    const field = pair.slice(eq + 1).trim()
    if (eq <= 0 || !MAPPABLE_FIELDS.includes(field as MappableField)) {
      throw new CliError(
        EXIT.usage,
        `--map expects COLUMN=FIELD with FIELD one of ${MAPPABLE_FIELDS.join(', ')} (got "${pair}")`,
      )
    }
    mapping[column] = field as MappableField
  }
  return mapping
}

function printPreview(staged: StagedImport, io: CliIo): void {
  const p = staged.preview
  const c = p.counts
  io.stdout(`${p.format} file${p.fileName ? ` ${p.fileName}` : ''} (${p.encoding})\n`)
  io.stdout(`  people: ${c.people} (${c.newPeople} new, ${c.matched} already in the vault)\n`)
  io.stdout(`  ties: ${c.ties}${c.otherRecords ? `, other records: ${c.otherRecords}` : ''}\n`)
  for (const d of p.duplicates.slice(0, 20))
    io.stdout(`  = ${d.name} -> ${d.existingName} (${d.reason})\n`)
  if (p.duplicates.length > 20) io.stdout(`  ... and ${p.duplicates.length - 20} more matches\n`)
  for (const problem of p.problems.slice(0, 50)) {
    const where = [
      problem.card && `card ${problem.card}`,
      problem.row && `row ${problem.row}`,
      problem.line && `line ${problem.line}`,
    ]
      .filter(Boolean)
      .join(', ')
    io.stdout(
      `  ${problem.severity === 'error' ? '!' : '~'} ${where ? `${where}: ` : ''}${problem.message}\n`,
    )
  }
  if (p.problems.length > 50) io.stdout(`  ... and ${p.problems.length - 50} more problems\n`)
  // Nothing is dropped silently: what the file holds that this import would not keep.
  for (const d of p.dropped.slice(0, 50)) {
    const what =
      d.kind === 'unmapped'
        ? `"${d.source}" maps to nothing (${d.count} ${d.count === 1 ? 'value' : 'values'}, e.g. "${d.sample}")${d.mappable ? `: keep it with --map "${d.source}=FIELD"` : ''}`
        : `${d.count} ${d.count === 1 ? 'value' : 'values'} in "${d.source}" not kept${d.reason ? ` (${d.reason})` : ''}, e.g. "${d.sample}"`
    io.stdout(`  - ${what}\n`)
  }
  if (p.dropped.length > 50) io.stdout(`  ... and ${p.dropped.length - 50} more not kept\n`)
}

export const IMPORT_USAGE =
  'kith import --vault PATH FILE [--format F] [--yes] [--map COLUMN=FIELD]... [--nodes FILE] [--owner NODE_ID] [--link-owner] [--json]'

/** Stages and previews; commits when there are no problems or `--yes` accepts skipping them. */
export async function importWith(
  store: RecordStore,
  args: ParsedArgs,
  io: CliIo,
  files: { file: Uint8Array; nodes?: Uint8Array; fileName: string },
): Promise<number> {
  const format = str(args, 'format')
  if (format && !IMPORT_FORMATS.includes(format as ImportFormat)) {
    throw new CliError(EXIT.usage, `--format must be one of ${IMPORT_FORMATS.join(', ')}`)
  }
  const mapValues = args.values['map']
  const mapping = parseMapping(
    Array.isArray(mapValues)
      ? mapValues.map(String)
      : typeof mapValues === 'string'
        ? [mapValues]
        : [],
  )
  const owner = str(args, 'owner')
  let staged: StagedImport
  try {
    staged = stageImport(
      files.file,
      {
        fileName: files.fileName,
        ...(format ? { format: format as ImportFormat } : {}),
        ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
        ...(files.nodes ? { nodesFile: files.nodes } : {}),
        ...(owner ? { ownerNodeId: owner } : {}),
        linkOwner: args.values['link-owner'] === true,
      },
      store,
    )
  } catch (error) {
    if (error instanceof ImportFormatError)
      throw new CliError(
        EXIT.badInput,
        `cannot import ${files.fileName}: ${error.message}; nothing was written`,
      )
    throw error
  }
  if (!json(args)) printPreview(staged, io)
  const errors = staged.problems.filter((p) => p.severity === 'error').length
  const accept = args.values['yes'] === true
  if (errors > 0 && !accept) {
    if (json(args))
      io.stdout(JSON.stringify({ committed: false, preview: staged.preview }, null, 2) + '\n')
    throw new CliError(
      EXIT.badInput,
      `${errors} problem(s) above would be skipped; nothing was written. Re-run with --yes to import the rest`,
    )
  }
  try {
    const batch = await commitImport(staged, store, { clock: io.clock, acceptProblems: accept })
    if (json(args))
      io.stdout(JSON.stringify({ committed: true, batch, preview: staged.preview }, null, 2) + '\n')
    else io.stdout(`imported as batch ${batch.id} (undo: kith undo-import ${batch.id})\n`)
    return EXIT.ok
  } catch (error) {
    if (
      error instanceof ImportProblemsError ||
      error instanceof ImportAbortedError ||
      error instanceof ImportFormatError
    )
      throw new CliError(
        EXIT.badInput,
        /nothing was written/.test(error.message)
          ? error.message
          : `${error.message}; nothing was written`,
      )
    throw error
  }
}

export const EXPORT_USAGE =
  'kith export --vault PATH --format json|vcard|csv|gexf|graphml|cyjs --out FILE [--include-private] [--force] [--accept-damaged]'

export async function exportWith(store: RecordStore, args: ParsedArgs, io: CliIo): Promise<number> {
  const format = str(args, 'format')
  const out = str(args, 'out')
  if (!format || !EXPORT_FORMATS.includes(format as ExportFormat)) {
    throw new CliError(EXIT.usage, `--format must be one of ${EXPORT_FORMATS.join(', ')}`)
  }
  if (!out) throw new CliError(EXIT.usage, '--out FILE is required')
  const includePrivate = args.values['include-private'] === true
  const data = exportVault(store, format as ExportFormat, { includePrivate, now: io.clock() })
  io.stderr(
    `warning: ${out} is plaintext, outside the vault's encryption${format === 'json' || includePrivate ? ' (it includes private notes and journal text)' : ''}\n`,
  )
  try {
    await writeFileAtomic(out, data, { overwrite: args.values['force'] === true })
  } catch (error) {
    if (error instanceof FileExistsError)
      throw new CliError(EXIT.conflict, `${error.message} (--force overwrites)`)
    throw error
  }
  io.stdout(
    json(args)
      ? JSON.stringify({ out, format, bytes: Buffer.byteLength(data) }) + '\n'
      : `wrote ${out}\n`,
  )
  return EXIT.ok
}

export async function undoImportWith(
  store: RecordStore,
  args: ParsedArgs,
  io: CliIo,
): Promise<number> {
  const id = args.positionals[0]
  if (!id) throw new CliError(EXIT.usage, 'usage: kith undo-import --vault PATH BATCH_ID')
  try {
    const result = await undoImport(id, store, io.clock)
    io.stdout(
      json(args)
        ? JSON.stringify(result) + '\n'
        : `undid batch ${id}: ${result.removed} record(s) removed, ${result.reverted} restored\n`,
    )
    return EXIT.ok
  } catch (error) {
    if (error instanceof ImportUndoError)
      throw new CliError(
        error.message.startsWith('no import') ? EXIT.notFound : EXIT.conflict,
        error.message,
      )
    throw error
  }
}

export const ioCommands: Command[] = [
  {
    name: 'import',
    summary:
      'Import people and ties from vCard, LinkedIn, Google, Outlook, CSV, GEXF, GraphML, .cyjs or Kith JSON',
    usage: IMPORT_USAGE,
    options: {
      ...vaultOption,
      format: { type: 'string' },
      yes: { type: 'boolean' },
      map: { type: 'string', multiple: true },
      nodes: { type: 'string' },
      owner: { type: 'string' },
      'link-owner': { type: 'boolean' },
    },
    run: async (args, io) => {
      const path = args.positionals[0]
      if (!path) throw new CliError(EXIT.usage, `usage: ${IMPORT_USAGE}`)
      const file = await readInputFile(path)
      const nodesPath = str(args, 'nodes')
      const nodes = nodesPath ? await readInputFile(nodesPath) : undefined
      const fileName = path.split(/[\\/]/).pop() ?? path
      return withVault(
        args,
        io,
        (vault) => importWith(vault, args, io, { file, fileName, ...(nodes ? { nodes } : {}) }),
        { write: true },
      )
    },
  },
  {
    name: 'export',
    summary: 'Export the vault as Kith JSON, vCard 4.0, CSV, GEXF, GraphML or .cyjs (plaintext)',
    usage: EXPORT_USAGE,
    options: {
      ...vaultOption,
      format: { type: 'string' },
      out: { type: 'string' },
      'include-private': { type: 'boolean' },
      force: { type: 'boolean' },
      'accept-damaged': { type: 'boolean' },
    },
    run: (args, io) =>
      withVault(args, io, (vault) => {
        // An export of a damaged or rolled-back vault must not pass for a faithful copy.
        if (isDamaged(vault) && args.values['accept-damaged'] !== true) {
          throw new CliError(
            EXIT.integrity,
            'the vault failed its integrity check or is an older copy; nothing was exported. --accept-damaged exports what verifies',
          )
        }
        return exportWith(vault, args, io)
      }),
  },
  {
    name: 'undo-import',
    summary: 'Undo an import batch as a whole',
    usage: 'kith undo-import --vault PATH BATCH_ID',
    options: { ...vaultOption },
    run: (args, io) =>
      withVault(args, io, (vault) => undoImportWith(vault, args, io), { write: true }),
  },
]
