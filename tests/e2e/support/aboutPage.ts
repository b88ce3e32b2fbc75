import type { Page } from 'playwright-core'

/**
 * Page object for the About panel: what the renderer learned from `app.info`. Before a vault is
 * unlocked it sits behind the "About Kith" button in the footer of the vault screens.
 */
export class AboutPage {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await this.page.getByRole('button', { name: 'About Kith' }).click()
    await this.page.getByTestId('app-info').waitFor()
  }

  version(): Promise<string> {
    return this.page.getByTestId('app-version').innerText()
  }

  runtime(): Promise<string> {
    return this.page.getByTestId('app-runtime').innerText()
  }
}
