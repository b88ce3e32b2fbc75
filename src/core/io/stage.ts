import type { Person } from './domainTypes'
import { checkFileSize, decodeBytes, isUtf16, type DecodedText } from './decode'
import { parseGenericCsv, type ColumnMapping } from './genericCsv'
import { parseGoogle } from './google'
import { parseGraph } from './graphImport'
import { parseKithJson } from './kithJson'
import { IMPORT_LIMITS, ImportFormatError } from './limits'
import { parseLinkedIn } from './linkedin'
import {
  acceptMatch,
  identityKeys,
  IdentityIndex,
  indexPeople,
  matchingKeys,
  mergeStaged,
} from './match'
import { boundPerson, normName } from './normalize'
import { parseOutlook } from './outlook'
import { parseThunderbird } from './thunderbird'
import { extractLinkedInConnections, isZip, sniffFormat } from './sniff'
import {
  CONTACT_FORMATS,
  IMPORT_FORMATS,
  type DuplicateMatch,
  type ImportFormat,
  type OwnerLink,
  type ParsedFile,
  type StagedImport,
  type StagedPerson,
  type StagedTie,
} from './staging'
import type { RecordStore } from '../store/recordStore'
import { parseVcard } from './vcard'
import { unfoldBytes } from './vcardPrepass'

export interface StageOptions {
  fileName?: string
  /** Skip sniffing (the user chose a format). */
  format?: ImportFormat
  /**
   * Column (CSV), property (vCard) or node attribute (graph files) -> field. For a generic CSV it
   * is the whole mapping; elsewhere it maps what the format itself leaves unread.
   */
  mapping?: ColumnMapping
  /** Edge-list CSV: the nodes file (`Id,Label[,Group]`). */
  nodesFile?: Uint8Array
  /** Graph formats: the node that is the owner. */
  ownerNodeId?: string
  /** Graph formats: tie the owner to every imported person. */
  linkOwner?: boolean
}

/** Prefix of tie endpoints that are existing people (resolved by name), not staged keys. */
export const EXISTING = 'existing:'
export const OWNER = 'owner'

function parseFile(
  format: ImportFormat,
  bytes: Uint8Array,
  decoded: DecodedText,
  options: StageOptions,
): ParsedFile {
  switch (format) {
    case 'vcard':
      return parseVcard(bytes, options.mapping)
    case 'linkedin':
      return parseLinkedIn(decoded.text, options.mapping)
    case 'google':
      return parseGoogle(decoded.text, options.mapping)
    case 'outlook':
      return parseOutlook(decoded.text, options.mapping)
    case 'thunderbird':
      return parseThunderbird(decoded.text, options.mapping)
    case 'csv':
      return parseGenericCsv(decoded.text, options.mapping)
    case 'gexf':
    case 'graphml':
    case 'cyjs':
      return parseGraph(format, decoded.text, { mapping: options.mapping })
    case 'edgelist':
      return parseGraph('edgelist', decoded.text, {
        mapping: options.mapping,
        ...(options.nodesFile ? { nodesText: decodeBytes(options.nodesFile).text } : {}),
      })
    case 'kith-json':
      return { people: [], ties: [], problems: [] }
  }
}

function ownerLink(format: ImportFormat, parsed: ParsedFile, options: StageOptions): OwnerLink {
  if (CONTACT_FORMATS.has(format)) return { mode: 'contacts' }
  if (options.ownerNodeId !== undefined) {
    const nodeKey = `node:${options.ownerNodeId}`
    if (!parsed.people.some((p) => p.key === nodeKey)) {
      throw new ImportFormatError(`the file has no node "${options.ownerNodeId}" to be the owner`)
    }
    return { mode: 'node', nodeKey }
  }
  if (options.linkOwner) return { mode: 'linkAll' }
  // Our own exports mark the owner: it maps onto this vault's owner instead of a new person.
  return parsed.ownerKey ? { mode: 'node', nodeKey: parsed.ownerKey } : { mode: 'none' }
}

