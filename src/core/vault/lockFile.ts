import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { AlreadyOpenError } from './errors'

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * One writer per vault: `<vault>.lock` created with O_EXCL holding the owner's pid. A lock left by
 * a dead process (a crash, kill -9) is stale and taken over.
 */
export function acquireLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600)
      writeSync(fd, String(process.pid))
      closeSync(fd)
      let released = false
      return () => {
        if (released) return
        released = true
        try {
          unlinkSync(lockPath)
        } catch {
          // Already gone: nothing to release.
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    let pid = Number.NaN
    try {
      pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10)
    } catch {
      // Vanished between our open and read: retry.
    }
    if (pid === process.pid) throw new AlreadyOpenError('in this process')
    if (Number.isSafeInteger(pid) && pid > 0 && processAlive(pid)) {
      throw new AlreadyOpenError(`by process ${pid}`)
    }
    try {
      unlinkSync(lockPath)
    } catch {
      // Someone else removed it first.
    }
  }
  throw new AlreadyOpenError('the lock file could not be taken')
}
