import { randomBytes } from 'node:crypto'
import { link, open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export class FileExistsError extends Error {
  readonly code = 'FileExists'
  constructor(readonly path: string) {
    super(`${path} already exists; choose another name or allow overwriting`)
  }
}

/**
 * Writes to a temp file in the same folder, fsyncs, then moves it into place: a crash leaves the
 * old file or the new one, never half of it. Without `overwrite`, the move is a hard link, which
 * fails if the target exists (no check-then-write race).
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  options: { overwrite?: boolean } = {},
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx', 0o600)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    if (options.overwrite) {
      await rename(temp, path)
      return
    }
    try {
      await link(temp, path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path)
      throw error
    }
    await unlink(temp)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}
