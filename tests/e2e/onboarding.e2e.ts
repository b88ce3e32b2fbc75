import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { organizationKey, pairKey } from '../../src/shared/domain'
import { launchChromium, screenshotPath, type LaunchedBrowser } from './support/browser'
import { startTestHarness, type TestHarness } from './support/harness'
import { ImportPage, kithCall } from './support/importPage'
import { MapPage } from './support/mapPage'
import { OnboardingPage, vcardFile, type Contact } from './support/onboardingPage'
import { VaultPage } from './support/vaultPage'

interface PersonRow {
  id: string
  name: string
  isMe: boolean
  organization?: string
}
interface TieRow {
  a: string
  b: string
  type: string
  source: string
  deletedAt?: string
}

const at =
  (organization: string, domain?: string) =>
  (name: string, extra: Partial<Contact> = {}) => ({
    name,
    organization,
    ...(domain ? { email: `${name.split(' ')[0]!.toLowerCase()}@${domain}` } : {}),
    ...extra,
  })
const acme = at('Acme', 'acme.com')
const acmeInc = at('Acme Inc.', 'acme.com')
const acmeCorp = at('ACME Corp.')
const globex = at('Globex', 'globex.com')
const globexGmbh = at('Globex GmbH')
const initech = at('Initech LLC')
const initechLtd = at('INITECH Ltd.')
const climbing = { categories: ['Climbing'] }
const PASSPHRASE = 'a long passphrase for my own vault'

/** 30 contacts: three organisations in several spellings, a shared label, two gmail-only people. */
const CONTACTS: Contact[] = [
  acme('Ana Silva', { title: 'Platform engineer', ...climbing }),
  acmeInc('Ben Okafor', { title: 'Platform lead' }),
  acmeCorp('Carla Diaz', { title: 'Sales director' }),
  acme('Dev Patel', { title: 'Designer', ...climbing }),
  acmeInc('Elif Kaya', { title: 'Recruiter' }),
  acmeCorp('Femi Adeyemi', { title: 'Finance' }),
  acme('Gita Rao', { title: 'Support' }),
  acmeInc('Hugo Brandt', { title: 'Legal counsel' }),
  acme('Ines Moreau', { title: 'Product manager' }),
  acmeCorp('Jonas Berg', { title: 'Data analyst' }),
  acme('Kira Novak', { title: 'Marketing' }),
  acmeInc('Luis Ortega', { title: 'Platform engineer' }),
  globex('Maya Cohen', { title: 'Researcher', ...climbing }),
  globexGmbh('Nils Larsen', { title: 'Engineer' }),
  globex('Omar Haddad', { title: 'Chemist' }),
  globexGmbh('Priya Nair', { title: 'Lab manager', ...climbing }),
  globex('Quinn Avery', { title: 'Engineer' }),
  globexGmbh('Rosa Vidal', { title: 'Operations' }),
  globex('Sami Lehto', { title: 'Analyst' }),
  globexGmbh('Tara Singh', { title: 'Director' }),
  initech('Uma Reddy', { title: 'Developer', ...climbing }),
  initechLtd('Viktor Ivanov', { title: 'Tester' }),
  initech('Wen Zhou', { title: 'Consultant' }),
  initechLtd('Xavier Dubois', { title: 'Manager' }),
  initech('Yara Haddad', { title: 'Accountant' }),
  initechLtd('Zoe Clarke', { title: 'Architect' }),
  { name: 'Aaron Gray', email: 'aaron.gray@gmail.com', ...climbing },
  { name: 'Bea Lindqvist', email: 'bea.lindqvist@gmail.com' },
  { name: 'Cody Marsh', email: 'cody@gmail.com' },
  { name: 'Dana Ruiz', email: 'dana.ruiz@gmail.com' },
]

/**
 * A new person's first hour: create a vault, see the ways to begin, drop a contact file on the
 * window, see the circles Kith inferred and review them.
 */