/** Parses, bounds, de-duplicates and matches: a preview of what a commit would do. Writes nothing. */
export function stageImport(
  bytes: Uint8Array,
  options: StageOptions,
  store: RecordStore,
): StagedImport {
  checkFileSize(bytes)
  if (options.format && !IMPORT_FORMATS.includes(options.format)) {
    throw new ImportFormatError(
      `unknown format "${String(options.format)}" (formats: ${IMPORT_FORMATS.join(', ')})`,
    )
  }
  let fileBytes = bytes
  if (isZip(bytes)) fileBytes = extractLinkedInConnections(bytes)
  let decoded = decodeBytes(fileBytes)
  // The vCard reader works on UTF-8 bytes (it unfolds before decoding): re-encode UTF-16 files.
  if (isUtf16(decoded.encoding)) fileBytes = new TextEncoder().encode(decoded.text)
  const format = options.format ?? (isZip(bytes) ? 'linkedin' : sniffFormat(decoded.text))
  // A fold inside a multi-byte character is not an encoding problem: judge the unfolded bytes.
  let encoding: StagedImport['encoding']
  if (format === 'vcard' && !isUtf16(decoded.encoding)) {
    decoded = { ...decoded, encoding: decodeBytes(unfoldBytes(fileBytes)).encoding }
    // Legacy bytes that each property labels with its own CHARSET= are not a file encoding.
    encoding =
      decoded.encoding === 'windows-1252' && /;CHARSET=/i.test(decoded.text.slice(0, 1 << 20))
        ? 'vcard-charset'
        : decoded.encoding
  } else encoding = decoded.encoding
  const fileName = (options.fileName ?? '').slice(0, 200)

  if (format === 'kith-json') {
    const { records, problems } = parseKithJson(decoded.text)
    const people = records.filter((r) => r.kind === 'person')
    const staged: StagedImport = {
      format,
      fileName,
      encoding: decoded.encoding,
      people: [],
      ties: [],
      problems,
      owner: { mode: 'none' },
      matches: new Map(),
      records,
      preview: {
        format,
        fileName,
        encoding: decoded.encoding,
        counts: {
          people: people.length,
          newPeople: people.filter((p) => !store.get('person', p.id) && !p.isMe).length,
          matched: people.filter((p) => store.get('person', p.id)).length,
          ties: records.filter((r) => r.kind === 'tie').length,
          rowsWithProblems: problems.length,
          otherRecords: records.filter((r) => r.kind !== 'person' && r.kind !== 'tie').length,
        },
        duplicates: [],
        problems,
        limits: { ...IMPORT_LIMITS },
        dropped: [],
      },
    }
    return staged
  }

  const parsed = parseFile(format, fileBytes, decoded, options)
  const problems = [...parsed.problems]
  const owner = ownerLink(format, parsed, options)
  if (owner.mode !== 'none' && !store.list('person').some((p) => p.isMe && !p.deletedAt)) {
    problems.push({
      severity: 'warning',
      message: 'the vault has no owner yet: no ties to the owner will be made',
    })
  }

  // Bound, then fold duplicates inside the file into their first occurrence.
  const alias = new Map<string, string>()
  const people: StagedPerson[] = []
  const inFile = new IdentityIndex<StagedPerson>()
  for (const raw of parsed.people) {
    if (raw.key === owner.nodeKey) continue
    const person = boundPerson(raw, problems)
    if (!person) continue
    const keys = identityKeys(person)
    const same = inFile.find(
      keys.filter((k) => k.reason !== 'name'),
      (other, reason) => acceptMatch(other, person, reason),
    )
    if (same) {
      mergeStaged(same.value, person)
      alias.set(person.key, same.value.key)
      problems.push({
        ...person.at,
        severity: 'warning',
        message: `same person as an earlier entry (${same.reason}): merged`,
      })
      continue
    }
    inFile.add(keys, person)
    people.push(person)
  }

  // Match against people already in the vault.
  const existing = store.list('person')
  const index = indexPeople(existing)
  const matches = new Map<string, DuplicateMatch>()
  for (const person of people) {
    const found = index.find(matchingKeys(identityKeys(person)), (other, reason) =>
      acceptMatch(other, person, reason),
    )
    if (found && !found.value.isMe) {
      matches.set(person.key, {
        key: person.key,
        name: person.name,
        personId: found.value.id,
        existingName: found.value.name,
        reason: found.reason,
      })
    }
  }

  const ties = resolveTies(parsed.ties, { alias, people, existing, owner, problems })
  const rowsWithProblems = new Set(
    problems.filter((p) => p.severity === 'error').map((p) => `${p.card}|${p.line}|${p.row}`),
  )
  return {
    format,
    fileName,
    encoding,
    people,
    ties,
    problems,
    owner,
    matches,
    preview: {
      format,
      fileName,
      encoding,
      counts: {
        people: people.length,
        newPeople: people.length - matches.size,
        matched: matches.size,
        ties:
          ties.length + (owner.mode === 'contacts' || owner.mode === 'linkAll' ? people.length : 0),
        rowsWithProblems: rowsWithProblems.size,
        otherRecords: 0,
      },
      duplicates: [...matches.values()],
      problems,
      limits: { ...IMPORT_LIMITS },
      dropped: parsed.dropped ?? [],
      ...(parsed.graph ? { graph: parsed.graph } : {}),
      ...(parsed.csv ? { csv: parsed.csv } : {}),
      ...(parsed.nodeAttributes ? { nodeAttributes: parsed.nodeAttributes } : {}),
    },
  }
}

function resolveTies(
  ties: readonly StagedTie[],
  ctx: {
    alias: Map<string, string>
    people: StagedPerson[]
    existing: Person[]
    owner: OwnerLink
    problems: StagedImport['problems']
  },
): StagedTie[] {
  const keys = new Set(ctx.people.map((p) => p.key))
  const byName = new Map<string, string>()
  for (const p of ctx.existing)
    if (!p.deletedAt && !p.isMe) byName.set(normName(p.name), `${EXISTING}${p.id}`)
  for (const p of ctx.people) byName.set(normName(p.name), p.key)
  const byUid = new Map<string, string>()
  for (const p of ctx.people)
    for (const e of p.externalIds) if (e.startsWith('vcard:')) byUid.set(`uid:${e.slice(6)}`, p.key)
  const resolve = (key: string | undefined): string | undefined => {
    if (key === undefined) return undefined
    if (key === ctx.owner.nodeKey) return OWNER
    if (key.startsWith('uid:')) return byUid.get(key)
    const k = ctx.alias.get(key) ?? key
    return keys.has(k) ? k : undefined
  }
  const out: StagedTie[] = []
  for (const tie of ties) {
    const a = resolve(tie.a)
    const b = tie.bName !== undefined ? byName.get(normName(tie.bName)) : resolve(tie.b)
    if (!a || !b) {
      if (tie.bName !== undefined && a) {
        ctx.problems.push({
          ...tie.at,
          severity: 'warning',
          message: `related person "${tie.bName.slice(0, 80)}" is not in the file or the vault: no tie`,
        })
      }
      continue
    }
    if (a === b) continue
    out.push({ ...tie, a, b })
  }
  return out
}
