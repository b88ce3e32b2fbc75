import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from 'playwright-core'

export const IO_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/io')

/** Calls the core through the page's bridge, as the renderer does; throws on an error. */
export async function kithCall<T>(page: Page, method: string, input: unknown = {}): Promise<T> {
  const envelope = (await page.evaluate(
    ([m, i]) =>
      (
        window as unknown as { kith: { call: (m: string, i: unknown) => Promise<unknown> } }
      ).kith.call(m, i),
    [method, input] as const,
  )) as { ok: boolean; value?: T; error?: { code: string; message: string } }
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.code} ${envelope.error?.message}`)
  return envelope.value as T
}

/** Page object for the import wizard, the export dialog and the import history. */
export class ImportPage {
  constructor(private readonly page: Page) {}

  /** Runs a palette command by typing its label (Ctrl+K, text, Enter). */
  async runCommand(label: string): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await this.page.keyboard.press('Control+k')
    await this.page.getByTestId('palette-input').fill(label)
    await this.page
      .getByTestId('palette')
      .getByRole('option', { name: new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .first()
      .waitFor()
    await this.page.keyboard.press('Enter')
  }

  wizard(): Locator {
    return this.page.getByTestId('import-wizard')
  }

  async openWizard(): Promise<Locator> {
    await this.runCommand('Import contacts or a network')
    await this.wizard().waitFor()
    return this.wizard()
  }

  async chooseFixture(name: string): Promise<Locator> {
    await this.page.getByTestId('import-file').setInputFiles(path.join(IO_FIXTURES, name))
    const preview = this.page.getByTestId('import-preview')
    await preview.waitFor()
    return preview
  }

  async count(which: 'people' | 'new'): Promise<number> {
    return Number((await this.page.getByTestId(`count-${which}`).innerText()).replace(/\D/g, ''))
  }

  async commit(): Promise<Locator> {
    await this.page.getByTestId('import-commit').click()
    const result = this.page.getByTestId('import-result')
    await result.waitFor()
    return result
  }

  async undo(): Promise<void> {
    await this.page.getByTestId('import-undo').click()
    await this.page.getByTestId('import-result').getByText('The import was undone').waitFor()
  }

  exportDialog(): Locator {
    return this.page.getByTestId('export-dialog')
  }

  /** WCAG A/AA violations inside one element, in the light and the dark theme. */
  async axeViolations(selector: string): Promise<string[]> {
    const found: string[] = []
    for (const theme of ['light', 'dark'] as const) {
      await this.setTheme(theme)
      const results = await new AxeBuilder({ page: this.page })
        .include(selector)
        .withTags(['wcag2a', 'wcag2aa'])
        .analyze()
      for (const violation of results.violations) {
        const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ')
        found.push(`${theme}: ${violation.id}: ${targets}`)
      }
    }
    await this.setTheme('light')
    return found
  }

  async setTheme(theme: 'light' | 'dark'): Promise<void> {
    await this.page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme)
  }
}
