import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, screenshotPath, type LaunchedBrowser } from './support/browser'
import { startTestHarness, type TestHarness } from './support/harness'
import { PeoplePage, api, openFreshVault, type CreatedPerson } from './support/peoplePage'

interface Person {
  id: string
  name: string
  title?: string
  emails: { value: string }[]
  tags: string[]
}
interface PersonDetail {
  person: Person
  ties: { a: string; b: string }[]
  entries: { id: string }[]
}

describe('people: list, panel, merge and undo, end to end', () => {
  let harness: TestHarness
  let chromium: LaunchedBrowser
  let page: Page
  let dana: CreatedPerson
  let duplicate: CreatedPerson
  let eli: CreatedPerson
  const errors: string[] = []

  beforeAll(async () => {
    harness = await startTestHarness()
    chromium = await launchChromium()
    page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } })
    page.on('pageerror', (error) => errors.push(error.message))
    ;[dana, duplicate, eli] = (await openFreshVault(page, harness.url, [
      {
        name: 'Dana Whitfield',
        organization: 'Helix',
        tags: ['climate'],
        notes: 'Runs **the** fund.',
      },
      { name: 'Dana Whitfeld', emails: [{ value: 'dana@example.org' }], tags: ['investor'] },
      { name: 'Eli Navarro', organization: 'Acme', tags: ['design'] },
      { name: 'Farah Qureshi', organization: 'Helix' },
    ])) as [CreatedPerson, CreatedPerson, CreatedPerson]
    await api(page, 'ties.create', { a: duplicate.id, b: eli.id, type: 'colleague', strength: 4 })
    await api(page, 'journal.log', { text: 'Lunch with @Dana Whitfeld' })
  })

  afterEach(async () => {
    while ((await page.locator('dialog[open]').count()) > 0) await page.keyboard.press('Escape')
  })

  afterAll(async () => {
    await chromium?.close()
    await harness?.stop()
  })

  it('lists, filters and sorts people, and edits a person inline', async () => {
    const people = new PeoplePage(page)
    await people.open()
    await people.row('Farah Qureshi').waitFor()
    expect(await people.list().getByRole('option').count()).toBe(4)
    await page.getByRole('combobox', { name: 'Organization' }).selectOption('Helix')
    await expect.poll(() => people.list().getByRole('option').count()).toBe(2)
    await page.getByRole('combobox', { name: 'Organization' }).selectOption('')
    await page.getByRole('button', { name: /^Name/ }).click()
    await expect
      .poll(() => people.list().getByRole('option').first().innerText())
      .toContain('Farah Qureshi')
    await page.getByRole('button', { name: /^Name/ }).click()

    const panel = await people.openPerson('Eli Navarro')
    await panel.getByRole('button', { name: /^Title: not set/ }).click()
    await page.keyboard.type('Design lead')
    await page.keyboard.press('Enter')
    await expect
      .poll(async () => (await api<PersonDetail>(page, 'people.get', { id: eli.id })).person.title)
      .toBe('Design lead')
    await panel.getByRole('textbox', { name: 'Add to offers' }).fill('design reviews')
    await page.keyboard.press('Enter')
    await panel.getByText('design reviews').waitFor()
    await page.screenshot({ path: screenshotPath('people-light') })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: screenshotPath('people-dark') })
    await page.emulateMedia({ colorScheme: 'light' })
  })

  it('creates a person with the n shortcut and finds them in the palette despite a typo', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('n')
    const dialog = page.getByTestId('new-person-dialog')
    await dialog.waitFor()
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.name === 'name',
    )
    await page.keyboard.type('Gustavo Pereira')
    await dialog.getByLabel('Organization').fill('Oceanic')
    await page.keyboard.press('Enter')
    await new PeoplePage(page).panel().getByRole('heading', { name: 'Gustavo Pereira' }).waitFor()

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('Control+k')
    await page.getByTestId('palette-input').waitFor()
    await page.keyboard.type('gustavo perira')
    const palette = page.getByTestId('palette')
    await palette.getByRole('option', { name: /Gustavo Pereira/ }).waitFor()
    const input = page.getByTestId('palette-input')
    expect(await input.getAttribute('aria-activedescendant')).toBeTruthy()
    await page.screenshot({ path: screenshotPath('palette-light') })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: screenshotPath('palette-dark') })
    await page.emulateMedia({ colorScheme: 'light' })
    await page.keyboard.press('Escape')
  })

  it('merges two people (confirm shows which fields win) and undoes it', async () => {
    const people = new PeoplePage(page)
    await people.open()
    await people.filter('dana')
    await expect.poll(() => people.list().getByRole('option').count()).toBe(2)
    await people.check('Dana Whitfield')
    await people.check('Dana Whitfeld')
    await page.getByTestId('people-merge').click()
    const dialog = page.getByTestId('merge-dialog')
    await dialog.getByRole('rowheader', { name: 'Emails' }).waitFor()
    expect(await dialog.getByRole('row', { name: /Tags/ }).innerText()).toContain(
      'climate, investor',
    )
    await page.screenshot({ path: screenshotPath('people-merge-light') })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: screenshotPath('people-merge-dark') })
    await page.emulateMedia({ colorScheme: 'light' })
    await dialog.getByTestId('merge-confirm').click()
    const toast = people.toast('Merged Dana Whitfeld into Dana Whitfield')
    await toast.waitFor()

    const merged = await api<PersonDetail>(page, 'people.get', { id: dana.id })
    expect(merged.person.emails.map((e) => e.value)).toEqual(['dana@example.org'])
    expect(merged.ties.some((t) => [t.a, t.b].includes(eli.id))).toBe(true)
    expect(merged.entries).toHaveLength(1)
    await expect.poll(() => people.list().getByRole('option').count()).toBe(1)

    await toast.getByRole('button', { name: 'Undo' }).click()
    await people.toast(/^Undone/).waitFor()
    await expect.poll(() => people.list().getByRole('option').count()).toBe(2)
    const restored = await api<PersonDetail>(page, 'people.get', { id: duplicate.id })
    expect(restored.person.name).toBe('Dana Whitfeld')
    expect(restored.ties).toHaveLength(1)
    expect((await api<PersonDetail>(page, 'people.get', { id: dana.id })).ties).toHaveLength(0)
  })

  it('deletes a person to the trash with Undo, and restores from the trash', async () => {
    const people = new PeoplePage(page)
    await people.filter('')
    const panel = await people.openPerson('Farah Qureshi')
    await panel.getByTestId('person-trash').click()
    await people.toast('Moved Farah Qureshi to the trash').waitFor()
    await expect.poll(() => people.row('Farah Qureshi').count()).toBe(0)
    await page.getByTestId('people-trash-tab').click()
    const trash = page.getByTestId('trash-list')
    await trash.getByText('Farah Qureshi').waitFor()
    await page.screenshot({ path: screenshotPath('people-trash-light') })
    await trash
      .getByRole('listitem')
      .filter({ hasText: 'Farah Qureshi' })
      .getByRole('button', { name: 'Restore' })
      .click()
    await people.toast('Restored Farah Qureshi').waitFor()
    await page.getByRole('button', { name: 'Everyone' }).click()
    await people.row('Farah Qureshi').waitFor()
    expect(errors).toEqual([])
  })
})
