import type { Locator, Page } from 'playwright-core'

/** Page object for quick capture, the journal, introductions and the palette. */
export class JournalPage {
  constructor(private readonly page: Page) {}

  /** Opens capture with the `j` shortcut (focus on the page, not in a field). */
  async openCaptureWithKeyboard(): Promise<Locator> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await this.page.keyboard.press('j')
    const text = this.page.getByTestId('capture-text')
    await text.waitFor()
    await this.page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'capture-text',
    )
    return text
  }

  mentionOptions(): Locator {
    return this.page.getByRole('listbox', { name: 'People to mention' }).getByRole('option')
  }

  async goTo(view: 'Journal' | 'Introductions' | 'Reach out' | 'People' | 'Map'): Promise<void> {
    await this.page.getByRole('button', { name: view, exact: true }).click()
  }

  introColumn(status: string): Locator {
    return this.page.getByTestId(`intro-column-${status}`)
  }

  async moveIntroduction(pair: string, to: string, from: string): Promise<void> {
    const card = this.introColumn(from).getByRole('listitem', { name: pair })
    await card.getByTestId('intro-move').click()
    await card.getByTestId(`intro-move-${to}`).click()
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text })
  }

  /** Opens the edit dialog of the timeline entry containing `text`; returns the dialog. */
  async editEntry(text: string): Promise<Locator> {
    const card = this.page
      .getByTestId('journal-timeline')
      .locator('article')
      .filter({ hasText: text })
    await card.getByRole('button', { name: 'Edit this entry' }).click()
    const dialog = this.page.getByTestId('edit-entry-dialog')
    await dialog.waitFor()
    await this.page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'capture-text',
    )
    return dialog
  }

  /** Clicks Undo on the toast with `text`. */
  async undo(text: string | RegExp): Promise<void> {
    await this.toast(text).getByRole('button', { name: 'Undo' }).click()
  }
}
