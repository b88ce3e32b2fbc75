import type { Locator, Page } from 'playwright-core'

/** Calls the core through the page's bridge, the way the renderer does; throws on an error. */
export async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([m, i]) => {
      const bridge = (
        window as unknown as { kith: { call: (m: string, i: unknown) => Promise<unknown> } }
      ).kith
      return bridge.call(m, i)
    },
    [method, input] as const,
  )
  const envelope = result as { ok: boolean; value?: T; error?: { code: string; message: string } }
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.code} ${envelope.error?.message}`)
  return envelope.value as T
}

export interface CreatedPerson {
  id: string
  name: string
}

/**
 * Opens the app on a fresh vault made through the API (one Argon2id run), with the given people,
 * and waits for the workspace.
 */
export async function openFreshVault(
  page: Page,
  url: string,
  people: readonly Record<string, unknown>[],
): Promise<CreatedPerson[]> {
  await page.goto(url)
  await api(page, 'vault.create', {
    ownerName: 'Alex Morgan',
    passphrase: 'lantern orbit cactus meadow violin',
  })
  const created: CreatedPerson[] = []
  for (const fields of people) created.push(await api<CreatedPerson>(page, 'people.create', fields))
  await page.reload()
  await page.getByTestId('workspace').waitFor()
  return created
}

/** Page object for the People view and the person panel. */
export class PeoplePage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'People', exact: true }).click()
    await this.page.getByTestId('people-view').waitFor()
  }

  list(): Locator {
    return this.page.getByTestId('people-list')
  }

  row(name: string): Locator {
    return this.list().getByRole('option', { name: new RegExp(name) })
  }

  async filter(text: string): Promise<void> {
    await this.page.getByLabel('Filter by name').fill(text)
  }

  async check(name: string): Promise<void> {
    await this.list().locator(`input[type=checkbox][aria-label="Select ${name}"]`).check()
  }

  async openPerson(name: string): Promise<Locator> {
    await this.row(name).click()
    const panel = this.panel()
    await panel.getByRole('heading', { name }).waitFor()
    return panel
  }

  /** Ctrl+K, a (possibly misspelt) name, Enter on the first person found. */
  async openPersonFromPalette(query: string): Promise<Locator> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await this.page.keyboard.press('Control+k')
    await this.page.getByTestId('palette-input').waitFor()
    await this.page.keyboard.type(query)
    const person = this.page
      .getByTestId('palette')
      .getByRole('group', { name: 'People' })
      .getByRole('option')
      .first()
    await person.waitFor()
    const name = (await person.locator('.palette-label').innerText()).trim()
    while (
      (await this.page
        .getByTestId('palette')
        .locator('[role=option][aria-selected=true] .palette-label')
        .innerText()) !== name
    ) {
      await this.page.keyboard.press('ArrowDown')
    }
    await this.page.keyboard.press('Enter')
    await this.panel().getByRole('heading', { name }).waitFor()
    return this.panel()
  }

  panel(): Locator {
    return this.page.getByTestId('person-panel')
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text })
  }
}
