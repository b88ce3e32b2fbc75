import { copyFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, screenshotPath, type LaunchedBrowser } from './support/browser'
import { startTestHarness, type TestHarness } from './support/harness'
import { api } from './support/peoplePage'

const PASSPHRASE = 'lantern orbit cactus meadow violin'

describe('an older copy of the vault, in the app', () => {
  let harness: TestHarness
  let chromium: LaunchedBrowser

  beforeAll(async () => {
    harness = await startTestHarness()
    chromium = await launchChromium()
  })

  afterAll(async () => {
    await chromium?.close()
    await harness?.stop()
  })

  it('shows the banner, refuses writes, and "this older copy is the one I want" makes it current', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(harness.url)
    await api(page, 'vault.create', { ownerName: 'Alex Morgan', passphrase: PASSPHRASE })
    await api(page, 'people.create', { name: 'Ana Silva' })
    await api(page, 'vault.lock', {})
    const file = path.join(harness.dataDirectory, 'vault.kith')
    const old = path.join(harness.dataDirectory, 'old-copy.bin')
    const db = new Database(file)
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.close()
    copyFileSync(file, old)
    await api(page, 'vault.unlock', { passphrase: PASSPHRASE })
    await api(page, 'people.create', { name: 'Ben Okafor' })
    await api(page, 'vault.lock', {})
    copyFileSync(old, file)

    await page.reload()
    await page
      .getByLabel(/passphrase/i)
      .first()
      .fill(PASSPHRASE)
    await page.keyboard.press('Enter')
    const banner = page.getByTestId('rollback-banner')
    await banner.waitFor({ timeout: 60_000 })
    expect(await banner.innerText()).toMatch(/older than the newest state this device has seen/)
    await expect(api(page, 'people.create', { name: 'Sneaked In' })).rejects.toThrow(/READ_ONLY/)
    await page.screenshot({ path: screenshotPath('rollback-banner') })

    await banner.getByRole('button', { name: /older copy is the one I want/ }).click()
    await banner.getByRole('button', { name: 'Yes, this older copy is the one I want' }).click()
    await banner.waitFor({ state: 'detached' })
    await api(page, 'people.create', { name: 'Cleo' })
    await page.close()
  })
})
