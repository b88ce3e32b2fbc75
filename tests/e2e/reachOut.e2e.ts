import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, screenshotPath, type LaunchedBrowser } from './support/browser'
import { startTestHarness, type TestHarness } from './support/harness'
import { JournalPage } from './support/journalPage'
import { PeoplePage, api, openFreshVault, type CreatedPerson } from './support/peoplePage'

/** A plain date `days` from today in UTC (the harness browser runs in UTC). */
const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

describe('reach out: the daily list, people’s dates', () => {
  let harness: TestHarness
  let chromium: LaunchedBrowser
  let page: Page
  let dora: CreatedPerson
  const errors: string[] = []

  beforeAll(async () => {
    harness = await startTestHarness()
    chromium = await launchChromium()
    page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } })
    page.on('pageerror', (error) => errors.push(error.message))
    ;[dora] = (await openFreshVault(page, harness.url, [
      { name: 'Dora Nwosu', cadenceDays: 14 },
      { name: 'Eli Brandt', organization: 'Acme' },
    ])) as [CreatedPerson]
  })

  afterAll(async () => {
    await chromium?.close()
    await harness?.stop()
  })

  it('shows a birthday imported from a vCard in the person panel and in Reach out', async () => {
    const soon = dayFromNow(3)
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Mariam Haddad',
      'N:Haddad;Mariam;;;',
      `BDAY:--${soon.slice(5, 7)}${soon.slice(8, 10)}`,
      'item1.X-ABDATE:2019-03-01',
      'item1.X-ABLabel:Work anniversary',
      'END:VCARD',
      '',
    ].join('\r\n')
    const staged = await api<{ stagingId: string }>(page, 'io.stage', {
      fileName: 'mariam.vcf',
      contentBase64: Buffer.from(card).toString('base64'),
    })
    await api(page, 'io.commit', { stagingId: staged.stagingId, acceptProblems: true })

    const panel = await new PeoplePage(page).openPersonFromPalette('mariam')
    const dates = panel.getByTestId('person-dates')
    await dates.getByText('Work anniversary').waitFor()
    const [, month, day] = soon.split('-').map(Number) as [number, number, number]
    const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, month - 1, 1)),
    )
    expect(await dates.innerText()).toContain(`${day}`)
    expect(await dates.innerText()).toContain(monthName)
    await dates.scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath('person-dates-light') })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: screenshotPath('person-dates-dark') })
    await page.emulateMedia({ colorScheme: 'light' })
    await page.keyboard.press('Escape')

    await new JournalPage(page).goTo('Reach out')
    const upcoming = page.getByTestId('reachout-thisWeek').or(page.getByTestId('reachout-later'))
    const row = page.getByRole('listitem').filter({ hasText: 'Mariam Haddad' })
    await row.filter({ hasText: 'Birthday' }).waitFor()
    expect(await upcoming.count()).toBeGreaterThan(0)
  })

  it('puts a follow-up dated last year under Overdue, not Today, and Done clears it', async () => {
    const lastYear = `${new Date().getUTCFullYear() - 1}-03-15`
    await api(page, 'journal.log', {
      text: 'Promised @Dora Nwosu the climate deck',
      at: `${lastYear}T10:00:00.000Z`,
      followUpOn: lastYear,
    })
    await api(page, 'journal.log', {
      text: 'Call @Eli Brandt about the board seat',
      followUpOn: dayFromNow(0),
    })
    await new JournalPage(page).goTo('Reach out')
    const overdue = page.getByTestId('reachout-overdue')
    const today = page.getByTestId('reachout-today')
    await overdue
      .getByText('Promised Dora Nwosu the climate deck')
      .or(overdue.getByText('Promised @Dora Nwosu the climate deck'))
      .first()
      .waitFor()
    await today.getByText('Eli Brandt').first().waitFor()
    expect(await today.innerText()).not.toContain('climate deck')
    // Dora also goes cold (cadence 14 days since the entry last year): both are overdue.
    expect(await overdue.getByRole('listitem').count()).toBeGreaterThanOrEqual(1)
    await page.screenshot({ path: screenshotPath('reachout-day-light'), fullPage: true })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: screenshotPath('reachout-day-dark'), fullPage: true })
    await page.emulateMedia({ colorScheme: 'light' })

    const row = overdue.getByRole('listitem').filter({ hasText: 'climate deck' })
    await row.getByRole('button', { name: 'Snooze' }).click()
    await row.getByRole('group').waitFor()
    await page.screenshot({ path: screenshotPath('reachout-snooze-light') })
    await row.getByRole('button', { name: 'Snooze' }).click()
    await row.getByRole('button', { name: /^Done/ }).click()
    await expect.poll(() => overdue.innerText()).not.toContain('climate deck')
    const detail = await api<{ entries: { followUpDone: boolean }[] }>(page, 'people.get', {
      id: dora.id,
    })
    expect(detail.entries.some((e) => e.followUpDone)).toBe(true)
    expect(errors).toEqual([])
  })

  it('keeps the daily reminder off until it is turned on in Settings', async () => {
    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    const settings = page.getByTestId('settings')
    const toggle = settings.getByLabel('A daily reminder of who to reach out to')
    expect(await toggle.isChecked()).toBe(false)
    expect(await settings.locator('#digest-time').isDisabled()).toBe(true)
    await settings.getByRole('heading', { name: 'Reminders' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath('reminders-settings-light') })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: screenshotPath('reminders-settings-dark') })
    await page.emulateMedia({ colorScheme: 'light' })
    await page.keyboard.press('Escape')
  })
})
