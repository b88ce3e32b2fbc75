import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startHarness, type Harness } from '../../../src/harness/server'

export const RENDERER_ROOT = path.resolve(import.meta.dirname, '../../../out/renderer')

export interface TestHarness extends Harness {
  dataDirectory: string
  stop: () => Promise<void>
}

/** A harness on a free port with its own temporary data folder. Needs `npm run build` first. */
export async function startTestHarness(): Promise<TestHarness> {
  if (!existsSync(path.join(RENDERER_ROOT, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` before the E2E tests')
  }
  const dataDirectory = mkdtempSync(path.join(os.tmpdir(), 'kith-e2e-'))
  const harness = await startHarness({
    rendererRoot: RENDERER_ROOT,
    env: {
      version: '0.0.0-test',
      platform: process.platform,
      dataDirectory,
      // This run's high-water marks: a folder of its own, never the real config directory.
      markDirectory: path.join(dataDirectory, '.marks'),
      clock: () => new Date(),
      log: () => undefined,
    },
  })
  return {
    ...harness,
    dataDirectory,
    stop: async () => {
      await harness.close()
      rmSync(dataDirectory, { recursive: true, force: true })
    },
  }
}
