import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, screenshotPath, type LaunchedBrowser } from './support/browser'
import { startTestHarness, type TestHarness } from './support/harness'
import { JournalPage } from './support/journalPage'
import { PeoplePage, api, openFreshVault } from './support/peoplePage'

interface ListedPerson {
  id: string
  name: string
}
interface ListedEntry {
  id: string
  body: string
  participants: string[]
}

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme)
}

describe('journal: new people by @mention, task boxes', () => {
  let harness: TestHarness
  let chromium: LaunchedBrowser
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    harness = await startTestHarness()
    chromium = await launchChromium()
    page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } })
    page.on('pageerror', (error) => errors.push(error.message))
    await openFreshVault(page, harness.url, [
      { name: 'Ana Silva', organization: 'Fundo Verde' },
      { name: 'Ben Okafor', organization: 'Acme' },
    ])
  })

  afterEach(async () => {
    while ((await page.locator('dialog[open]').count()) > 0) await page.keyboard.press('Escape')
  })

  afterAll(async () => {
    await chromium?.close()
    await harness?.stop()
  })

  it('creates a new person from the journal by @mention, the name ending where it was typed', async () => {
    const journal = new JournalPage(page)
    await journal.goTo('Journal')
    const text = await journal.openCaptureWithKeyboard()
    const dialog = page.getByTestId('capture-dialog')

    // An error from an empty save goes away as soon as the text changes.
    await page.keyboard.press('Control+Enter')
    await dialog.getByRole('alert').waitFor()
    await page.keyboard.type('Lunch with @Zzyzx New')
    await expect.poll(() => dialog.getByRole('alert').count()).toBe(0)

    await expect.poll(() => journal.mentionOptions().last().innerText()).toBe('Create “Zzyzx New”')
    // The open list sits in the flow, above the fields: it covers none of them.
    const list = await page.getByRole('listbox', { name: 'People to mention' }).boundingBox()
    const box = await text.boundingBox()
    const when = await dialog.getByLabel('When').boundingBox()
    expect(list && box && list.y >= box.y + box.height).toBe(true)
    expect(list && when && list.y + list.height <= when.y).toBe(true)
    await page.screenshot({ path: screenshotPath('journal-mention-create-light') })

    await page.keyboard.type('person')
    await expect
      .poll(() => journal.mentionOptions().last().innerText())
      .toBe('Create “Zzyzx Newperson”')
    await page.keyboard.press('Enter')
    await page.keyboard.type('joined late. @Yolanda Quist came too, with @Ana Silva.')
    expect(await text.inputValue()).toBe(
      'Lunch with @Zzyzx Newperson joined late. @Yolanda Quist came too, with @Ana Silva.',
    )
    // Never "Create 'Zzyzx Newperson Joined Late.'": the list stays closed after the name.
    expect(await journal.mentionOptions().count()).toBe(0)
    // A name typed without picking it is created on save too, and the dialog says so.
    expect(await dialog.getByTestId('capture-new-people').innerText()).toContain(
      'Zzyzx Newperson, Yolanda Quist',
    )
    await page.keyboard.press('Control+Enter')
    await journal
      .toast('Logged with Ana Silva. Added Zzyzx Newperson, Yolanda Quist to your vault.')
      .waitFor()
    await dialog.waitFor({ state: 'detached' })

    const people = await api<ListedPerson[]>(page, 'people.list', {})
    const zzyzx = people.find((p) => p.name === 'Zzyzx Newperson')
    const yolanda = people.find((p) => p.name === 'Yolanda Quist')
    const ana = people.find((p) => p.name === 'Ana Silva')
    expect(zzyzx && yolanda && ana).toBeTruthy()
    const entries = await api<ListedEntry[]>(page, 'journal.list', {})
    expect(entries[0]!.participants.sort()).toEqual([zzyzx!.id, yolanda!.id, ana!.id].sort())

    // The saved entry shows the names, not @text; a name opens the person.
    const card = page.getByTestId('journal-timeline').locator('article').first()
    await card.locator('.mention-link', { hasText: 'Zzyzx Newperson' }).waitFor()
    expect(await card.locator('.markdown').innerText()).not.toContain('@')
    await card.locator('.mention-link', { hasText: 'Yolanda Quist' }).click()
    const panel = new PeoplePage(page).panel()
    await panel.getByRole('heading', { name: 'Yolanda Quist' }).waitFor()
    // Inline fields look editable: hovered, the organization shows a pencil and a field's box.
    await panel.getByRole('button', { name: 'Organization: not set. Edit' }).hover()
    await page.screenshot({ path: screenshotPath('person-panel-new-person-light') })
    await setTheme(page, 'dark')
    await page.screenshot({ path: screenshotPath('person-panel-new-person-dark') })
    await setTheme(page, 'light')
    expect(errors).toEqual([])
  })

  it('ticks task boxes in a saved entry: saved at once, kept after a reload, undoable', async () => {
    await api(page, 'journal.log', {
      text: 'Follow-ups with @Ben Okafor:\n\n- [ ] send the deck\n- [x] book a table\n- [ ] intro to @Ana Silva',
      type: 'call',
    })
    const journal = new JournalPage(page)
    await page.reload()
    await journal.goTo('Journal')
    const card = page
      .getByTestId('journal-timeline')
      .locator('article')
      .filter({ hasText: 'send the deck' })
    const boxes = card.getByRole('checkbox')
    await expect.poll(() => boxes.count()).toBe(3)
    expect(await card.locator('.markdown').innerText()).not.toContain('[ ]')
    expect(await boxes.nth(1).isChecked()).toBe(true)

    await boxes.first().check()
    await journal.toast('Task done.').waitFor()
    const body = async () =>
      (await api<ListedEntry[]>(page, 'journal.list', { query: 'deck' }))[0]!.body
    await expect.poll(body).toContain('- [x] send the deck')

    await page.reload()
    await journal.goTo('Journal')
    await expect.poll(() => boxes.first().isChecked()).toBe(true)
    await page.screenshot({ path: screenshotPath('journal-tasks-light') })
    await setTheme(page, 'dark')
    await page.screenshot({ path: screenshotPath('journal-tasks-dark') })
    await setTheme(page, 'light')

    await boxes.nth(2).check()
    await journal.undo('Task done.')
    await expect.poll(body).toContain('- [ ] intro to')
    await expect.poll(() => boxes.nth(2).isChecked()).toBe(false)
    await boxes.first().uncheck()
    await expect.poll(body).toContain('- [ ] send the deck')
    expect(errors).toEqual([])
  })
})
