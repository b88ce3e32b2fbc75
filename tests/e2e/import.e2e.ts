import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, screenshotPath, type LaunchedBrowser } from './support/browser'
import { startTestHarness, type TestHarness } from './support/harness'
import { ImportPage, kithCall } from './support/importPage'

interface PersonRow {
  name: string
  isMe: boolean
}

/** Needs the io dialogs mounted in the workspace (`<IoDialogs />`, see features/io). */
describe('import and export, end to end', () => {
  let harness: TestHarness
  let chromium: LaunchedBrowser
  let page: Page
  let io: ImportPage
  const errors: string[] = []

  const contacts = async () =>
    (await kithCall<PersonRow[]>(page, 'people.list', {})).filter((p) => !p.isMe).map((p) => p.name)

  beforeAll(async () => {
    harness = await startTestHarness()
    chromium = await launchChromium()
    // A context of its own: axe-core needs one to inject its script.
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } })
    page = await context.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(harness.url)
    await kithCall(page, 'vault.create', {
      ownerName: 'Test',
      passphrase: 'lantern orbit cactus meadow violin',
    })
    await page.reload()
    await page.getByTestId('workspace').waitFor()
    io = new ImportPage(page)
  })

  afterAll(async () => {
    await chromium?.close()
    await harness?.stop()
  })

  it('previews a LinkedIn export, imports it, and undoes the whole import', async () => {
    const wizard = await io.openWizard()
    await io.setTheme('light')
    await page.screenshot({ path: screenshotPath('import-wizard-pick-light') })
    const preview = await io.chooseFixture('linkedin-current.csv')
    expect(await preview.getByTestId('import-format').innerText()).toBe('LinkedIn connections')
    expect(await io.count('people')).toBe(4)
    expect(await io.count('new')).toBe(4)
    expect(await contacts()).toEqual([])
    await page.screenshot({ path: screenshotPath('import-wizard-preview-light') })
    await io.setTheme('dark')
    await page.screenshot({ path: screenshotPath('import-wizard-preview-dark') })
    await io.setTheme('light')
    expect(await io.axeViolations('[data-testid=import-wizard]')).toEqual([])

    const result = await io.commit()
    expect(await result.innerText()).toMatch(/4 new people/)
    expect((await contacts()).sort()).toContain('Priya Raman')
    expect(await contacts()).toHaveLength(4)
    await page.screenshot({ path: screenshotPath('import-wizard-result-light') })

    await io.undo()
    expect(await contacts()).toEqual([])
    await wizard.getByRole('button', { name: 'Done' }).click()
    await wizard.waitFor({ state: 'detached' })

    await io.runCommand('Import history')
    const history = page.getByTestId('import-history')
    await history.getByText(/Undone/).waitFor()
    await page.screenshot({ path: screenshotPath('import-history-light') })
    await page.keyboard.press('Escape')
    await history.waitFor({ state: 'detached' })
  })

  it('maps the columns of a generic CSV and places the owner in a graph file', async () => {
    const wizard = await io.openWizard()
    const preview = await io.chooseFixture('generic.csv')
    expect(await preview.getByTestId('import-format').innerText()).toBe('CSV with a column mapping')
    // Common headers are guessed; a column the user sets aside is listed as not imported.
    const employer = wizard.getByRole('combobox', { name: 'Column Employer is imported as' })
    expect(await employer.inputValue()).toBe('organization')
    const comment = wizard.getByRole('combobox', { name: 'Column Comment is imported as' })
    expect(await comment.inputValue()).toBe('notes')
    await comment.selectOption('ignore')
    await io.setTheme('dark')
    await page.screenshot({ path: screenshotPath('import-wizard-mapping-dark') })
    await io.setTheme('light')
    await wizard.getByRole('button', { name: 'Apply the mapping' }).click()
    await expect.poll(() => comment.inputValue()).toBe('ignore')
    await preview.getByTestId('import-dropped').getByText('"Comment" maps to nothing').waitFor()
    await io.commit()
    const people = await kithCall<(PersonRow & { organization?: string })[]>(
      page,
      'people.list',
      {},
    )
    expect(people.find((p) => p.name === 'Rosa Parks')?.organization).toBe('Montgomery Fair')

    await wizard.getByRole('button', { name: 'Done' }).click()
    await wizard.waitFor({ state: 'detached' })
    await io.openWizard()
    await io.chooseFixture('graph-gephi.gexf')
    expect(await io.count('people')).toBe(4)
    await wizard.getByRole('radio', { name: 'I am one of its nodes' }).check()
    await expect.poll(() => io.count('people')).toBe(3)
    expect(await wizard.getByRole('combobox', { name: 'The node that is me' }).inputValue()).toBe(
      'me',
    )
    await page.screenshot({ path: screenshotPath('import-wizard-graph-light') })
    expect(await io.axeViolations('[data-testid=import-wizard]')).toEqual([])
    await wizard.getByRole('button', { name: 'Cancel' }).click()
    await wizard.waitFor({ state: 'detached' })

    await io.runCommand('Import history')
    const history = page.getByTestId('import-history')
    await history.getByRole('button', { name: /Undo the import of generic.csv/ }).click()
    await history.getByRole('button', { name: 'Remove what it added' }).click()
    await expect.poll(() => history.getByText(/^Undone/).count()).toBe(2)
    await io.setTheme('dark')
    await page.screenshot({ path: screenshotPath('import-history-dark') })
    await io.setTheme('light')
    expect(await contacts()).toEqual([])
    await page.keyboard.press('Escape')
    await history.waitFor({ state: 'detached' })
  })

  it('lists what a Thunderbird export would not keep, and imports a column once it is mapped', async () => {
    const wizard = await io.openWizard()
    const preview = await io.chooseFixture('thunderbird-en.csv')
    expect(await preview.getByTestId('import-format').innerText()).toBe(
      'Thunderbird address book CSV',
    )
    expect(await io.count('people')).toBe(4)
    const dropped = preview.getByTestId('import-dropped')
    await dropped.getByText('1 value in column "Custom 1" maps to nothing').waitFor()
    await dropped.getByText(/"Nickname" not imported \(Kith has no nickname field\)/).waitFor()
    await page.screenshot({ path: screenshotPath('import-wizard-dropped-light') })
    expect(await io.axeViolations('[data-testid=import-wizard]')).toEqual([])
    await wizard.getByRole('combobox', { name: 'Import column Custom 1 as' }).selectOption('tags')
    await wizard.getByRole('button', { name: 'Import these too' }).click()
    await expect.poll(() => dropped.getByText(/"Custom 1"/).count()).toBe(0)
    await io.commit()
    const people = await kithCall<(PersonRow & { tags: string[] })[]>(page, 'people.list', {})
    expect(people.find((p) => p.name === 'Sven Olsen')?.tags).toEqual(['VIP'])
    expect(people.map((p) => p.name)).toContain('newsletter@shop.example')
    await io.undo()
    await wizard.getByRole('button', { name: 'Done' }).click()
    await wizard.waitFor({ state: 'detached' })
  })

  it("takes people's names from the attribute the user picks when every label is the same", async () => {
    const wizard = await io.openWizard()
    const preview = await io.chooseFixture('default-labels.graphml')
    await preview.getByText(/every node has the same label "default node label"/).waitFor()
    await wizard.getByRole('combobox', { name: 'Names come from' }).selectOption('fullname')
    await wizard.getByRole('radio', { name: 'I am one of its nodes' }).check()
    const me = wizard.getByRole('combobox', { name: 'The node that is me' })
    await expect.poll(() => me.locator('option').first().innerText()).toBe('Farah Khan (v0)')
    await wizard.getByRole('radio', { name: 'Not in it: import the network as it is' }).check()
    await expect.poll(() => io.count('people')).toBe(3)
    expect(await wizard.getByRole('combobox', { name: 'Names come from' }).inputValue()).toBe(
      'fullname',
    )
    await io.commit()
    expect((await contacts()).sort()).toEqual(['Farah Khan', 'Gopal Rao', 'Hira Baig'])
    await io.undo()
    await wizard.getByRole('button', { name: 'Done' }).click()
    await wizard.waitFor({ state: 'detached' })
  })

  it('exports with a warning and tells which file it wrote', async () => {
    await io.runCommand('Export…')
    const dialog = io.exportDialog()
    await dialog.waitFor()
    await dialog.getByText('This file is not protected.').waitFor()
    expect(await dialog.getByRole('checkbox', { name: /Include private text/ }).isChecked()).toBe(
      true,
    )
    await dialog.getByRole('radio', { name: /vCard 4.0/ }).check()
    expect(await dialog.getByRole('checkbox', { name: /Include private text/ }).isChecked()).toBe(
      false,
    )
    await io.setTheme('dark')
    await page.screenshot({ path: screenshotPath('export-dialog-dark') })
    await io.setTheme('light')
    expect(await io.axeViolations('[data-testid=export-dialog]')).toEqual([])
    await dialog.getByRole('button', { name: 'Export unencrypted file' }).click()
    const written = dialog.getByTestId('export-written')
    await written.waitFor()
    expect(await written.innerText()).toMatch(/kith-vault-\d{8}-\d{6}\.vcf/)
    await page.keyboard.press('Escape')
    expect(errors).toEqual([])
  })
})
