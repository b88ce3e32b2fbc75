import Papa from 'papaparse'
import { unzipSync } from 'fflate'
import { isEdgeListHeader } from './graphImport'
import { isGoogleHeader } from './google'
import { IMPORT_LIMITS, ImportFormatError } from './limits'
import { findLinkedInHeaderLine } from './linkedin'
import { isOutlookHeader } from './outlook'
import { isThunderbirdHeader } from './thunderbird'
import type { ImportFormat } from './staging'

export const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/**
 * LinkedIn's "get a copy of your data" ZIP: only `Connections.csv` is read, and entries are
 * refused by their declared size before inflating (a zip bomb cannot fill memory).
 */
export function extractLinkedInConnections(bytes: Uint8Array): Uint8Array {
  let files: Record<string, Uint8Array>
  let workbook = false
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (/^xl\/workbook\.xml$|^Index\/Document\.iwa$/i.test(file.name)) workbook = true
        if (!/(^|\/)Connections\.csv$/i.test(file.name)) return false
        if (file.originalSize > IMPORT_LIMITS.maxZipEntryBytes) {
          throw new ImportFormatError(
            `${file.name} is larger than ${IMPORT_LIMITS.maxZipEntryBytes / 1024 / 1024} MB uncompressed`,
          )
        }
        return true
      },
    })
  } catch (error) {
    if (error instanceof ImportFormatError) throw error
    throw new ImportFormatError(`unreadable ZIP archive: ${(error as Error).message}`)
  }
  const entry = Object.values(files)[0]
  if (!entry && workbook)
    throw new ImportFormatError(
      'this is a spreadsheet workbook (Excel .xlsx or Numbers): export it as CSV (UTF-8) and import that file',
    )
  if (!entry)
    throw new ImportFormatError('the ZIP archive has no Connections.csv (is it a LinkedIn export?)')
  if (entry.length > IMPORT_LIMITS.maxZipEntryBytes)
    throw new ImportFormatError('Connections.csv is too large')
  return entry
}

function firstLineHeader(text: string): string[] {
  const end = text.indexOf('\n')
  const line = (end < 0 ? text : text.slice(0, end)).replace(/^\uFEFF/, '')
  if (line.length > 1_000_000) return []
  const parsed = Papa.parse<string[]>(line, { delimitersToGuess: [',', ';', '\t'] })
  return (parsed.data[0] ?? []).map((c) => c.trim())
}

/** Sniffs by content, never by file name. */
export function sniffFormat(text: string): ImportFormat {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (/^BEGIN:VCARD/im.test(text.slice(0, 4096))) return 'vcard'
  if (head.startsWith('<')) {
    if (/<([\w.-]+:)?gexf[\s>]/i.test(text.slice(0, 64 * 1024))) return 'gexf'
    if (/<([\w.-]+:)?graphml[\s>]/i.test(text.slice(0, 64 * 1024))) return 'graphml'
    throw new ImportFormatError('an XML file that is neither GEXF nor GraphML')
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    if (/"format"\s*:\s*"kith"/.test(head)) return 'kith-json'
    if (/"elements"|"data"\s*:/.test(head) || head.startsWith('[')) return 'cyjs'
    throw new ImportFormatError(
      'a JSON file that is neither a Kith export nor a Cytoscape .cyjs file',
    )
  }
  if (findLinkedInHeaderLine(text) !== undefined) return 'linkedin'
  const header = firstLineHeader(text)
  if (isGoogleHeader(header)) return 'google'
  if (isThunderbirdHeader(header)) return 'thunderbird'
  if (isOutlookHeader(header)) return 'outlook'
  if (isEdgeListHeader(header)) return 'edgelist'
  return 'csv'
}
