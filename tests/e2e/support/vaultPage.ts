import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { screenshotPath } from './browser'

/** Page object for the vault screens: first run, recovery key, unlock, demo, lock. */
export class VaultPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url)
  }

  firstRunHeading() {
    return this.page.getByRole('heading', { name: 'Welcome to Kith' })
  }

  /** Fills the create form with the keyboard alone (the name field has focus on arrival). */
  async createVaultWithKeyboard(ownerName: string, passphrase: string): Promise<void> {
    const keyboard = this.page.keyboard
    await this.page.getByLabel('Your name').waitFor()
    await keyboard.type(ownerName)
    await keyboard.press('Tab')
    await keyboard.type(passphrase)
    await keyboard.press('Tab') // the Show toggle
    await keyboard.press('Tab')
    await keyboard.type(passphrase)
    await keyboard.press('Enter')
  }

  async recoveryKey(): Promise<string> {
    const key = this.page.getByTestId('recovery-key')
    await key.waitFor({ timeout: 60_000 })
    const groups = await key.locator('.recovery-group').allInnerTexts()
    return groups.join('-')
  }

  /** Types the key's last group into the focused confirmation field and presses Enter. */
  async confirmRecoveryKeyWithKeyboard(key: string): Promise<void> {
    const last = key.split('-').pop() ?? ''
    await this.page.keyboard.type(last)
    await this.page.keyboard.press('Enter')
  }

  async waitForWorkspace(): Promise<void> {
    await this.page.getByTestId('workspace').waitFor({ timeout: 60_000 })
    await this.page.locator('.workspace-main .view-loading').waitFor({ state: 'detached' })
  }

  unlockHeading() {
    return this.page.getByRole('heading', { name: /^Unlock/ })
  }

  async lock(): Promise<void> {
    await this.page.getByTestId('lock').click()
    await this.unlockHeading().waitFor()
  }

  async unlock(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase)
    await this.page.getByRole('button', { name: 'Unlock', exact: true }).click()
  }

  /** The unlock error's code and text once it shows. */
  async unlockError(): Promise<{ code: string | null; text: string }> {
    const error = this.page.getByTestId('unlock-error')
    await error.waitFor({ timeout: 30_000 })
    return { code: await error.getAttribute('data-code'), text: await error.innerText() }
  }

  /** Screenshots the page in light and in dark (emulated system preference). */
  async screenshotBoth(name: string): Promise<void> {
    await this.page.emulateMedia({ colorScheme: 'light' })
    await this.page.screenshot({ path: screenshotPath(`${name}-light`) })
    await this.page.emulateMedia({ colorScheme: 'dark' })
    await this.page.screenshot({ path: screenshotPath(`${name}-dark`) })
    await this.page.emulateMedia({ colorScheme: 'light' })
  }

  /** Accessibility violations on the current screen (axe-core, WCAG A/AA rules), in light and dark. */
  async axeViolations(): Promise<string[]> {
    const found: string[] = []
    for (const colorScheme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme })
      const results = await new AxeBuilder({ page: this.page })
        .withTags(['wcag2a', 'wcag2aa'])
        .analyze()
      for (const violation of results.violations) {
        const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ')
        found.push(`${colorScheme}: ${violation.id}: ${targets}`)
      }
    }
    await this.page.emulateMedia({ colorScheme: 'light' })
    return found
  }

  /** The page as printed (the recovery key's print stylesheet). */
  async screenshotPrint(name: string): Promise<void> {
    await this.page.emulateMedia({ media: 'print' })
    await this.page.screenshot({ path: screenshotPath(name) })
    await this.page.emulateMedia({ media: 'screen' })
  }
}
