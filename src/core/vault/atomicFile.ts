import { closeSync, fsyncSync, linkSync, openSync, unlinkSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { toHex } from './bytes'
import { randomBytes } from './crypto'
import { VaultExistsError } from './errors'

export function tempPathFor(target: string): string {
  return `${target}.tmp-${toHex(randomBytes(6))}`
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

export function fsyncDirectory(path: string): void {
  try {
    const fd = openSync(dirname(path), 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    // Some platforms cannot fsync a directory; the file itself is already durable.
  }
}

/**
 * Publishes a finished temp file under `target` without ever replacing an existing file:
 * link() fails if `target` exists, which a rename would silently overwrite.
 */
export function publishNoClobber(temp: string, target: string): void {
  try {
    linkSync(temp, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new VaultExistsError()
    throw error
  } finally {
    try {
      unlinkSync(temp)
    } catch {
      // Nothing left to clean.
    }
  }
  fsyncDirectory(target)
}

/** Writes chunks to a new 0600 temp file and fsyncs it; returns the temp path. */
export function writeDurableTemp(target: string, chunks: Iterable<Uint8Array>): string {
  const temp = tempPathFor(target)
  const fd = openSync(temp, 'wx', 0o600)
  try {
    for (const chunk of chunks) {
      let offset = 0
      while (offset < chunk.length) offset += writeSync(fd, chunk, offset)
    }
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    unlinkSync(temp)
    throw error
  }
  closeSync(fd)
  return temp
}
