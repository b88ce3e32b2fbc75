import {
  appendFileSync,
  fsyncSync,
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'

/**
 * The high-water mark of a vault: the newest state this device has seen. A file whose state is
 * older (lower epoch) or different at the same epoch (another commit id) is an old or forked copy.
 */
export interface EpochMark {
  epoch: number
  /** Random per commit (hex); '' for a vault written before commit ids existed. */
  commitId: string
  /** Set when the mark of a known vault was found missing; cleared when the user acknowledges it. */
  missingSince?: string
}

/**
 * Where marks live: outside the vault's folder (the app's config directory, and in Electron also
 * `safeStorage`), keyed by vault id, so restoring an old copy of the vault folder does not carry
 * an old mark with it.
 */
export interface MarkStore {
  read: (vaultIdHex: string) => EpochMark | undefined
  /** Whether a mark was ever written here for this vault id (survives deleting the mark). */
  known: (vaultIdHex: string) => boolean
  /** Never lowers a mark: a write below the stored epoch is ignored. */
  write: (vaultIdHex: string, mark: EpochMark) => void
}

const ID = /^[0-9a-f]{32}$/
const KNOWN_FILE = 'known-vaults'

export function parseMark(value: unknown): EpochMark | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { epoch, commitId, missingSince } = value as Record<string, unknown>
  if (!Number.isSafeInteger(epoch) || (epoch as number) < 0) return undefined
  if (typeof commitId !== 'string' || !/^[0-9a-f]*$/.test(commitId)) return undefined
  const mark: EpochMark = { epoch: epoch as number, commitId }
  if (typeof missingSince === 'string') mark.missingSince = missingSince
  return mark
}

/** True when `next` may replace `current`: marks only move forward. */
export function isNotLower(current: EpochMark | undefined, next: EpochMark): boolean {
  return current === undefined || next.epoch >= current.epoch
}

function writeAtomic(file: string, text: string): void {
  const temp = `${file}.tmp`
  writeFileSync(temp, text, { mode: 0o600 })
  const fd = openSync(temp, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temp, file)
}

/** One JSON file per vault id in `dir`, plus a list of every vault id ever marked there. */
export function fileMarkStore(dir: string): MarkStore {
  const fileFor = (id: string) => {
    if (!ID.test(id)) throw new Error('bad vault id')
    return join(dir, `${id}.json`)
  }
  const knownIds = (): Set<string> => {
    try {
      return new Set(readFileSync(join(dir, KNOWN_FILE), 'utf8').split('\n').filter(Boolean))
    } catch {
      return new Set()
    }
  }
  const read = (id: string): EpochMark | undefined => {
    try {
      return parseMark(JSON.parse(readFileSync(fileFor(id), 'utf8')))
    } catch {
      return undefined
    }
  }
  return {
    read,
    known: (id) => knownIds().has(id),
    write: (id, mark) => {
      if (!isNotLower(read(id), mark)) return
      mkdirSync(dir, { recursive: true, mode: 0o700 })
      writeAtomic(fileFor(id), JSON.stringify(mark))
      if (!knownIds().has(id)) appendFileSync(join(dir, KNOWN_FILE), `${id}\n`, { mode: 0o600 })
    },
  }
}

/**
 * A store backed by `primary` that also trusts marks handed over as plain data (the app's
 * `safeStorage` copy, read on the main thread): the higher of the two wins.
 */
export function withSeedMarks(
  primary: MarkStore,
  seed: Readonly<Record<string, EpochMark>> | undefined,
): MarkStore {
  if (!seed) return primary
  return {
    read: (id) => {
      const own = primary.read(id)
      const extra = Object.hasOwn(seed, id) ? parseMark(seed[id]) : undefined
      if (!extra) return own
      if (!own || extra.epoch > own.epoch) return extra
      return own
    },
    known: (id) => primary.known(id) || Object.hasOwn(seed, id),
    write: (id, mark) => primary.write(id, mark),
  }
}

/**
 * A second copy of the marks that a restored config folder does not bring back either: in
 * Electron, `safeStorage` (the OS keychain). Injected by the app; absent in the CLI and harness.
 */
export interface MarkMirror {
  /** Every mark the mirror holds, by vault id (plain data: it is handed to the engine worker). */
  load: () => Record<string, EpochMark>
  save: (vaultIdHex: string, mark: EpochMark) => void
}
