import path from 'node:path'
import { _electron as electron } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { electronBinary } from './support/electronBinary'

const binary = electronBinary()
const reason =
  'no Electron binary is installed (it is downloaded on first use, which needs a network that ' +
  'reaches Electron releases); the same renderer and core are covered through the browser harness'

if (!binary) console.warn(`Skipping the Electron E2E tests: ${reason}.`)

describe.skipIf(!binary)('Kith in Electron', () => {
  it('opens the app window on the app:// origin with the bridge and nothing else', async () => {
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [path.resolve(import.meta.dirname, '../../out/main/index.js')],
    })
    try {
      const page = await app.firstWindow()
      expect(page.url()).toBe('app://kith/index.html')
      await page.getByTestId('app-info').waitFor()
      expect(
        await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
      ).toBe('undefined')
      expect(await page.evaluate(() => Object.keys(window.kith ?? {}).sort())).toEqual([
        'call',
        'on',
      ])
    } finally {
      await app.close()
    }
  })
})
