import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, screenshotPath, type LaunchedBrowser } from './support/browser'
import { startTestHarness, type TestHarness } from './support/harness'
import { JournalPage } from './support/journalPage'
import { PeoplePage, api, openFreshVault, type CreatedPerson } from './support/peoplePage'

interface PersonDetail {
  person: { lastContactAt?: string }
  entries: { body: string; participants: string[] }[]
  ties: { a: string; b: string; source: string }[]
}

describe('journal and introductions, end to end', () => {
  let harness: TestHarness
  let chromium: LaunchedBrowser
  let page: Page
  let ana: CreatedPerson
  let ben: CreatedPerson
  let carla: CreatedPerson
  const errors: string[] = []

  beforeAll(async () => {
    harness = await startTestHarness()
    chromium = await launchChromium()
    page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } })
    page.on('pageerror', (error) => errors.push(error.message))
    ;[ana, ben, carla] = (await openFreshVault(page, harness.url, [
      { name: 'Ana Silva', organization: 'Fundo Verde', tags: ['climate'], cadenceDays: 30 },
      { name: 'Ben Okafor', organization: 'Acme', offers: ['climate fund intros'] },
      { name: 'Carla Mendes', organization: 'Lisbon Labs', seeks: ['climate investors'] },
    ])) as [CreatedPerson, CreatedPerson, CreatedPerson]
  })

  // A failed step must not leave a modal open over the next test.
  afterEach(async () => {
    while ((await page.locator('dialog[open]').count()) > 0) await page.keyboard.press('Escape')
  })

  afterAll(async () => {
    await chromium?.close()
    await harness?.stop()
  })

  it('captures an entry with two @mentions from the keyboard alone', async () => {
    const journal = new JournalPage(page)
    const text = await journal.openCaptureWithKeyboard()
    await page.keyboard.type('Coffee with @an')
    await expect.poll(() => journal.mentionOptions().first().innerText()).toContain('Ana Silva')
    await page.keyboard.press('Enter')
    await page.keyboard.type('and @oka')
    await expect.poll(() => journal.mentionOptions().first().innerText()).toContain('Ben Okafor')
    await page.keyboard.press('Tab')
    await page.keyboard.type('about the **climate fund**')
    expect(await text.inputValue()).toBe(
      'Coffee with @Ana Silva and @Ben Okafor about the **climate fund**',
    )
    await page.screenshot({ path: screenshotPath('journal-capture-light') })
    await page.keyboard.press('Control+Enter')
    await journal.toast('Logged with Ana Silva, Ben Okafor').waitFor()
    await page.getByTestId('capture-dialog').waitFor({ state: 'detached' })

    for (const person of [ana, ben]) {
      const detail = await api<PersonDetail>(page, 'people.get', { id: person.id })
      expect(detail.entries).toHaveLength(1)
      expect(detail.entries[0]!.participants.sort()).toEqual([ana.id, ben.id].sort())
      expect(detail.person.lastContactAt).toBeTruthy()
    }

    const people = new PeoplePage(page)
    await people.open()
    for (const name of ['Ana Silva', 'Ben Okafor']) {
      const panel = await people.openPerson(name)
      await panel.getByTestId('person-timeline').getByText('climate fund').waitFor()
      expect(await panel.getByTestId('person-last-contact').innerText()).toContain('today')
    }
    await page.screenshot({ path: screenshotPath('person-panel-light') })
    await people.panel().getByTestId('person-timeline').scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath('person-panel-timeline-light') })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: screenshotPath('person-panel-timeline-dark') })
    await page.emulateMedia({ colorScheme: 'light' })
  })

  it('shows the entry in the journal timeline, rendered as markdown without raw HTML', async () => {
    await api(page, 'journal.log', {
      text: 'Call with @Carla Mendes <img src=x onerror="window.__xss=1"> [a link](javascript:alert(1)) and [site](https://example.org)',
      type: 'call',
    })
    const journal = new JournalPage(page)
    await journal.goTo('Journal')
    const timeline = page.getByTestId('journal-timeline')
    await timeline.getByText('climate fund').waitFor()
    await timeline.getByText('Call with').waitFor()
    expect(await timeline.locator('strong', { hasText: 'climate fund' }).count()).toBe(1)
    expect(await timeline.locator('img').count()).toBe(0)
    expect(await timeline.locator('a[href^="javascript"]').count()).toBe(0)
    expect(await timeline.locator('a[href="https://example.org/"]').getAttribute('rel')).toContain(
      'noopener',
    )
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined()
    const suggested = page.getByTestId('suggested-ties')
    await suggested.getByText('appeared together 1 time').waitFor()
    await suggested.getByRole('button', { name: 'Tie them' }).click()
    await suggested.waitFor({ state: 'detached' })
    const anaTies = (await api<PersonDetail>(page, 'people.get', { id: ana.id })).ties
    expect(anaTies.some((t) => [t.a, t.b].includes(ben.id))).toBe(true)

    await page.getByLabel('Search the journal').fill('coffee')
    await expect.poll(() => timeline.locator('article').count()).toBe(1)
    await page.screenshot({ path: screenshotPath('journal-light') })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: screenshotPath('journal-dark') })
    await page.emulateMedia({ colorScheme: 'light' })
  })

  it('edits an entry (body, a participant removed) and Undo restores it', async () => {
    interface ListedEntry {
      id: string
      body: string
      type: string
      participants: string[]
    }
    const coffee = async () =>
      (await api<ListedEntry[]>(page, 'journal.list', {})).find((e) => e.body.startsWith('Coffee'))
    const before = (await coffee())!
    expect(before.participants.sort()).toEqual([ana.id, ben.id].sort())
    const journal = new JournalPage(page)
    await journal.goTo('Journal')
    await page.getByLabel('Search the journal').fill('')
    const dialog = await journal.editEntry('climate fund')
    const text = dialog.getByTestId('capture-text')
    expect(await text.inputValue()).toBe(before.body)
    const chips = dialog.getByTestId('edit-participants').getByRole('listitem')
    expect(await chips.allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Ana Silva'),
        expect.stringContaining('Ben Okafor'),
      ]),
    )
    await page.screenshot({ path: screenshotPath('journal-edit-light') })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: screenshotPath('journal-edit-dark') })
    await page.emulateMedia({ colorScheme: 'light' })

    await text.fill('Coffee with @Ana Silva about the **green bond**')
    await dialog.getByRole('button', { name: 'Remove Ben Okafor' }).click()
    await expect.poll(() => chips.count()).toBe(1)
    await text.focus()
    await page.keyboard.press('Control+Enter')
    await journal.toast('Entry updated').waitFor()
    await dialog.waitFor({ state: 'detached' })

    const after = (await coffee())!
    expect(after.id).toBe(before.id)
    expect(after.body).toBe('Coffee with @Ana Silva about the **green bond**')
    expect(after.participants).toEqual([ana.id])
    expect(after.type).toBe(before.type)
    const timeline = page.getByTestId('journal-timeline')
    await timeline.locator('strong', { hasText: 'green bond' }).waitFor()
    const benDetail = await api<PersonDetail>(page, 'people.get', { id: ben.id })
    expect(benDetail.entries.some((e) => e.body.includes('green bond'))).toBe(false)
    const anaDetail = await api<PersonDetail>(page, 'people.get', { id: ana.id })
    expect(anaDetail.entries.some((e) => e.body.includes('green bond'))).toBe(true)

    await journal.undo('Entry updated')
    await expect.poll(async () => (await coffee())?.body).toBe(before.body)
    expect((await coffee())!.participants.sort()).toEqual([ana.id, ben.id].sort())
    await timeline.locator('strong', { hasText: 'climate fund' }).waitFor()
    const card = timeline.locator('article').filter({ hasText: 'climate fund' })
    // The participant chip (the body's mention of Ben is a link to him too).
    await card
      .getByRole('list', { name: 'With' })
      .getByRole('button', { name: 'Ben Okafor' })
      .click()
    await new PeoplePage(page)
      .panel()
      .getByTestId('person-timeline')
      .getByText('climate fund')
      .waitFor()
  })

  it('marks a follow-up done from the timeline', async () => {
    await api(page, 'journal.log', {
      text: 'Send @Carla Mendes the deck',
      followUpOn: '2026-12-01',
    })
    const journal = new JournalPage(page)
    await journal.goTo('Journal')
    const card = page
      .getByTestId('journal-timeline')
      .locator('article')
      .filter({ hasText: 'the deck' })
    // A calendar day in the user's locale (Chromium here: en-US), like every date in the app.
    await card.getByText('follow up Dec 1, 2026').waitFor()
    await card.getByRole('button', { name: 'Mark follow-up done' }).click()
    await journal.toast('Follow-up marked done').waitFor()
    await card.getByRole('button', { name: 'Reopen follow-up' }).waitFor()
    await card.getByText('follow-up done').waitFor()
    const entries = await api<{ body: string; followUpDone: boolean; participants: string[] }[]>(
      page,
      'journal.list',
      {},
    )
    const deck = entries.find((e) => e.body === 'Send @Carla Mendes the deck')
    expect(deck?.followUpDone).toBe(true)
    expect(deck?.participants).toEqual([carla.id])
  })

  it('moves an introduction to made: the tie appears (API and panel) and a journal entry is offered', async () => {
    await api(page, 'introductions.create', {
      a: ana.id,
      b: carla.id,
      status: 'idea',
      rationale: 'Carla seeks climate investors; Ana runs a climate fund.',
    })
    const journal = new JournalPage(page)
    await journal.goTo('Introductions')
    await journal.introColumn('idea').getByText('Carla seeks climate investors').waitFor()
    await page.getByTestId('intro-new').click()
    const form = page.getByTestId('new-intro-dialog')
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'intro-a',
    )
    await page.keyboard.type('ben')
    await page.keyboard.press('Enter')
    await form.getByTestId('intro-b').fill('carla')
    await page.keyboard.press('Enter')
    await form.getByLabel('Why they should meet').fill('Ben knows climate funds.')
    await form.getByRole('button', { name: 'Add introduction' }).click()
    await journal.introColumn('idea').getByText('Ben knows climate funds.').waitFor()

    const benCard = journal
      .introColumn('idea')
      .getByRole('listitem', { name: 'Ben Okafor and Carla Mendes' })
    await benCard.getByRole('button', { name: 'Drafts' }).click()
    const drafts = page.getByTestId('drafts-dialog')
    await drafts.getByRole('button', { name: 'Copy' }).first().waitFor()
    const texts = await drafts
      .getByRole('textbox')
      .evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value))
    expect(texts).toHaveLength(2)
    expect(texts.every((t) => t.length > 20)).toBe(true)
    await page.keyboard.press('Escape')
    await drafts.waitFor({ state: 'detached' })
    await page.screenshot({ path: screenshotPath('introductions-light') })
    await journal.moveIntroduction('Ana Silva and Carla Mendes', 'made', 'idea')
    const prompt = page.getByTestId('intro-tied-dialog')
    await prompt.getByText('are now tied').waitFor()
    await journal.introColumn('made').getByText('Tie created').waitFor()

    const detail = await api<PersonDetail>(page, 'people.get', { id: ana.id })
    const tie = detail.ties.find((t) => [t.a, t.b].includes(carla.id))
    expect(tie?.source).toBe('introduction')

    await prompt.getByRole('button', { name: 'Write a journal entry' }).click()
    const capture = page.getByTestId('capture-dialog')
    expect(await capture.getByTestId('capture-text').inputValue()).toBe(
      'With @Ana Silva and @Carla Mendes: ',
    )
    await page.keyboard.press('Escape')
    await capture.waitFor({ state: 'detached' })

    const panel = await new PeoplePage(page).openPersonFromPalette('carla mendez')
    await panel.getByTestId('person-ties').getByText('Ana Silva').waitFor()
    await panel.getByTestId('person-ties').getByText('via introduction').waitFor()
    await page.emulateMedia({ colorScheme: 'dark' })
    await journal.goTo('Introductions')
    await page.screenshot({ path: screenshotPath('introductions-dark') })
    await page.emulateMedia({ colorScheme: 'light' })
  })

  it('lists overdue people to reach out to and logs from there', async () => {
    await api(page, 'people.update', { id: carla.id, patch: { cadenceDays: 7 } })
    await api(page, 'people.create', { name: 'Dora Nwosu', cadenceDays: 14 })
    const fortyDaysAgo = new Date(Date.now() - 40 * 86_400_000).toISOString()
    await api(page, 'journal.log', { text: 'Lunch with @Dora Nwosu', at: fortyDaysAgo })
    const journal = new JournalPage(page)
    await journal.goTo('Reach out')
    const list = page.getByTestId('reachout-list')
    await list.getByText('Dora Nwosu').waitFor()
    await page.screenshot({ path: screenshotPath('reachout-light') })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: screenshotPath('reachout-dark') })
    await page.emulateMedia({ colorScheme: 'light' })
    await list
      .getByRole('listitem')
      .filter({ hasText: 'Dora Nwosu' })
      .getByRole('button', { name: 'Log an interaction' })
      .click()
    const text = page.getByTestId('capture-text')
    await text.waitFor()
    expect(await text.inputValue()).toBe('With @Dora Nwosu: ')
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'capture-text',
    )
    await page.keyboard.type('quick hello')
    await page.keyboard.press('Control+Enter')
    await journal.toast('Logged with Dora Nwosu').waitFor()
    await list.getByText('Dora Nwosu').waitFor({ state: 'detached' })
    expect(errors).toEqual([])
  })
})
