import { describe, expect, it } from 'vitest'
import {
  addTie,
  canTransition,
  createIntroduction,
  declinedPairs,
  draftOptIn,
  findTie,
  INTRODUCTION_TRANSITIONS,
  introductionLedger,
  transitionIntroduction,
} from '../../../src/core/services'
import { INTRODUCTION_STATUSES, pairKey } from '../../../src/shared/domain'
import { storeWithOwner } from './fixtures'

async function setup() {
  const ctx = await storeWithOwner('2026-06-01T10:00:00.000Z')
  const ana = await ctx.add({
    name: 'Ana Silva',
    organization: 'Fund',
    seeks: ['climate startups'],
    offers: ['seed funding'],
  })
  const ben = await ctx.add({
    name: 'Ben Okafor',
    title: 'Founder',
    organization: 'Sunly',
    offers: ['climate startups'],
    seeks: ['seed investors'],
  })
  const cy = await ctx.add({ name: 'Cy' })
  return { ...ctx, ana, ben, cy }
}

describe('introductions', () => {
  it('defines transitions that only reach known statuses', () => {
    for (const from of INTRODUCTION_STATUSES) {
      for (const to of INTRODUCTION_TRANSITIONS[from]) expect(INTRODUCTION_STATUSES).toContain(to)
    }
    expect(canTransition('idea', 'met')).toBe(false)
    expect(canTransition('met', 'idea')).toBe(false)
  })

  it('walks idea -> asked -> accepted -> made -> met with history, and made creates the tie in the same commit', async () => {
    const { store, deps, ana, ben } = await setup()
    const { introduction } = await createIntroduction(store, deps, {
      a: ana.id,
      b: ben.id,
      rationale: 'Fund meets founder',
    })
    expect(introduction).toMatchObject({
      status: 'idea',
      history: [{ status: 'idea', at: '2026-06-01T10:00:00.000Z' }],
    })
    expect(introduction.introducer).toBeUndefined()
    await transitionIntroduction(store, deps, introduction.id, 'asked', { note: 'emailed both' })
    await transitionIntroduction(store, deps, introduction.id, 'accepted')
    await expect(
      transitionIntroduction(store, deps, introduction.id, 'idea'),
    ).rejects.toMatchObject({ code: 'Invalid' })
    expect(findTie(store, ana.id, ben.id)).toBeUndefined()

    let commits = 0
    store.onChange(() => (commits += 1))
    // 01:30 UTC on 3 June is still 2 June in New York: the tie is dated in the user's zone.
    deps.time.set('2026-06-03T01:30:00.000Z')
    const made = await transitionIntroduction(store, deps, introduction.id, 'made', {
      timeZone: 'America/New_York',
    })
    expect(commits).toBe(1)
    expect(made.tie).toMatchObject({
      source: 'introduction',
      introduction: introduction.id,
      since: '2026-06-02',
    })
    expect(made.introduction.tie).toBe(made.tie?.id)
    expect(findTie(store, ana.id, ben.id)?.id).toBe(made.tie?.id)

    const met = await transitionIntroduction(store, deps, introduction.id, 'met', {
      note: 'they had lunch',
    })
    expect(met.tie?.id).toBe(made.tie?.id)
    expect(store.list('tie')).toHaveLength(1)
    expect(met.introduction.history.map((h) => [h.status, h.note])).toEqual([
      ['idea', ''],
      ['asked', 'emailed both'],
      ['accepted', ''],
      ['made', ''],
      ['met', 'they had lunch'],
    ])
  })

  it('links an existing tie instead of duplicating it', async () => {
    const { store, deps, ana, ben } = await setup()
    const tie = await addTie(store, deps, ana.id, ben.id, { strength: 2 })
    const { introduction, tie: linked } = await createIntroduction(store, deps, {
      a: ana.id,
      b: ben.id,
      status: 'made',
    })
    expect(linked?.id).toBe(tie.id)
    expect(introduction.tie).toBe(tie.id)
    expect(store.list('tie')).toHaveLength(1)
  })

  it('validates the pair, the introducer and duplicates', async () => {
    const { store, deps, owner, ana, ben, cy } = await setup()
    await expect(createIntroduction(store, deps, { a: ana.id, b: ana.id })).rejects.toMatchObject({
      code: 'Invalid',
    })
    await expect(
      createIntroduction(store, deps, { a: ana.id, b: ben.id, introducer: ana.id }),
    ).rejects.toMatchObject({ code: 'Invalid' })
    await expect(createIntroduction(store, deps, { a: owner.id, b: ben.id })).rejects.toMatchObject(
      { code: 'Invalid' },
    )
    await createIntroduction(store, deps, { a: ana.id, b: ben.id })
    await expect(createIntroduction(store, deps, { a: ben.id, b: ana.id })).rejects.toMatchObject({
      code: 'Conflict',
    })
    const viaCy = await createIntroduction(store, deps, {
      a: owner.id,
      b: ben.id,
      introducer: cy.id,
    })
    expect(viaCy.introduction.introducer).toBe(cy.id)
  })

  it('keeps a ledger per person and remembers declined pairs', async () => {
    const { store, deps, owner, ana, ben, cy } = await setup()
    const one = await createIntroduction(store, deps, { a: ana.id, b: ben.id })
    const two = await createIntroduction(store, deps, {
      a: ana.id,
      b: cy.id,
      introducer: ben.id,
      status: 'asked',
    })
    await transitionIntroduction(store, deps, two.introduction.id, 'declined', { note: 'not now' })
    await transitionIntroduction(store, deps, two.introduction.id, 'closed')
    const anaLedger = introductionLedger(store, ana.id)
    expect(anaLedger.madeForThem.map((i) => i.id).sort()).toEqual(
      [one.introduction.id, two.introduction.id].sort(),
    )
    expect(anaLedger.madeByThem).toEqual([])
    expect(introductionLedger(store, ben.id).madeByThem.map((i) => i.id)).toEqual([
      two.introduction.id,
    ])
    expect(introductionLedger(store, owner.id).madeByThem.map((i) => i.id)).toEqual([
      one.introduction.id,
    ])
    expect([...declinedPairs(store)]).toEqual([pairKey(ana.id, cy.id)])
  })

  it('drafts a double opt-in message for each side', async () => {
    const { store, deps, ana, ben } = await setup()
    const { introduction } = await createIntroduction(store, deps, {
      a: ana.id,
      b: ben.id,
      rationale: 'You both work on climate.',
    })
    const drafts = draftOptIn(introduction, store.list('person'))
    expect(drafts.toA).toContain('Hi Ana,')
    expect(drafts.toA).toContain('Ben Okafor (Founder at Sunly)')
    expect(drafts.toA).toContain('You both work on climate.')
    expect(drafts.toA).toContain('looking for climate startups')
    expect(drafts.toB).toContain('Hi Ben,')
    expect(drafts.toB).toContain('Ana Silva (Fund)')
    expect(drafts.toA).toMatch(/Me Myself$/)
    expect(() => draftOptIn(introduction, [ana])).toThrow(
      expect.objectContaining({ code: 'NotFound' }),
    )
  })
})
