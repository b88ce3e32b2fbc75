import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

/**
 * The Electron binary, if it was downloaded. `require('electron')` would try to download it on
 * first use, which this machine and CI cannot do; so look for the file without triggering that.
 */
export function electronBinary(): string | null {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'))
    const pathFile = path.join(dir, 'path.txt')
    if (!existsSync(pathFile)) return null
    const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}