describe('onboarding: your own vault from an empty map to reviewed circles', () => {
  let harness: TestHarness
  let chromium: LaunchedBrowser
  let page: Page
  let vault: VaultPage
  let onboarding: OnboardingPage
  let map: MapPage
  let tempDir: string
  let vcfPath: string
  const errors: string[] = []
  let bannerLine = ''

  const people = async () => kithCall<PersonRow[]>(page, 'people.list', {})
  const snapshot = async () =>
    kithCall<{ people: PersonRow[]; ties: TieRow[] }>(page, 'network.snapshot', {})
  const shot = async (name: string) => {
    for (const theme of ['light', 'dark'] as const) {
      await onboarding.setTheme(theme)
      await page.screenshot({ path: screenshotPath(`${name}-${theme}`) })
    }
    await onboarding.setTheme('light')
  }

  beforeAll(async () => {
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'kith-onboarding-'))
    vcfPath = path.join(tempDir, 'phone-contacts.vcf')
    writeFileSync(vcfPath, vcardFile(CONTACTS))
    harness = await startTestHarness()
    chromium = await launchChromium()
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } })
    page = await context.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
    vault = new VaultPage(page)
    onboarding = new OnboardingPage(page)
    map = new MapPage(page)
    await vault.open(harness.url)
  })

  afterAll(async () => {
    await chromium?.close()
    await harness?.stop()
    if (tempDir) rmSync(tempDir, { recursive: true, force: true })
  })

  it('shows the three ways to begin in an empty vault, on the map and in People', async () => {
    await vault.firstRunHeading().waitFor()
    await vault.createVaultWithKeyboard('Robin Fischer', PASSPHRASE)
    const key = await vault.recoveryKey()
    await vault.confirmRecoveryKeyWithKeyboard(key)
    await vault.waitForWorkspace()

    const guidance = onboarding.guidance()
    await guidance.waitFor()
    // No canvas with one giant node: the guidance takes its place.
    expect(await page.getByTestId('map-canvas').count()).toBe(0)
    for (const way of ['Import a file', 'Add people', 'Explore the demo']) {
      await guidance.getByRole('heading', { name: way }).waitFor()
    }
    await guidance.getByRole('button', { name: 'Try the demo vault' }).waitFor()
    await shot('onboarding-empty-map')
    const io = new ImportPage(page)
    expect(await io.axeViolations('[data-testid=getting-started]')).toEqual([])

    await guidance.getByRole('button', { name: 'Add a person…' }).click()
    const newPerson = page.getByRole('dialog')
    await newPerson.waitFor()
    await page.keyboard.press('Escape')
    await newPerson.waitFor({ state: 'detached' })

    await onboarding.showView('People')
    await onboarding.guidance().waitFor()
    await shot('onboarding-empty-people')
    // Import from the People view's own toolbar.
    await page.getByTestId('people-import').click()
    await io.wizard().waitFor()
    await page.keyboard.press('Escape')
    await io.wizard().waitFor({ state: 'detached' })
    await onboarding.showView('Map')
  })

  it('opens the demo from the guidance, leaving the own vault as it was', async () => {
    await onboarding.guidance().getByRole('button', { name: 'Try the demo vault' }).click()
    await page.getByTestId('demo-passphrase').waitFor({ timeout: 60_000 })
    // Back to the own vault, which the demo locked: still empty, so the guidance again.
    await kithCall(page, 'vault.switch', { name: 'vault' })
    await kithCall(page, 'vault.unlock', { passphrase: PASSPHRASE })
    await page.reload()
    await vault.waitForWorkspace()
    await onboarding.guidance().waitFor()
  })

  it('imports a contact file dropped anywhere on the window and says what it inferred', async () => {
    const transfer = await onboarding.dragFileOver(
      path.basename(vcfPath),
      readFileSync(vcfPath, 'utf8'),
    )
    await page.getByTestId('drop-overlay').waitFor()
    await shot('onboarding-drop')
    expect(await onboarding.drop(transfer)).toBe(true)
    const io = new ImportPage(page)
    await page.getByTestId('import-preview').waitFor()
    expect(await io.count('people')).toBe(30)
    await io.commit()
    await io.wizard().getByRole('button', { name: 'Done' }).click()
    await io.wizard().waitFor({ state: 'detached' })
    expect((await people()).filter((p) => !p.isMe)).toHaveLength(30)

    await map.waitForMap()
    const banner = onboarding.banner()
    await banner.waitFor({ timeout: 60_000 })
    const line = await banner.innerText()
    expect(line).toMatch(
      /^Kith inferred \d+ likely ties in \d+ circles from organisations(, | and )labels/,
    )
    // Acme (12), Globex (8), Initech (6) and the label Climbing (6): four circles to review.
    expect(line).toMatch(/ in 4 circles /)
    bannerLine = line

    // The circles are named after what their members share, whatever the spelling.
    await map.waitForClusters()
    await expect
      .poll(async () => page.locator('.map-cluster-name').allInnerTexts(), { timeout: 30_000 })
      .toEqual(
        // Each circle is named after one of its spellings (which one is the analysis's choice).
        expect.arrayContaining([
          expect.stringMatching(/^(Acme|Acme Inc\.|ACME Corp\.) · organisation$/),
          expect.stringMatching(/^(Globex|Globex GmbH) · organisation$/),
          expect.stringMatching(/^(Initech LLC|INITECH Ltd\.) · organisation$/),
          'Climbing · label',
        ]),
      )
    await shot('onboarding-map-inferred')
    await onboarding.showView('People')
    await onboarding.banner().waitFor()
    await shot('onboarding-people-inferred')
    await onboarding.showView('Map')
    await map.waitForMap()

    // Import and review are reachable from the map's toolbar too.
    await page.getByTestId('map-import').waitFor()
    await expect
      .poll(() => page.getByTestId('map-review-circles').innerText())
      .toBe('Review circles (4)')
  })

  it('never suggests introducing two people of the same organisation', async () => {
    const everyone = await people()
    const orgOf = new Map(everyone.map((p) => [p.id, organizationKey(p.organization)]))
    await map.waitForSuggestions()
    const keys = await map.suggestionKeys()
    expect(keys.length).toBeGreaterThan(0)
    for (const key of keys) {
      const [a, b] = key.split('|') as [string, string]
      const [x, y] = [orgOf.get(a) ?? '', orgOf.get(b) ?? '']
      expect(x && x === y ? `${key}: both at ${x}` : null).toBeNull()
    }
  })

  it('asks about the biggest circle first and ties its people on Yes, with Undo', async () => {
    await page.getByTestId('inference-review').click()
    const review = onboarding.review()
    await review.waitFor()
    const question = review.getByTestId('likely-question')
    expect(await question.getByRole('heading').innerText()).toMatch(
      /^These 12 people all work at (Acme|Acme Inc\.|ACME Corp\.): do they know each other\?$/,
    )
    expect(await question.innerText()).toMatch(/Ana Silva, Ben Okafor, Carla Diaz/)
    await shot('likely-review')
    const io = new ImportPage(page)
    expect(await io.axeViolations('[data-testid=likely-review]')).toEqual([])

    // With the keyboard: focus stays on the answers from one circle to the next.
    await review.getByTestId('likely-yes').focus()
    await page.keyboard.press('Enter')
    const toast = page.locator('.toast', { hasText: /Tied the 12 people who work at A(cme|CME)/ })
    await toast.waitFor()
    await toast.getByRole('button', { name: 'Undo' }).waitFor()
    expect(await toast.innerText()).toMatch(/66 ties confirmed/)

    const { people: all, ties } = await snapshot()
    const acmeIds = all.filter((p) => organizationKey(p.organization) === 'acme').map((p) => p.id)
    expect(acmeIds).toHaveLength(12)
    const confirmed = new Map(
      ties
        .filter((t) => !t.deletedAt && t.source === 'evidence')
        .map((t) => [pairKey(t.a, t.b), t]),
    )
    expect(confirmed.size).toBe(66)
    for (let i = 0; i < acmeIds.length; i++)
      for (let j = i + 1; j < acmeIds.length; j++)
        expect(confirmed.get(pairKey(acmeIds[i]!, acmeIds[j]!))?.type).toBe('colleague')

    // The next circle is asked at once; Skip moves on without deciding anything.
    await expect
      .poll(() => question.getByRole('heading').innerText())
      .toMatch(/^These 8 people all work at Globex( GmbH)?: do they know each other\?$/)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'likely-yes',
    )
    await review.getByRole('button', { name: 'Skip' }).click()
    await expect.poll(() => question.getByRole('heading').innerText()).toMatch(/^These 6 people/)
    await page.keyboard.press('Escape')
    await review.waitFor({ state: 'detached' })
    expect((await snapshot()).ties.filter((t) => t.source === 'evidence')).toHaveLength(66)

    // The line still says what the import brought, and that circles are left to review.
    expect(await onboarding.banner().innerText()).toBe(bannerLine)

    // The palette opens it too; Acme is answered, so Globex (skipped before) is asked first now.
    await io.runCommand('Review likely circles')
    await review.waitFor()
    expect(await question.innerText()).toMatch(/^Circle 1 of 3 · Globex/)
    await page.keyboard.press('Escape')
    await review.waitFor({ state: 'detached' })
  })

  it('lists a person’s likely ties as inferred, and takes "Not a tie" back with Undo', async () => {
    const maya = (await people()).find((p) => p.name === 'Maya Cohen')!
    await map.page.getByTestId('map-list-toggle').click()
    await page.getByTestId('map-list').getByRole('button', { name: 'Maya Cohen' }).click()
    const section = page.getByTestId('person-likely-ties')
    await section.waitFor()
    await section.getByText('inferred', { exact: true }).waitFor()
    expect(await section.innerText()).toMatch(/both at Globex( GmbH)? · organisation/)
    await section.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await shot('likely-person-panel')

    const row = section.locator('li', { hasText: 'Priya Nair' })
    expect(await row.innerText()).toMatch(
      /both at Globex( GmbH)? · organisation; both in Climbing · label/,
    )
    await row.getByRole('button', { name: 'Maya Cohen and Priya Nair are not a tie' }).click()
    const toast = page.locator('.toast', { hasText: 'will not suggest a tie between' })
    await toast.waitFor()
    const priya = (await people()).find((p) => p.name === 'Priya Nair')!
    const rejected = async () =>
      (await snapshot()).ties.filter(
        (t) => pairKey(t.a, t.b) === pairKey(maya.id, priya.id) && t.deletedAt,
      ).length
    expect(await rejected()).toBe(1)
    // The row is gone and keyboard focus went on to the next one.
    await row.waitFor({ state: 'detached' })
    expect(
      await page.evaluate(() => document.activeElement?.closest('.likely-tie-row') !== null),
    ).toBe(true)
    await toast.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(rejected).toBe(0)
    // Undone: inferred again, so listed again.
    await row.waitFor()
    await page.getByTestId('map-list-toggle').click()
    expect(errors).toEqual([])
  })
})
