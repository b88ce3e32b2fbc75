import type { JSHandle, Locator, Page } from 'playwright-core'

export interface Contact {
  name: string
  organization?: string
  title?: string
  email?: string
  categories?: string[]
}

/** A vCard 3.0 file of these contacts (ORG commas escaped, as phones and Apple write them). */
export function vcardFile(contacts: readonly Contact[]): string {
  const escape = (value: string) => value.replace(/\\/g, '\\\\').replace(/[,;]/g, (c) => `\\${c}`)
  return contacts
    .map((c) => {
      const [first, ...rest] = c.name.split(' ')
      const lines = [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `FN:${c.name}`,
        `N:${rest.join(' ')};${first};;;`,
      ]
      if (c.organization) lines.push(`ORG:${escape(c.organization)}`)
      if (c.title) lines.push(`TITLE:${escape(c.title)}`)
      if (c.email) lines.push(`EMAIL;TYPE=INTERNET:${c.email}`)
      if (c.categories?.length) lines.push(`CATEGORIES:${c.categories.map(escape).join(',')}`)
      lines.push('END:VCARD')
      return lines.join('\r\n')
    })
    .join('\r\n')
    .concat('\r\n')
}

/** Page object for the empty-vault guidance, dropping a file, the inference line and the review. */
export class OnboardingPage {
  constructor(readonly page: Page) {}

  guidance(): Locator {
    return this.page.getByTestId('getting-started')
  }

  banner(): Locator {
    return this.page.getByTestId('inference-banner')
  }

  review(): Locator {
    return this.page.getByTestId('likely-review')
  }

  async showView(name: 'Map' | 'People'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click()
  }

  /** Starts dragging a file over the window (dragenter + dragover), as a file manager would. */
  async dragFileOver(name: string, text: string): Promise<JSHandle<DataTransfer>> {
    const transfer = await this.page.evaluateHandle(
      ([fileName, content]) => {
        const dt = new DataTransfer()
        dt.items.add(new File([content], fileName, { type: 'text/vcard' }))
        return dt
      },
      [name, text] as const,
    )
    await this.page.evaluate((dt) => {
      for (const type of ['dragenter', 'dragover']) {
        document.body.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }),
        )
      }
    }, transfer)
    return transfer
  }

  /** Drops the dragged file; returns whether the app took it (prevented the browser's default). */
  async drop(transfer: JSHandle<DataTransfer>): Promise<boolean> {
    return this.page.evaluate(
      (dt) =>
        !document.body.dispatchEvent(
          new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }),
        ),
      transfer,
    )
  }

  /** Light or dark through the system preference; waits for the map canvas when one is shown. */
  async setTheme(theme: 'light' | 'dark'): Promise<void> {
    // The app follows the system unless told otherwise (ImportPage's axe check sets data-theme).
    await this.page.evaluate(() => document.documentElement.removeAttribute('data-theme'))
    await this.page.emulateMedia({ colorScheme: theme })
    if ((await this.page.getByTestId('map-canvas').count()) > 0) {
      await this.page.locator(`[data-testid="map-canvas"][data-colors="${theme}"]`).waitFor()
    }
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    )
  }
}
