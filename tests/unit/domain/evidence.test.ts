import { describe, expect, it } from 'vitest'
import {
  isInterestTag,
  organizationKey,
  personEvidence,
  privateMailDomain,
  surnameKey,
  tagFacet,
} from '../../../src/shared/domain'
import { fakePerson } from '../../../bench/lib-graph/networks'

describe('organisation names', () => {
  // Spellings as contact files really carry them: each row is one organisation.
  const same: [string, string[]][] = [
    ['acme', ['Acme', 'ACME Corp.', 'Acme, Inc.', 'Acme Inc', 'acme llc', 'The Acme Company']],
    ['siemens', ['Siemens AG', 'SIEMENS', 'Siemens A.G.']],
    ['robert bosch', ['Robert Bosch GmbH', 'Robert Bosch G.m.b.H.', 'robert bosch']],
    ['societe generale', ['Société Générale', 'Societe Generale S.A.', 'SOCIÉTÉ GÉNÉRALE SA']],
    ['bookingcom', ['Booking.com B.V.', 'Booking.com BV', 'booking.com']],
    [
      'northwind labs',
      ['Northwind Labs Ltd', 'Northwind Labs Limited', 'Northwind Labs (Berlin office)'],
    ],
    ['procter and gamble', ['Procter & Gamble', 'Procter and Gamble Co.']],
    ['nestle', ['Nestlé S.A.', 'Nestle SA', 'NESTLÉ']],
    ['ericsson', ['Ericsson AB', 'ericsson']],
  ]
  for (const [key, spellings] of same)
    it(`reads ${spellings.join(' / ')} as one organisation`, () => {
      for (const s of spellings) expect(organizationKey(s), s).toBe(key)
    })

  it('keeps different organisations apart and ignores a bare legal form', () => {
    expect(organizationKey('Acme')).not.toBe(organizationKey('Acme Labs'))
    expect(organizationKey('Ltd')).toBe('')
    expect(organizationKey('  ')).toBe('')
    expect(organizationKey(undefined)).toBe('')
  })

  it('reads "Freelance", "Self-employed" and the like as no organisation at all', () => {
    for (const none of [
      'Freelance',
      'Self-employed',
      'self employed',
      'Retired',
      'Student',
      'N/A',
      'Selbstständig',
      'Indépendant',
      'Autónomo',
      'Stealth Startup',
    ])
      expect(organizationKey(none), none).toBe('')
    expect(organizationKey('Freelance Labs GmbH')).toBe('freelance labs')
  })
})

describe('e-mail domains', () => {
  it('ignores public and webmail providers', () => {
    for (const a of [
      'ana@gmail.com',
      'ANA@GoogleMail.com',
      'x@outlook.com',
      'x@hotmail.co.uk',
      'x@icloud.com',
      'x@gmx.de',
      'x@web.de',
      'x@yahoo.co.jp',
      'x@proton.me',
      'x@qq.com',
      'x@example.com',
      'not an address',
    ])
      expect(privateMailDomain(a), a).toBe('')
  })

  it('keeps the registrable part of a work or school domain', () => {
    expect(privateMailDomain('ana@acme.com')).toBe('acme.com')
    expect(privateMailDomain('ana@mail.eng.acme.com')).toBe('acme.com')
    expect(privateMailDomain('ana@cs.ox.ac.uk')).toBe('ox.ac.uk')
    expect(privateMailDomain('Ana.Silva@Verde.COM.BR')).toBe('verde.com.br')
  })
})

describe('tags and names', () => {
  it('reads school and home town facets in several languages, and labels otherwise', () => {
    expect(tagFacet('School: MIT')).toEqual({ kind: 'school', value: 'MIT' })
    expect(tagFacet('Universität: TU München')).toEqual({ kind: 'school', value: 'TU München' })
    expect(tagFacet('Home town: Porto')).toEqual({ kind: 'hometown', value: 'Porto' })
    expect(tagFacet('Ville natale: Lyon')).toEqual({ kind: 'hometown', value: 'Lyon' })
    expect(tagFacet('Climbing')).toEqual({ kind: 'label', value: 'Climbing' })
    expect(tagFacet('Project: Apollo')).toEqual({ kind: 'label', value: 'Project: Apollo' })
  })

  it('keeps relationship labels and facets out of interests', () => {
    expect(isInterestTag('Climbing')).toBe(true)
    expect(isInterestTag('climate fintech')).toBe(true)
    for (const t of [
      'Friends',
      'family',
      'Work',
      'Uni',
      'School: MIT',
      'Home town: Porto',
      'Kollegen',
    ])
      expect(isInterestTag(t), t).toBe(false)
  })

  it('takes the last real word of a name as the surname', () => {
    expect(surnameKey('Ana Sílva')).toBe('silva')
    expect(surnameKey('John Smith Jr.')).toBe('smith')
    expect(surnameKey('Cher')).toBe('')
  })

  it('lists a person’s evidence once per group, the employer’s own domain folded into it', () => {
    const p = fakePerson(1, 'Ana Silva', {
      organization: 'Acme Inc.',
      emails: [{ value: 'ana@acme.com' }, { value: 'ana@gmail.com' }, { value: 'ana@climb.org' }],
      tags: ['Climbing', 'School: MIT', 'climbing'],
      location: 'Lisbon, Portugal',
    })
    expect(personEvidence(p).map((e) => e.key)).toEqual([
      'organization:acme',
      'emailDomain:climb.org',
      'label:climbing',
      'school:mit',
      'city:lisbon',
      'family:silva@lisbon',
    ])
  })
})
