import Database from 'better-sqlite3'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type LaunchedBrowser } from './support/browser'
import { startTestHarness, type TestHarness } from './support/harness'
import { VaultPage } from './support/vaultPage'

const OWNER = 'Ana Silva'
const PASSPHRASE = 'lantern orbit cactus meadow violin'
const NEW_PASSPHRASE = 'copper falcon drizzle harbour quilt'
const BACKUP_PASSPHRASE = 'marble thistle compass ember oyster'
const DEMO_PASSPHRASE = 'kith demo network'

/**
 * The vault screens end to end, one vault for the whole block (each creation costs an Argon2id
 * run): first run by keyboard, recovery key, lock, wrong passphrase, unlock, recovery-key unlock
 * with a new passphrase, the demo vault and switching back, settings and a backup, restoring it,
 * and recovery mode for a tampered vault.
 */
describe('the vault screens', () => {
  let harness: TestHarness
  let chromium: LaunchedBrowser
  let page: Page
  let vault: VaultPage
  let recoveryKey = ''
  const errors: string[] = []

  beforeAll(async () => {
    harness = await startTestHarness()
    chromium = await launchChromium()
    // A context of its own: axe-core needs one to inject its script.
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } })
    // A controllable clock (it runs normally until the auto-lock test fast-forwards it).
    await context.clock.install()
    page = await context.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
    vault = new VaultPage(page)
    await vault.open(harness.url)
  })

  afterAll(async () => {
    await chromium?.close()
    await harness?.stop()
  })

  it('creates a vault from the first-run screen with the keyboard alone', async () => {
    await vault.firstRunHeading().waitFor()
    await vault.screenshotBoth('vault-first-run')
    expect(await vault.axeViolations()).toEqual([])
    await vault.createVaultWithKeyboard(OWNER, PASSPHRASE)
    recoveryKey = await vault.recoveryKey()
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/)
    await vault.screenshotBoth('vault-recovery-key')
    await vault.screenshotPrint('vault-recovery-key-print')
    expect(await vault.axeViolations()).toEqual([])
  })

  it('requires the last group of the recovery key before opening the workspace', async () => {
    await page.keyboard.type('ZZZZ')
    await expect(page.getByTestId('recovery-saved').isDisabled()).resolves.toBe(true)
    await page.getByLabel(/Type the last group/).fill('')
    await vault.confirmRecoveryKeyWithKeyboard(recoveryKey)
    await vault.waitForWorkspace()
    await vault.screenshotBoth('vault-workspace')
  })

  it('opens the shortcut sheet with ? and closes it with Escape', async () => {
    await page.getByRole('button', { name: 'People' }).focus()
    await page.keyboard.press('?')
    await page.getByTestId('shortcut-sheet').waitFor()
    await vault.screenshotBoth('vault-shortcut-sheet')
    await page.keyboard.press('Escape')
    await page.getByTestId('shortcut-sheet').waitFor({ state: 'detached' })
  })

  it('opens the palette, new person and capture from the keyboard; Escape closes each', async () => {
    const openDialogs = page.locator('dialog[open], [aria-modal="true"]')
    for (const keys of ['Control+k', '/', 'n', 'j']) {
      await page.getByRole('button', { name: 'People' }).focus()
      await page.keyboard.press(keys)
      await openDialogs.first().waitFor()
      await page.keyboard.press('Escape')
      await openDialogs.first().waitFor({ state: 'detached' })
    }
    await page.getByRole('button', { name: 'Map' }).focus()
    await page.keyboard.press('2')
    await expect(
      page.getByRole('button', { name: 'People' }).getAttribute('aria-current'),
    ).resolves.toBe('page')
    await page.keyboard.press('1')
  })

  it('locks, names a wrong passphrase as such, and unlocks with the right one', async () => {
    await vault.lock()
    await vault.unlock('not the passphrase at all')
    const error = await vault.unlockError()
    expect(error.code).toBe('WRONG_PASSPHRASE_OR_CORRUPT')
    expect(error.text).toContain("That passphrase doesn't open this vault")
    await vault.screenshotBoth('vault-unlock-error')
    expect(await vault.axeViolations()).toEqual([])
    await vault.unlock(PASSPHRASE)
    await vault.waitForWorkspace()
  })

  it('unlocks with the recovery key and then requires a new passphrase', async () => {
    await vault.lock()
    await page.getByRole('button', { name: 'Use recovery key instead' }).click()
    await page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey.toLowerCase())
    await page.getByRole('button', { name: 'Unlock', exact: true }).click()
    await page.getByRole('heading', { name: 'Set a new passphrase' }).waitFor({ timeout: 30_000 })
    await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE)
    await page.getByLabel('Confirm new passphrase', { exact: true }).fill(NEW_PASSPHRASE)
    await page.getByRole('button', { name: 'Save new passphrase' }).click()
    await vault.waitForWorkspace()
    await vault.lock()
    await vault.unlock(NEW_PASSPHRASE)
    await vault.waitForWorkspace()
  })

  it('tries the demo vault from the unlock screen and switches back to the first vault', async () => {
    await vault.lock()
    await page.getByTestId('try-demo').click()
    const shown = page.getByTestId('demo-passphrase')
    await shown.waitFor({ timeout: 90_000 })
    expect(await shown.innerText()).toBe(DEMO_PASSPHRASE)
    await vault.screenshotBoth('vault-demo-passphrase')
    await page.getByRole('button', { name: 'Open the demo vault' }).click()
    await vault.waitForWorkspace()
    await expect(page.locator('.topbar .badge').innerText()).resolves.toBe('Demo')
    await vault.lock()
    await page.getByRole('button', { name: /Open “vault”/ }).click()
    await page.getByText('Unlock your vault').waitFor()
    await vault.unlock(NEW_PASSPHRASE)
    await vault.waitForWorkspace()
  })

  it('settings: theme, a backup, and About', async () => {
    await page.getByTestId('open-settings').click()
    await page.getByTestId('settings').waitFor()
    await page.getByTestId('app-info').waitFor()
    await vault.screenshotBoth('vault-settings')
    await page.getByLabel('Dark', { exact: true }).check()
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark')
    await page.getByLabel('Same as the system').check()
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBeNull()
    await page.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE)
    await page.getByLabel('Confirm backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE)
    await page.getByRole('button', { name: 'Make a backup' }).click()
    const result = page.getByTestId('backup-result')
    await result.waitFor({ timeout: 30_000 })
    expect(await result.innerText()).toMatch(/vault-.*\.kithbackup/)
    // A new passphrase needs the current one.
    const settings = page.getByTestId('settings')
    await settings.getByLabel('Current passphrase', { exact: true }).fill('not the current one')
    await settings.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE)
    await settings.getByLabel('Confirm new passphrase', { exact: true }).fill(NEW_PASSPHRASE)
    await settings.getByRole('button', { name: 'Change passphrase' }).click()
    await settings
      .getByText('That is not the current passphrase of this vault.')
      .waitFor({ timeout: 30_000 })
    await settings.getByLabel('Current passphrase', { exact: true }).fill(NEW_PASSPHRASE)
    await settings.getByRole('button', { name: 'Change passphrase' }).click()
    await settings.getByText('Passphrase changed.', { exact: false }).waitFor({ timeout: 30_000 })
    await page.keyboard.press('Escape')
    await page.getByTestId('settings').waitFor({ state: 'detached' })
  })

  it('restores the backup into a new vault and unlocks it', async () => {
    await vault.lock()
    await page.getByRole('button', { name: 'Restore from a backup…' }).click()
    await page.getByLabel(/vault-.*\.kithbackup/).waitFor()
    await vault.screenshotBoth('vault-restore')
    await page.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE)
    await page.getByRole('button', { name: 'Restore', exact: true }).click()
    await page.getByText(/Restored into a new vault/).waitFor({ timeout: 30_000 })
    await page.getByText(/Vault “restored /).waitFor()
    await vault.unlock(NEW_PASSPHRASE)
    await vault.waitForWorkspace()
  })

  it('shows recovery mode for a tampered vault and exports what still verifies', async () => {
    await vault.lock()
    // Duplicate one record under another id: the digest and that record's check both fail.
    const db = new Database(path.join(harness.dataDirectory, 'demo.kith'))
    const row = db.prepare('SELECT * FROM record LIMIT 1').get() as Record<string, unknown>
    db.prepare(
      'INSERT INTO record (id, ver, key_gen, fmt, nonce, ct) VALUES (?, ?, ?, ?, ?, ?)',
    ).run('f'.repeat(32), row.ver, row.key_gen, row.fmt, row.nonce, row.ct)
    db.close()
    await page.getByRole('button', { name: /Open “demo”/ }).click()
    await page.getByText('Unlock the demo vault').waitFor()
    await vault.unlock(DEMO_PASSPHRASE)
    await page.getByRole('heading', { name: 'Part of this vault could not be verified' }).waitFor({
      timeout: 60_000,
    })
    expect(await page.getByTestId('bad-record-ids').innerText()).toContain('f'.repeat(32))
    await vault.screenshotBoth('vault-recovery-mode')
    await page.getByRole('button', { name: 'Export what still verifies' }).click()
    await page.getByText(/Saved \d+ records to “demo-verified-/).waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Look around (read-only)' }).click()
    await vault.waitForWorkspace()
    await page.getByText(/Recovery mode: read-only/).waitFor()
  })

  it('locks by itself after the auto-lock minutes without activity', async () => {
    await vault.lock()
    await page.getByRole('button', { name: /Open “vault”/ }).click()
    await vault.unlock(NEW_PASSPHRASE)
    await vault.waitForWorkspace()
    await page.getByTestId('open-settings').click()
    const autoLock = page.getByLabel('Lock automatically after')
    await autoLock.selectOption('1')
    // The select shows the core's status: once it says 1, the idle timer runs on 1 minute.
    await expect.poll(() => autoLock.inputValue()).toBe('1')
    await page.keyboard.press('Escape')
    await page.getByTestId('settings').waitFor({ state: 'detached' })
    await page.clock.fastForward('00:30')
    await expect(page.getByTestId('workspace').isVisible()).resolves.toBe(true)
    await page.clock.fastForward('00:31')
    await page.getByText('Kith locked itself after 1 minute without activity.').waitFor()
  })

  it('drops the workspace when the core reports a lock it did not ask for', async () => {
    await vault.unlock(NEW_PASSPHRASE)
    await vault.waitForWorkspace()
    const other = await page.context().newPage()
    await other.goto(harness.url)
    await other.evaluate(() => window.kith?.call('vault.lock', {}))
    // The first page is a background tab now; bring it back as a person would look at it.
    await other.close()
    await page.bringToFront()
    await vault.unlockHeading().waitFor()
    expect(await page.getByTestId('workspace').count()).toBe(0)
    expect(errors).toEqual([])
  })
})
